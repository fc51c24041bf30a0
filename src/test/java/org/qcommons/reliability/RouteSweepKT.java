package org.qcommons.reliability;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteConfiguration;
import jakarta.persistence.EntityManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qcommons.app.ui.InternalErrorView;
import org.qcommons.base.demo.DemoAccounts;
import org.qcommons.base.security.Role;
import org.qcommons.testsupport.DemoRoutes;
import org.qcommons.testsupport.DialogOpeners;
import org.qcommons.testsupport.HostileInputs;
import org.qcommons.testsupport.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

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

    /**
     * Buttons the dialog sweep never presses, even in a transaction that is rolled back: they end the session, start
     * work outside the transaction, or write files.
     */
    private static final Pattern NEVER_OPEN =
            Pattern.compile("(?i)sign out|rebuild|reindex|export|download|erase|delete paper|remove paper");

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    EntityManager entityManager;

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
            List<String> share = share(corpus, r, 4);
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

    /**
     * Every button on every route that opens a dialog (or a confirmation), found by pressing each button a user could
     * press on the page: the press, and everything done in the dialog it opens, runs in a transaction that is rolled
     * back, so a button that acts at once changes nothing. Each dialog's text fields take a sixteenth of the corpus
     * (a different one per opener) plus the core vectors, and its primary button is pressed; the session is flushed before the rollback, so a value the database would
     * refuse at commit fails here as it would for the user. The openers found must be those DialogOpeners lists,
     * from which the accessibility sweep opens the same dialogs in Chromium.
     */
    @Test
    void everyDialogOnEveryRouteTakesTheCorpus() throws Exception {
        signInAs(Role.ADMIN);
        List<String> routes =
                DemoRoutes.templates(RouteConfiguration.forApplicationScope().getAvailableRoutes());
        DemoRoutes demo = new DemoRoutes(jdbc);
        Map<String, String> samples = demo.samples();
        List<String> corpus = HostileInputs.all();
        Map<String, List<String>> openers = new TreeMap<>();
        int filled = 0;
        int visits = 0;
        for (int r = 0; r < routes.size(); r++) {
            String template = routes.get(r);
            String location = demo.url(template, p -> samples.getOrDefault(p, "1"));
            List<String> labels;
            try {
                signInFor(template);
                UI.getCurrent().navigate(location);
                labels = pressable(currentView()).stream()
                        .map(RouteSweepKT::label)
                        .toList();
            } catch (Exception | AssertionError e) {
                // Refused to the sweep's account, or broken by demo parameters: the first sweep reports that.
                continue;
            }
            for (int b = 0; b < labels.size(); b++) {
                String label = labels.get(b);
                for (String hostile : share(corpus, r + b, 16)) {
                    String where = template + " [" + label + "] <- " + HostileApiIT.abbreviate(hostile);
                    visits++;
                    int index = b;
                    int[] inDialog = {-1};
                    try {
                        rolledBack(() -> {
                            UI.getCurrent().navigate(location);
                            List<Button> buttons = pressable(currentView());
                            if (index >= buttons.size()
                                    || !label(buttons.get(index)).equals(label)) {
                                return;
                            }
                            _click(buttons.get(index));
                            Component dialog = openedDialog();
                            if (dialog == null) {
                                return;
                            }
                            inDialog[0] = HostileChecks.fill(dialog, hostile);
                            if (inDialog[0] > 0) {
                                submit(dialog);
                            }
                            assertSafe(where);
                            entityManager.flush();
                        });
                    } catch (MockAccessDeniedException e) {
                        break;
                    } catch (Exception | AssertionError e) {
                        failures.add(where + ": " + e);
                        signInFor(template);
                    }
                    _find(Dialog.class).forEach(Dialog::close);
                    _find(ConfirmDialog.class).forEach(ConfirmDialog::close);
                    if (inDialog[0] < 0) {
                        break;
                    }
                    openers.computeIfAbsent(template, t -> new ArrayList<>());
                    if (!openers.get(template).contains(label)) {
                        openers.get(template).add(label);
                    }
                    filled += inDialog[0];
                    if (inDialog[0] == 0) {
                        break;
                    }
                }
            }
        }
        StringBuilder found = new StringBuilder();
        openers.forEach((t, l) -> found.append(t).append(" -> ").append(l).append('\n'));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "dialog-openers.txt"), found);
        System.out.println(
                "Dialog sweep: " + visits + " presses, " + filled + " fields filled in dialogs; openers:\n" + found);
        assertThat(failures).as("hostile inputs that broke a dialog").isEmpty();
        assertThat(openers).as("dialogs reachable from a button, by route").isEqualTo(DialogOpeners.BY_ROUTE);
        assertThat(filled).as("dialog fields filled").isGreaterThan(200);
    }

    private void signInFor(String template) {
        if (DemoRoutes.anonymous(template)) {
            anonymous();
        } else {
            signInAs(DemoRoutes.account(template));
        }
    }

    /** Runs {@code work} in a transaction that is always rolled back. */
    private void rolledBack(Runnable work) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            status.setRollbackOnly();
            work.run();
        });
    }

    /**
     * The buttons on the view a user could press, in page order, never those that end the session or work outside
     * the transaction. Buttons made by the same code (the same click listener, as on each row of a list) count once:
     * the first stands for the rest.
     */
    private static List<Button> pressable(Component view) {
        Set<String> handlers = new java.util.HashSet<>();
        return _find(view, Button.class).stream()
                .filter(b -> shown(b) && b.isEnabled())
                .filter(b -> !NEVER_OPEN.matcher(label(b)).find())
                .filter(b -> handlers.add(ComponentUtil.getListeners(b, ClickEvent.class).stream()
                        .map(l -> l.getClass().getName())
                        .sorted()
                        .toList()
                        .toString()))
                .toList();
    }

    private static boolean shown(Component c) {
        for (Component at = c; at != null; at = at.getParent().orElse(null)) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return c.isAttached();
    }

    /** What a user (or a screen reader) knows the button by: its text, else its aria-label, else its tooltip. */
    static String label(Button b) {
        String text = b.getText() == null ? "" : b.getText().strip();
        if (text.isEmpty()) {
            text = b.getElement().getAttribute("aria-label");
        }
        if (text == null || text.isBlank()) {
            text = b.getElement().getAttribute("title");
        }
        return text == null ? "" : text.strip();
    }

    /** The dialog or confirmation that is open now, the last opened if several. */
    private static Component openedDialog() {
        List<Component> open = new ArrayList<>();
        _find(Dialog.class).stream().filter(Dialog::isOpened).forEach(open::add);
        _find(ConfirmDialog.class).stream().filter(ConfirmDialog::isOpened).forEach(open::add);
        return open.isEmpty() ? null : open.getLast();
    }

    /** Presses the dialog's primary button, or confirms a confirmation that asked for text. */
    private static void submit(Component dialog) {
        if (dialog instanceof ConfirmDialog confirm) {
            ConfirmDialogKt._fireConfirm(confirm);
            return;
        }
        _find(dialog, Button.class).stream()
                .filter(b -> b.getThemeNames().contains("primary") && shown(b) && b.isEnabled())
                .filter(b -> !NEVER_OPEN.matcher(label(b)).find())
                .findFirst()
                .ifPresent(b -> _click(b));
    }

    private static String encoded(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20");
    }

    /** Every {@code step}th string of the corpus from {@code offset}, plus the core vectors. */
    private static List<String> share(List<String> corpus, int offset, int step) {
        List<String> share = new ArrayList<>();
        for (int i = offset % step; i < corpus.size(); i += step) {
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
        int filled = HostileChecks.fill(view, hostile);
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

    private static void assertSafe(String where) {
        assertThat(currentView()).as(where + ": the error page").isNotInstanceOf(InternalErrorView.class);
        HostileChecks.assertPageSafe(where);
    }
}
