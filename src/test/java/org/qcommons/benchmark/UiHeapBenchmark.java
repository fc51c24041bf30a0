package org.qcommons.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.ComponentTracker;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.WrappedHttpSession;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.management.ObjectName;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.Test;
import org.qcommons.app.ui.LandingView;
import org.qcommons.base.demo.DemoAccounts;
import org.qcommons.base.security.QUser;
import org.qcommons.projects.ui.ProjectsView;
import org.qcommons.security.AccountService;
import org.qcommons.testsupport.IntegrationTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Retained heap per signed-in UI on the register view. One servlet (one Vaadin service, as in the running app),
 * then N sessions, each with a signed-in member's UI showing /projects, all kept open. Heap after forced GC with
 * the N UIs, less the heap just before them, divided by N. Measured for production (Vaadin's development-mode
 * component tracker off) and for development mode.
 * A class histogram before and after shows what each UI holds.
 */
class UiHeapBenchmark extends IntegrationTestBase {

    private static final int UIS = Integer.getInteger("uiHeap.uis", 200);
    private static final double TARGET_KB = 100;

    @Autowired
    AccountService accounts;

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    /** Every batch stays reachable to the end, so a later "before" still contains the earlier batches. */
    private final List<List<UI>> kept = new ArrayList<>();

    private final Function0<UI> uiFactory = UI::new;

    /** One servlet, so one Vaadin service, as in the running app. */
    private MockSpringServlet servlet() {
        return new MockSpringServlet(new Routes().autoDiscoverViews("org.qcommons"), applicationContext, uiFactory);
    }

    @Test
    void retainedHeapPerSignedInUiOnTheRegister() throws Exception {
        MockSpringServlet servlet = servlet();
        QUser user = accounts.loadUserByUsername(DemoAccounts.MEMBER);

        // Vaadin's development mode keeps, for every component, the stack traces of where it was created and
        // attached (ComponentTracker, for Copilot). A production build has no such tracker, so the headline figure
        // is taken with it off; the last batch switches it on to show what development mode adds.
        componentTracker(false);

        // Warm up (classes, Hibernate and Lucene caches, the route registry) with UIs that stay open: the figures
        // are differences, so these count in every "before". Nothing is closed in between, so each batch is
        // measured against the heap just before it.
        List<UI> warm = open(servlet, uiFactory, user, 20);

        Measurement rendered = measure(servlet, uiFactory, user, "production");
        // The same signed-in shell (navigation, bell, session) around the home page, to show what the register adds.
        Measurement shell = measure(servlet, uiFactory, user, "home page, production", LandingView.class);
        componentTracker(true);
        Measurement devMode = measure(servlet, uiFactory, user, "development mode");
        assertThat(warm).allMatch(ui -> ui.getSession() != null);

        String top = rendered.histogram.stream()
                .limit(15)
                .map(r -> "| `%s` | %,d | %.1f |".formatted(r.name(), r.instancesPerUi(), r.kbPerUi()))
                .reduce("", (a, b) -> a + b + "\n");
        String md = """
                ## Retained heap per signed-in UI (register view)

                %d signed-in UIs on `/projects` (a member, the navigation, the notification bell, the facets and the
                result list), each in its own Vaadin session, all open at once in Karibu on one Vaadin service. Heap
                after `System.gc()` with them open, less the heap just before they were opened, divided by %d. The
                batches run one after the other and all stay open.

                | Measure | Figure | Target | Verdict |
                |---|---|---|---|
                | Per UI, production (no component tracker) | %.1f KB | ≤ %.0f KB | %s |
                | Per UI, development mode (component tracker on) | %.1f KB | | |
                | For comparison: per UI on the home page in the same shell, production | %.1f KB | | |

                The result list has fetched and sent its first page of 15 projects, as it does when a browser opens
                the page. What each UI holds in production (class histogram `GC.class_histogram`, after less before,
                per UI):

                | Class | Instances per UI | KB per UI |
                |---|---|---|
                %s
                Before the register's result cards were drawn from a Lit template (each card was about ten
                server-side components, some 300 state nodes per page), the production figure was about 490 KB
                per UI (N = 40); with the template, 218 KB. Fetching 15 results a page instead of 30 (a page of cards
                still fills a tall screen) and building the notification panel only when the bell is first clicked
                brought it to 174 KB. ADR 073 took it to the figure above: the STP facet only within a chosen
                region (167 KB); the facets and sort box as native selects whose options go to the browser in one
                JavaScript call (135 KB); the results as a list that sends its cards a page at a time and keeps no
                rows (113 KB); shared facet choices and fewer, lighter elements (about 98 KB). A `VirtualList` in
                place of the grid saved nothing (its connector asks for the rows on screen plus 20, 32 rows in a
                1280 × 900 browser, and keeps them) and was reverted. What is left is mostly the shell around the
                page: see "Where a signed-in UI's heap goes" below.

                In development mode Vaadin's `ComponentTracker` keeps two `Throwable`s (creation and attach stack
                traces) per component, about %.0f KB per UI here; a production build (`-Pproduction`) has none.
                Heap in the production batch: %.1f MB before, %.1f MB after the %d. Run with
                `mvn -o -B -Pbenchmark test -Dtest=UiHeapBenchmark` (`-DuiHeap.uis=N` to change N).
                """.formatted(
                        UIS,
                        UIS,
                        rendered.kbPerUi,
                        TARGET_KB,
                        BenchmarkReport.verdict(rendered.kbPerUi <= TARGET_KB),
                        devMode.kbPerUi,
                        shell.kbPerUi,
                        top,
                        devMode.kbPerUi - rendered.kbPerUi,
                        rendered.before / 1048576.0,
                        rendered.after / 1048576.0,
                        UIS);
        BenchmarkReport.write("ui-heap", md);
        assertThat(rendered.kbPerUi).isPositive();
        assertThat(devMode.kbPerUi).isGreaterThan(rendered.kbPerUi);
    }

    /**
     * Which part of the page holds the heap: the objects one signed-in session reaches and the application does not
     * share, counted once each against the component that reaches them first (see {@link HeapWalk}), for the home
     * page and the register in the same shell.
     */
    @Test
    void whereOneUisHeapGoes() throws Exception {
        MockSpringServlet servlet = servlet();
        QUser user = accounts.loadUserByUsername(DemoAccounts.MEMBER);
        componentTracker(false);
        kept.add(open(servlet, uiFactory, user, 5));
        Map<String, Map<String, Long>> byView = new LinkedHashMap<>();
        for (Class<? extends Component> view : List.of(LandingView.class, ProjectsView.class)) {
            List<UI> one = open(servlet, uiFactory, user, 1, view);
            kept.add(one);
            var shared = HeapWalk.shared(one.getFirst().getSession().getService());
            byView.put(view.getSimpleName(), HeapWalk.breakdown(one.getFirst(), httpSession(one.getFirst()), shared));
        }
        Map<String, Long> home = byView.get("LandingView");
        Map<String, Long> register = byView.get("ProjectsView");
        StringBuilder rows = new StringBuilder();
        register.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(25)
                .forEach(e -> rows.append("| `%s` | %.1f | %s |%n"
                        .formatted(
                                e.getKey(),
                                e.getValue() / 1024.0,
                                home.containsKey(e.getKey()) ? "%.1f".formatted(home.get(e.getKey()) / 1024.0) : "")));
        String md = """
                ## Where a signed-in UI's heap goes

                The objects one session reaches that the application does not share (not reachable from the Vaadin
                service without passing through a session or a component), each counted once against the component
                that reaches it first, leaves before their parents. It undercounts the histogram figure above a
                little: per-session entries in shared maps are not counted.

                | | Register | Home page |
                |---|---|---|
                | Total unique to one session | %.1f KB | %.1f KB |

                | Holder (component class, `#id` where set) | Register KB | Home page KB |
                |---|---|---|
                %s
                Each `NativeSelectField` (a facet or the sort box: a label, a select and its items, with no option
                elements on the server) costs about 2.5 to 4 KB, against 7 to 8 KB for the combo boxes they
                replaced. `ProjectResultList` keeps the search and a count, not its rows (a grid kept its page of 15,
                about 36 KB with its column). `UI` is the UI's own state tree, router and page; `SideNavItem` and
                `Icon` are the navigation. Run with
                `mvn -o -B -Pbenchmark test -Dtest='UiHeapBenchmark#whereOneUisHeapGoes'`.
                """.formatted(total(register), total(home), rows);
        BenchmarkReport.write("ui-heap-breakdown", md);
        assertThat(total(register)).isGreaterThan(total(home));
        assertThat(register.keySet()).anyMatch(k -> k.contains("#facet-"));
    }

    private static double total(Map<String, Long> parts) {
        return parts.values().stream().mapToLong(Long::longValue).sum() / 1024.0;
    }

    private static Object httpSession(UI ui) {
        return ((WrappedHttpSession) ui.getSession().getSession()).getHttpSession();
    }

    /** Switches Vaadin's development-mode component tracker, which caches its on/off state on first use. */
    private static void componentTracker(boolean on) throws ReflectiveOperationException {
        Field disabled = ComponentTracker.class.getDeclaredField("disabled");
        disabled.setAccessible(true);
        disabled.set(null, !on);
    }

    private Measurement measure(MockSpringServlet servlet, Function0<UI> uiFactory, QUser user, String label)
            throws Exception {
        return measure(servlet, uiFactory, user, label, ProjectsView.class);
    }

    private Measurement measure(
            MockSpringServlet servlet,
            Function0<UI> uiFactory,
            QUser user,
            String label,
            Class<? extends Component> view)
            throws Exception {
        long before = usedAfterGc();
        Map<String, long[]> histBefore = histogram();
        List<UI> uis = open(servlet, uiFactory, user, UIS, view);
        long after = usedAfterGc();
        Map<String, long[]> histAfter = histogram();
        assertThat(uis).hasSize(UIS).allMatch(ui -> ui.getSession() != null);
        kept.add(uis);
        List<Row> rows = diff(histBefore, histAfter);
        rows.stream()
                .limit(60)
                .forEach(r -> System.out.printf(
                        Locale.UK, "  %-90s %,8d %10.1f KB%n", r.name(), r.instancesPerUi(), r.kbPerUi()));
        double kb = (after - before) / 1024.0 / UIS;
        System.out.printf(
                Locale.UK, "UI heap (%s): before %,d B, after %,d B, %.1f KB per UI%n", label, before, after, kb);
        return new Measurement(before, after, kb, rows);
    }

    /** Opens n sessions with one signed-in UI each on the register, as a user's browser would. */
    private List<UI> open(MockSpringServlet servlet, Function0<UI> uiFactory, QUser user, int n) {
        return open(servlet, uiFactory, user, n, ProjectsView.class);
    }

    private List<UI> open(
            MockSpringServlet servlet, Function0<UI> uiFactory, QUser user, int n, Class<? extends Component> view) {
        List<UI> uis = new ArrayList<>(n);
        var auth = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        for (int i = 0; i < n; i++) {
            SecurityContextHolder.getContext().setAuthentication(auth);
            MockVaadin.setup(uiFactory, servlet);
            FakeRequest request =
                    (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
            request.setUserPrincipalInt(auth);
            request.setUserInRole((principal, role) ->
                    user.roles().stream().anyMatch(r -> r.name().equals(role)));
            UI ui = UI.getCurrent();
            ui.setLocale(Locale.UK);
            ui.navigate(view);
            assertThat(ui.getInternals().getActiveRouterTargetsChain()).anyMatch(view::isInstance);
            MockVaadin.clientRoundtrip(false);
            respond(ui);
            uis.add(ui);
        }
        SecurityContextHolder.clearContext();
        return uis;
    }

    /**
     * What the server does when it writes a response to the browser: it hands over the changes it tracked and the
     * JavaScript calls it queued, and forgets them. Karibu has no browser and never writes a response, so without
     * this every UI keeps its whole first render as pending changes, which no real UI holds.
     */
    private static void respond(UI ui) {
        var tree = ui.getInternals().getStateTree();
        tree.runExecutionsBeforeClientResponse();
        tree.collectChanges(change -> {});
        ui.getInternals().dumpPendingJavaScriptInvocations();
    }

    private long usedAfterGc() throws InterruptedException {
        long previous = Long.MAX_VALUE;
        long used = 0;
        for (int i = 0; i < 6; i++) {
            System.gc();
            TimeUnit.MILLISECONDS.sleep(300);
            used = memory.getHeapMemoryUsage().getUsed();
            if (Math.abs(previous - used) < 256 * 1024) {
                break;
            }
            previous = used;
        }
        return used;
    }

    private static final Pattern HISTO = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");

    /**
     * Class name → {instances, bytes} of live objects: the GC.class_histogram diagnostic command, run in this JVM
     * through its MBean (attaching jcmd to one's own JVM hangs here). It forces a full GC itself.
     */
    private static Map<String, long[]> histogram() throws Exception {
        String out = (String) ManagementFactory.getPlatformMBeanServer()
                .invoke(
                        new ObjectName("com.sun.management:type=DiagnosticCommand"),
                        "gcClassHistogram",
                        new Object[] {null},
                        new String[] {String[].class.getName()});
        Map<String, long[]> result = new HashMap<>();
        for (String line : out.split("\\R")) {
            Matcher m = HISTO.matcher(line);
            if (m.find()) {
                result.put(m.group(3), new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))});
            }
        }
        return result;
    }

    private static List<Row> diff(Map<String, long[]> before, Map<String, long[]> after) {
        List<Row> rows = new ArrayList<>();
        after.forEach((name, a) -> {
            long[] b = before.getOrDefault(name, new long[] {0, 0});
            long bytes = a[1] - b[1];
            if (bytes > 0) {
                rows.add(new Row(name, (a[0] - b[0]) / UIS, bytes / 1024.0 / UIS));
            }
        });
        rows.sort(Comparator.comparingDouble(Row::kbPerUi).reversed());
        return rows;
    }

    record Row(String name, long instancesPerUi, double kbPerUi) {}

    record Measurement(long before, long after, double kbPerUi, List<Row> histogram) {}
}
