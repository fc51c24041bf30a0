package org.qcommons.a11y;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.qcommons.base.demo.DemoAccounts;
import org.qcommons.testsupport.DemoRoutes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The pages patient representatives open on a phone, in a 375 × 812 window (the phone): nothing makes
 * the page scroll sideways, Sign out stays on screen, and every button is at least 24 × 24 CSS pixels (WCAG 2.2,
 * 2.5.8). Grids and tab strips may scroll inside themselves; the page may not.
 */
class PhoneLayoutBT extends PhoneTestBase {

    /** Elements reaching past the right edge, outside any element that scrolls or clips on its own. */
    static final String OVERFLOW = """
            const w = document.documentElement.clientWidth;
            const scrolls = el => { for (let e = el.parentElement; e; e = e.parentElement) {
                const o = getComputedStyle(e).overflowX;
                if (o === 'auto' || o === 'scroll' || o === 'hidden' || o === 'clip') return true; } return false; };
            const out = [];
            if (document.documentElement.scrollWidth > w + 1) out.push('page ' + document.documentElement.scrollWidth + 'px');
            for (const el of document.querySelectorAll('body *')) {
                const r = el.getBoundingClientRect();
                // A grid's cells and a tab strip scroll inside the component (in its shadow DOM), not the page.
                if (r.width > 0 && r.right > w + 1 && !scrolls(el) && !el.closest('vaadin-grid, vaadin-tabs')) {
                    out.push(el.tagName.toLowerCase() + (el.className ? '.' + String(el.className).split(' ')[0] : '')
                        + ' to ' + Math.round(r.right) + 'px');
                }
                if (out.length > 5) break;
            }
            return out;
            """;

    private static final String SIGN_OUT_ON_SCREEN = """
            const b = [...document.querySelectorAll('vaadin-button')].find(e => e.textContent.trim() === 'Sign out');
            if (!b) return 'no Sign out button';
            const r = b.getBoundingClientRect();
            return r.left >= 0 && r.right <= document.documentElement.clientWidth ? 'on screen' : 'off screen at ' + r.right;
            """;

    /** Buttons, tabs and the menu toggle smaller than 24 × 24 CSS pixels. */
    private static final String SMALL_TARGETS = """
            return [...document.querySelectorAll('vaadin-button, vaadin-tab, vaadin-drawer-toggle, vaadin-menu-bar-button')]
                .map(e => [e, e.getBoundingClientRect()])
                .filter(([e, r]) => r.width > 0 && r.height > 0 && (r.width < 24 || r.height < 24))
                .map(([e, r]) => e.tagName.toLowerCase() + ' "' + e.textContent.trim().slice(0, 30) + '" '
                    + Math.round(r.width) + 'x' + Math.round(r.height));
            """;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void visitorsAndMembersPagesDoNotScrollSideways() {
        DemoRoutes demo = new DemoRoutes(jdbc);
        Map<String, List<String>> routes = new LinkedHashMap<>();
        routes.put(
                "anonymous", List.of("", "projects", "projects/:id", "groups", "organisations", "login", "register"));
        routes.put(
                DemoAccounts.MEMBER,
                List.of(
                        "",
                        "projects",
                        "projects/:id",
                        "exchange/requests",
                        "exchange/exchanges",
                        "buddying",
                        "buddying/request",
                        "meetings/:id",
                        "groups",
                        "groups/:slug",
                        "people",
                        "insights",
                        "measures/:id",
                        "notifications",
                        "profile/edit"));
        routes.put(DemoAccounts.CONVENOR, List.of("buddying/overview", "buddying/pair/:id"));
        routes.put(
                DemoAccounts.ADMIN,
                List.of(
                        "admin/members",
                        "admin/organisations",
                        "admin/areas",
                        "admin/roles",
                        "admin/registrations",
                        "admin/invite/import",
                        "admin/skills",
                        "admin/topics",
                        "admin/methods"));
        Map<String, Object> failures = new LinkedHashMap<>();
        for (var entry : routes.entrySet()) {
            driver().manage().deleteAllCookies();
            boolean signedIn = !entry.getKey().equals("anonymous");
            if (signedIn) {
                signIn(entry.getKey(), DemoAccounts.PASSWORD);
            }
            for (String template : entry.getValue()) {
                String path = demo.url(template);
                openAndSettle(path);
                Object overflow = ((JavascriptExecutor) driver()).executeScript(OVERFLOW);
                if (overflow instanceof List<?> list && !list.isEmpty()) {
                    failures.put(entry.getKey() + " /" + path, list);
                }
                Object small = ((JavascriptExecutor) driver()).executeScript(SMALL_TARGETS);
                if (small instanceof List<?> list && !list.isEmpty()) {
                    failures.put(entry.getKey() + " /" + path + " small targets", list);
                }
                if (signedIn) {
                    Object signOut = ((JavascriptExecutor) driver()).executeScript(SIGN_OUT_ON_SCREEN);
                    if (!"on screen".equals(signOut)) {
                        failures.put(entry.getKey() + " /" + path + " Sign out", signOut);
                    }
                }
            }
        }
        assertThat(failures).as("pages wider than a phone").isEmpty();
    }

    /** Each shown grid's count of visible columns. */
    private static final String VISIBLE_COLUMNS = """
            return [...document.querySelectorAll('vaadin-grid')].filter(g => g.offsetParent !== null)
                .map(g => [...g.children].filter(c => c.localName === 'vaadin-grid-column' && !c.hidden).length);
            """;

    /**
     * The requests grid, nine columns wide on a laptop, is one column of stacked cards on a phone, and so is every
     * grid on the pages of lists: buddy pairs, notifications, a meeting's actions and the administration lists.
     */
    @Test
    void gridsAreStackedCardsOnAPhone() {
        DemoRoutes demo = new DemoRoutes(jdbc);
        Map<String, List<String>> routes = new LinkedHashMap<>();
        routes.put(
                DemoAccounts.MEMBER,
                List.of("exchange/requests?status=ANY", "exchange/exchanges", "buddying", "notifications", "people"));
        routes.put(DemoAccounts.CONVENOR, List.of("buddying/overview"));
        routes.put(
                DemoAccounts.ADMIN,
                List.of(
                        "admin/members",
                        "admin/organisations",
                        "admin/areas",
                        "admin/roles",
                        "admin/topics",
                        "admin/methods"));
        Map<String, Object> wide = new LinkedHashMap<>();
        for (var entry : routes.entrySet()) {
            driver().manage().deleteAllCookies();
            signIn(entry.getKey(), DemoAccounts.PASSWORD);
            for (String template : entry.getValue()) {
                String path = demo.url(template);
                open(path);
                waitFor(By.tagName("vaadin-grid"));
                waitForVaadin();
                // The layout follows the window's width, which the server learns a round trip after the page.
                List<?> columns;
                long until = System.currentTimeMillis() + 10_000;
                do {
                    waitForVaadin();
                    columns = (List<?>) ((JavascriptExecutor) driver()).executeScript(VISIBLE_COLUMNS);
                } while (!columns.stream().allMatch(c -> ((Number) c).intValue() == 1)
                        && System.currentTimeMillis() < until);
                if (columns.isEmpty() || !columns.stream().allMatch(c -> ((Number) c).intValue() == 1)) {
                    wide.put(entry.getKey() + " /" + path, columns);
                } else if (template.startsWith("exchange/requests")) {
                    waitFor(By.cssSelector("vaadin-grid .grid-card"));
                }
            }
        }
        assertThat(wide).as("grids still in columns on a phone").isEmpty();
    }

    /** Guards the guard: an element wider than the window must be reported. */
    @Test
    void aTooWideElementIsReported() {
        open("");
        waitForVaadin();
        ((JavascriptExecutor) driver())
                .executeScript("const d = document.createElement('div'); d.style.width = '800px';"
                        + " d.textContent = 'wide'; document.body.appendChild(d);");
        Object overflow = ((JavascriptExecutor) driver()).executeScript(OVERFLOW);
        assertThat((List<?>) overflow).isNotEmpty();
    }
}
