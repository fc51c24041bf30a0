package org.qcommons.a11y;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.qcommons.base.demo.DemoAccounts;
import org.qcommons.testsupport.Axe;
import org.qcommons.testsupport.BrowserTestBase;
import org.qcommons.testsupport.DemoRoutes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * axe-core on every route for the role that uses it: no serious or critical WCAG 2.2 A/AA violation. The result
 * per route is written to target/accessibility.md, the source of docs/accessibility.md.
 */
class AccessibilityBT extends BrowserTestBase {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ServletContext servletContext;

    @BeforeEach
    void needsAxe() {
        Assumptions.assumeTrue(Axe.available(), "axe-core not installed: npm install --prefix .tools axe-core");
    }

    /** Routes per role; "{member}", "{org}" and "{measure}" are replaced by ids from the demo data. */
    static Map<String, List<String>> routesByRole() {
        Map<String, List<String>> routes = new LinkedHashMap<>();
        routes.put(
                "anonymous",
                List.of(
                        "",
                        "login",
                        "register",
                        "organisations",
                        "organisations/{org}",
                        "projects",
                        "projects/{project}",
                        "groups",
                        "groups/{group}"));
        routes.put(
                DemoAccounts.MEMBER,
                List.of(
                        "people",
                        "people/{member}",
                        "profile/edit",
                        "profile/data",
                        "insights",
                        "measures",
                        "measures/{measure}",
                        "projects?q=sepsis",
                        "projects/edit",
                        "buddying",
                        "buddying/offer",
                        "buddying/request",
                        "meetings/{meeting}"));
        routes.put(DemoAccounts.CONVENOR, List.of("buddying/overview", "buddying/cohort", "groups/{group}"));
        routes.put(
                DemoAccounts.ADMIN,
                List.of("admin/registrations", "admin/search-index", "admin/topics", "projects/import"));
        return routes;
    }

    @Test
    void everyRouteHasNoSeriousOrCriticalViolations() throws Exception {
        String member = String.valueOf(jdbc.queryForObject(
                "select min(id) from member where status = 'ACTIVE' and directory_consent = true", Long.class));
        String org = String.valueOf(jdbc.queryForObject("select min(id) from organisation", Long.class));
        String measure = String.valueOf(jdbc.queryForObject("select min(id) from measure", Long.class));
        String project = String.valueOf(jdbc.queryForObject(
                "select min(id) from project where visibility = 'PUBLIC' and archived = false", Long.class));
        String group = jdbc.queryForObject("select min(slug) from mtg_group where visibility = 'PUBLIC'", String.class);
        String meeting = String.valueOf(jdbc.queryForObject(
                "select min(m.id) from mtg_meeting m join mtg_group g on m.group_id = g.id where g.visibility = 'PUBLIC'",
                Long.class));
        Map<String, List<String>> failures = new LinkedHashMap<>();
        StringBuilder report = new StringBuilder("| Role | Route | Serious or critical violations |\n|---|---|---|\n");
        for (var entry : routesByRole().entrySet()) {
            driver().manage().deleteAllCookies();
            if (!entry.getKey().equals("anonymous")) {
                signIn(entry.getKey(), DemoAccounts.PASSWORD);
            }
            for (String route : entry.getValue()) {
                String path = route.replace("{member}", member)
                        .replace("{org}", org)
                        .replace("{measure}", measure)
                        .replace("{project}", project)
                        .replace("{group}", group)
                        .replace("{meeting}", meeting);
                open(path);
                waitFor(By.tagName("body"));
                // Vaadin sets the document title once the view has attached; checking before that reports a
                // missing title that no user sees.
                waitUpTo(10).until(d -> !d.getTitle().isBlank());
                List<String> violations = Axe.seriousViolations(driver());
                report.append("| ")
                        .append(entry.getKey())
                        .append(" | /")
                        .append(route)
                        .append(" | ")
                        .append(violations.size())
                        .append(" |\n");
                if (!violations.isEmpty()) {
                    failures.put(entry.getKey() + " /" + path, violations);
                }
            }
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "accessibility.md"), report);
        assertThat(failures).as("axe violations by route").isEmpty();
    }

    /**
     * Every route the router knows, so that a new page cannot be left out: the pages for visitors as a visitor, the
     * rest as the account the route sweep uses, with route parameters from the demo data.
     */
    @Test
    void everyRouteTheRouterKnowsHasNoSeriousOrCriticalViolations() throws Exception {
        DemoRoutes demo = new DemoRoutes(jdbc);
        Map<String, List<String>> byAccount = new LinkedHashMap<>();
        for (String template : DemoRoutes.templates(servletContext)) {
            String account = DemoRoutes.anonymous(template) ? "anonymous" : DemoRoutes.account(template);
            byAccount.computeIfAbsent(account, a -> new ArrayList<>()).add(template);
        }
        assertThat(byAccount.values().stream().mapToInt(List::size).sum()).isGreaterThan(50);
        Map<String, List<String>> failures = new LinkedHashMap<>();
        StringBuilder report =
                new StringBuilder("| Account | Route | Serious or critical violations |\n|---|---|---|\n");
        for (var entry : byAccount.entrySet()) {
            driver().manage().deleteAllCookies();
            if (!entry.getKey().equals("anonymous")) {
                signIn(entry.getKey(), DemoAccounts.PASSWORD);
            }
            for (String template : entry.getValue()) {
                String path = demo.url(template);
                open(path);
                waitFor(By.tagName("body"));
                waitUpTo(10).until(d -> !d.getTitle().isBlank());
                List<String> violations = Axe.seriousViolations(driver());
                report.append("| %s | /%s | %d |%n".formatted(entry.getKey(), template, violations.size()));
                if (!violations.isEmpty()) {
                    failures.put(entry.getKey() + " /" + path, violations);
                }
            }
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "accessibility-routes.md"), report);
        assertThat(failures).as("axe violations by route").isEmpty();
    }

    /** Guards the guard: a page with a known critical fault must be reported. */
    @Test
    void axeReportsAnImageWithoutAlternativeText() {
        open("");
        ((JavascriptExecutor) driver())
                .executeScript(
                        "const img = document.createElement('img'); img.src = '/icons/icon.png'; document.body.appendChild(img);");
        assertThat(Axe.seriousViolations(driver())).anyMatch(v -> v.startsWith("image-alt"));
    }
}
