package org.qcommons.reliability;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasEnabled;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteConfiguration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qcommons.app.ui.InternalErrorView;
import org.qcommons.base.demo.DemoAccounts;
import org.qcommons.base.security.Role;
import org.qcommons.testsupport.DemoRoutes;
import org.qcommons.testsupport.Fields;
import org.qcommons.testsupport.HostileInputs;
import org.qcommons.testsupport.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every route the Vaadin router knows, found from {@link RouteConfiguration} so that a new view cannot be missed:
 * each route is opened with the hostile corpus in its route parameters and in every query parameter any view
 * reads, and every visible text field on it is filled with hostile strings before its primary button is pressed.
 * Nothing may throw, the error page (with its error id) must never show, no notification may name an exception,
 * and nothing from the corpus may reach the page as live markup. The forms behind openers and seat-holder rights are
 * HostileFormsKT's; this sweep makes sure no route is left out.
 */
class RouteSweepKT extends KaribuTest {

    /** Query parameters read by any view (grep getSingleParameter), all sent at once with the same value. */
    private static final List<String> QUERY_NAMES = List.of(
            "q",
            "name",
            "region",
            "stp",
            "org",
            "profession",
            "topic",
            "status",
            "sort",
            "year",
            "page",
            "skill",
            "level",
            "days",
            "offered",
            "tab",
            "from",
            "to",
            "token",
            "error",
            "condition",
            "issue",
            "method",
            "signal");

    /** Buttons that would end the session, rebuild the index or change the demo's people and areas for everyone. */
    private static final Pattern NEVER_PRESS = Pattern.compile(
            "(?i)sign out|rebuild|reindex|delete|erase|remove|merge|retire|revoke|lift|end |approve|decline|export");

    @Autowired
    JdbcTemplate jdbc;

    private final List<String> failures = new ArrayList<>();
    private final Map<String, Long> maxIds = new LinkedHashMap<>();

    /** Shared lists a save adds to; rows the sweep adds are removed again so other tests see the demo's lists. */
    private static final List<String> SHARED_TABLES = List.of("topic", "skill", "qi_method", "expertise_request");

    @BeforeEach
    void rememberSharedLists() {
        for (String table : SHARED_TABLES) {
            maxIds.put(table, jdbc.queryForObject("select coalesce(max(id), 0) from " + table, Long.class));
        }
    }

    @AfterEach
    void removeWhatTheSweepAddedToSharedLists() {
        jdbc.update("delete from expertise_request_skill where request_id > ?", maxIds.get("expertise_request"));
        for (String table : SHARED_TABLES) {
            try {
                jdbc.update("delete from " + table + " where id > ?", maxIds.get(table));
            } catch (RuntimeException inUse) {
                // A row another table now points at stays; it has a hostile name no demo look-up uses.
            }
        }
    }

    @Test
    void everyRouteTakesTheCorpusInItsParametersAndFields() {
        signInAs(Role.ADMIN);
        List<String> routes =
                DemoRoutes.templates(RouteConfiguration.forApplicationScope().getAvailableRoutes());
        DemoRoutes demo = new DemoRoutes(jdbc);
        assertThat(routes).hasSizeGreaterThan(50);
        Set<String> denied = new TreeSet<>();
        Map<String, String> samples = demo.samples();
        List<String> corpus = HostileInputs.all();
        Set<String> withFields = new TreeSet<>();
        int filled = 0;
        int visits = 0;
        String signedInAs = DemoAccounts.ADMIN;
        for (int r = 0; r < routes.size(); r++) {
            String template = routes.get(r);
            boolean anonymous = DemoRoutes.anonymous(template);
            String account = DemoRoutes.account(template);
            if (anonymous) {
                anonymous();
            } else if (!account.equals(signedInAs)) {
                signInAs(account);
            }
            signedInAs = anonymous ? "" : account;
            // Each route takes a different quarter of the corpus in its fields and URL, plus the core vectors.
            List<String> share = share(corpus, r);
            for (String hostile : share) {
                visits++;
                String where = template + " <- " + HostileApiIT.abbreviate(hostile);
                try {
                    // The route parameters take the hostile string; the page must say "not found", not fail.
                    // As a browser sends it: percent-encoded, so "?", "#" and "/" stay inside the segment. A
                    // browser resolves "." and ".." segments itself (even encoded), so the server never sees them.
                    if (template.contains(":") && !hostile.equals(".") && !hostile.equals("..")) {
                        open(demo.url(template, p -> encoded(hostile)), hostile);
                        assertSafe(where + " (route parameter)");
                    }
                    // Real parameters and every query parameter hostile; then every text field, then submit.
                    open(demo.url(template, p -> samples.getOrDefault(p, "1")), hostile);
                    assertSafe(where + " (query)");
                    int here = fillAndSubmit(hostile);
                    if (here > 0) {
                        withFields.add(template);
                    }
                    filled += here;
                    assertSafe(where + " (form)");
                } catch (MockAccessDeniedException e) {
                    // The account the sweep uses may not open this page at all; nothing hostile reached it.
                    denied.add(template);
                } catch (Exception | AssertionError e) {
                    failures.add(where + ": " + e);
                    if (anonymous) {
                        anonymous();
                    } else {
                        signInAs(account);
                    }
                }
                _find(Dialog.class).forEach(Dialog::close);
            }
        }
        System.out.println("Route sweep: " + routes.size() + " routes, " + visits + " visits, " + filled
                + " fields filled; routes with text fields: " + withFields + "; refused to the sweep's account: "
                + denied);
        assertThat(failures).as("hostile inputs that broke a page").isEmpty();
        assertThat(withFields).as("routes whose text fields the sweep filled").hasSizeGreaterThan(15);
    }

    private static String encoded(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20");
    }

    private static List<String> share(List<String> corpus, int offset) {
        List<String> share = new ArrayList<>();
        for (int i = offset % 4; i < corpus.size(); i += 4) {
            share.add(corpus.get(i));
        }
        for (String core : corpus) {
            boolean isCore = core.startsWith("<script>")
                    || core.startsWith("\"><")
                    || core.startsWith("javascript:")
                    || core.startsWith("=HYPERLINK")
                    || core.equals("\u202Eevil\u202C")
                    || core.equals("a\u0000b")
                    || core.equals("' OR 1=1 --")
                    || core.length() == 100_000;
            if (isCore && !share.contains(core)) {
                share.add(core);
            }
        }
        return share;
    }

    private static void open(String location, String hostile) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        QUERY_NAMES.forEach(n -> query.put(n, List.of(hostile)));
        UI.getCurrent().navigate(location, new QueryParameters(query));
    }

    private static int fillAndSubmit(String hostile) {
        Component view = currentView();
        int filled = 0;
        for (HasValue<?, String> field : textFields(view)) {
            if (field instanceof Component c
                    && c.isVisible()
                    && !field.isReadOnly()
                    && !(c instanceof HasEnabled e && !e.isEnabled())) {
                Fields.setValue(field, hostile);
                filled++;
            }
        }
        if (filled == 0) {
            return 0;
        }
        _find(view, Button.class).stream()
                .filter(b -> b.getThemeNames().contains("primary"))
                .filter(b -> !NEVER_PRESS
                        .matcher(b.getText() == null ? "" : b.getText())
                        .find())
                .findFirst()
                .filter(b -> b.isAttached() && b.isVisible() && b.isEnabled())
                .ifPresent(b -> _click(b));
        return filled;
    }

    @SuppressWarnings("unchecked")
    private static List<HasValue<?, String>> textFields(Component view) {
        List<HasValue<?, String>> fields = new ArrayList<>();
        for (Class<? extends Component> type :
                List.of(TextField.class, TextArea.class, EmailField.class, PasswordField.class)) {
            _find(view, type).forEach(c -> fields.add((HasValue<?, String>) c));
        }
        return fields;
    }

    private static void assertSafe(String where) {
        Component view = currentView();
        assertThat(view).as(where + ": the error page").isNotInstanceOf(InternalErrorView.class);
        List<String> texts = NotificationsKt.getNotifications().stream()
                .map(n -> n.getElement().getProperty("text", "") + " "
                        + n.getElement().getTextRecursively())
                .toList();
        assertThat(texts).as(where).noneMatch(t -> t.contains("error id") || t.contains("Exception"));
        NotificationsKt.clearNotifications();
        String page = UI.getCurrent().getElement().getOuterHTML();
        assertThat(HostileFormsKT.LIVE.matcher(page).find())
                .as(where + ": live markup")
                .isFalse();
        assertThat(page)
                .as(where + ": a stack trace")
                .doesNotContain("\tat org.")
                .doesNotContain("Exception:");
    }
}
