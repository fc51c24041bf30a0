package org.qcommons.a11y;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.qcommons.base.demo.DemoAccounts;
import org.qcommons.base.security.SystemRunner;
import org.qcommons.organisations.OrganisationService;
import org.qcommons.people.Member;
import org.qcommons.security.AccountService;
import org.qcommons.security.Registration;
import org.qcommons.testsupport.Axe;
import org.qcommons.testsupport.BrowserTestBase;
import org.qcommons.testsupport.DemoRoutes;
import org.qcommons.testsupport.DialogOpeners;
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

    @Autowired
    AccountService accounts;

    @Autowired
    OrganisationService organisations;

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
                openAndSettle(path);
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
                openAndSettle(path);
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

    /**
     * The states a user reaches beyond a page's first: every dialog and confirmation a button opens (DialogOpeners,
     * which the hostile-input route sweep keeps complete), empty forms showing their required-field errors, and
     * lists with nothing in them (a search that matches nothing, a new member's own lists). Each state must be
     * reached (the dialog open, a field in error, the empty text shown) before axe runs, so a state that no longer
     * appears fails rather than passing unchecked. The result goes to target/accessibility-states.md.
     */
    @Test
    void dialogsFormErrorsAndEmptyListsHaveNoSeriousOrCriticalViolations() throws Exception {
        DemoRoutes demo = new DemoRoutes(jdbc);
        String newcomer = freshMember();
        Map<String, List<State>> byAccount = new LinkedHashMap<>();
        for (var entry : new TreeMap<>(DialogOpeners.BY_ROUTE).entrySet()) {
            String template = entry.getKey();
            String account = DemoRoutes.anonymous(template) ? "anonymous" : DemoRoutes.account(template);
            for (String label : entry.getValue()) {
                byAccount
                        .computeIfAbsent(account, a -> new ArrayList<>())
                        .add(new State(demo.url(template), "dialog \"" + label + "\"", () -> openDialog(label)));
            }
        }
        for (Form form : FORMS) {
            String path = demo.url(form.route());
            byAccount
                    .computeIfAbsent(form.account(), a -> new ArrayList<>())
                    .add(new State(path, "\"" + form.submit() + "\" on an empty form", () -> showErrors(form)));
        }
        for (String[] empty : EMPTY_LISTS) {
            String account = empty[0].equals("newcomer") ? newcomer : empty[0];
            byAccount
                    .computeIfAbsent(account, a -> new ArrayList<>())
                    .add(new State(empty[1], "empty list", () -> shows(empty[2])));
        }
        assertThat(byAccount.values().stream().mapToInt(List::size).sum()).isGreaterThan(30);
        Map<String, List<String>> failures = new LinkedHashMap<>();
        StringBuilder report = new StringBuilder(
                "| Account | Route | State | Serious or critical violations |\n" + "|---|---|---|---|\n");
        for (var entry : byAccount.entrySet()) {
            driver().manage().deleteAllCookies();
            if (!entry.getKey().equals("anonymous")) {
                signIn(entry.getKey(), passwordOf(entry.getKey()));
            }
            for (State state : entry.getValue()) {
                String where = entry.getKey() + " /" + state.path() + " " + state.name();
                openAndSettle(state.path());
                String reached = state.enter().get();
                if (reached != null) {
                    failures.put(where, List.of("state not reached: " + reached));
                    continue;
                }
                List<String> violations = Axe.seriousViolations(driver());
                report.append("| %s | /%s | %s | %d |%n"
                        .formatted(
                                entry.getKey().equals(newcomer) ? "new member" : entry.getKey(),
                                state.path(),
                                state.name(),
                                violations.size()));
                if (!violations.isEmpty()) {
                    failures.put(where, violations);
                }
            }
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "accessibility-states.md"), report);
        assertThat(failures)
                .as("axe violations in dialogs, form errors and empty lists")
                .isEmpty();
    }

    /** A state of a page: its address, what it is, and how to reach it (null when reached, else what went wrong). */
    record State(String path, String name, Supplier<String> enter) {}

    /** An empty form: who fills it, where (optionally behind a dialog opener), and the button that submits it. */
    record Form(String account, String route, String opener, String submit) {}

    /** Forms whose required fields block the save, so pressing it empty shows errors and stores nothing. */
    static final List<Form> FORMS = List.of(
            new Form("anonymous", "register", null, "Ask to join"),
            new Form(DemoAccounts.MEMBER, "projects/edit", null, "Save"),
            new Form(DemoAccounts.COORDINATOR, "exchange/requests/new", null, "Post request"),
            new Form(DemoAccounts.MEMBER, "measures", "New measure", "Save"));

    /** Account ("newcomer": a member who has just joined), address, and the text the empty list shows. */
    static final List<String[]> EMPTY_LISTS = List.of(
            new String[] {"anonymous", "projects?q=zzqxnomatch", "No projects match this search."},
            new String[] {DemoAccounts.MEMBER, "people?name=zzqxnomatch", "No members match these filters."},
            new String[] {
                DemoAccounts.MEMBER, "search/meetings?q=zzqxnomatch", "No meetings you can see mention these words."
            },
            new String[] {"newcomer", "notifications", "No notifications here."},
            new String[] {"newcomer", "measures", "No measures yet."},
            new String[] {"newcomer", "exchange/exchanges", "No exchanges yet."},
            new String[] {"newcomer", "skills/mine", "You have not recorded any skills yet."});

    private static final String OPEN_DIALOG = "vaadin-dialog[opened], vaadin-confirm-dialog[opened]";

    /** The first shown, enabled button outside any dialog that a user knows by this label, scrolled into view. */
    private static final String BUTTON = """
            const label = arguments[0], inDialog = arguments[1];
            const shown = e => { const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0; };
            const b = [...document.querySelectorAll('vaadin-button')]
                .filter(e => !!e.closest('vaadin-dialog, vaadin-confirm-dialog') === inDialog)
                .find(e => shown(e) && !e.hasAttribute('disabled')
                    && [e.textContent.trim(), e.getAttribute('aria-label'), e.getAttribute('title')].includes(label));
            if (b) b.scrollIntoView({block: 'center'});
            return b || null;
            """;

    private String openDialog(String label) {
        if (!press(label, false)) {
            return "no button \"" + label + "\"";
        }
        try {
            waitUpTo(5).until(d -> !d.findElements(By.cssSelector(OPEN_DIALOG)).isEmpty());
        } catch (TimeoutException e) {
            return "no dialog opened";
        }
        waitForVaadin();
        return null;
    }

    private String showErrors(Form form) {
        if (form.opener() != null) {
            String opened = openDialog(form.opener());
            if (opened != null) {
                return opened;
            }
        }
        if (!press(form.submit(), form.opener() != null)) {
            return "no button \"" + form.submit() + "\"";
        }
        try {
            waitUpTo(5).until(d -> !d.findElements(By.cssSelector("[invalid]")).isEmpty());
        } catch (TimeoutException e) {
            return "no field shows an error";
        }
        return null;
    }

    private String shows(String text) {
        try {
            waitUpTo(10)
                    .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                            .executeScript(
                                    "return document.documentElement.textContent.includes(arguments[0]);", text)));
        } catch (TimeoutException e) {
            return "\"" + text + "\" is not shown";
        }
        return null;
    }

    private boolean press(String label, boolean inDialog) {
        Object button = ((JavascriptExecutor) driver()).executeScript(BUTTON, label, inDialog);
        if (!(button instanceof WebElement b)) {
            return false;
        }
        b.click();
        waitForVaadin();
        return true;
    }

    /** A member who has just joined and been approved: their own lists are all empty. */
    private String freshMember() {
        String email = "a11y-" + UUID.randomUUID() + "@test.qcommons.example";
        Registration r = new Registration();
        r.setFullName("Accessibility Newcomer");
        r.setEmail(email);
        r.setPassword(NEWCOMER_PASSWORD);
        r.setProfession("Nurse");
        r.setOrganisation(organisations.organisations().getFirst());
        r.setConfirmsMembership(true);
        Member m = accounts.register(r);
        SystemRunner.asSystem(() -> accounts.approve(m.getId()));
        return email;
    }

    private static final String NEWCOMER_PASSWORD = "a-long-password-1";

    private static String passwordOf(String account) {
        return account.startsWith("a11y-") ? NEWCOMER_PASSWORD : DemoAccounts.PASSWORD;
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
