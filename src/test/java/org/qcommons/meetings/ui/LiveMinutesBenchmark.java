package org.qcommons.meetings.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qcommons.meetings.MeetingsFixture.CONVENOR;
import static org.qcommons.meetings.MeetingsFixture.MEMBER;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.qcommons.base.demo.DemoAccounts;
import org.qcommons.benchmark.BenchmarkReport;
import org.qcommons.meetings.AgendaService;
import org.qcommons.meetings.GroupService;
import org.qcommons.meetings.Meeting;
import org.qcommons.meetings.MeetingService;
import org.qcommons.meetings.MeetingsFixture;
import org.qcommons.meetings.Visibility;
import org.qcommons.security.AccountService;
import org.qcommons.testsupport.BrowserTestBase;
import org.qcommons.testsupport.SlowLink;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Edit-to-screen for live minutes (issue 20): from the input event in the typist's browser to the moment the
 * character is in the other browser's field, both real Chromium on this machine, timed on the shared clock
 * ({@code performance.timeOrigin + performance.now()}). Run with
 * {@code mvn -Pbenchmark test -Dtest=LiveMinutesBenchmark}.
 */
class LiveMinutesBenchmark extends BrowserTestBase {

    private static final int SAMPLES = Integer.getInteger("liveMinutes.samples", 100);
    private static final double TARGET_P95_MS = 300;

    private static final String WATCH = """
            const field = document.querySelector('vaadin-text-area.minutes-text');
            window.__seen = [];
            field.addEventListener('qc-live-applied', e =>
                window.__seen.push({ t: performance.timeOrigin + e.detail.at, text: e.detail.text }));
            """;
    private static final String TYPED = """
            const field = document.querySelector('vaadin-text-area.minutes-text');
            window.__typed = [];
            field.addEventListener('input', () =>
                window.__typed.push({ t: performance.timeOrigin + performance.now(), text: field.value }));
            """;
    private static final String FIRST_WITH = """
            const list = window[arguments[0]] || [];
            const hit = list.find(e => e.text.indexOf(arguments[1]) >= 0);
            return hit ? hit.t : null;
            """;

    @Autowired
    GroupService groups;

    @Autowired
    MeetingService meetings;

    @Autowired
    AgendaService agendaService;

    @Autowired
    AccountService accounts;

    @Test
    void editToScreen() throws Exception {
        MeetingsFixture fx = new MeetingsFixture(groups, meetings, agendaService, accounts);
        List<String> rows = new ArrayList<>();
        double[] alone = measure(fx, 0, false);
        double[] together = measure(fx, 0, true);
        double[] slow = measure(fx, 150, true);
        rows.add(row("One person types, the other watches", alone));
        rows.add(row("Both type at once (the watcher at the start of the text)", together));
        rows.add(row("Both type at once, the watcher's connection 300 ms slower per round trip", slow));
        String md = "## Live minutes: edit-to-screen (issue 20)\n\n"
                + "Two headless Chromium browsers signed in as two seat holders on one agenda item's minutes. "
                + SAMPLES + " characters per row, typed one at a time by WebDriver; each is timed from the input "
                + "event in the typist's browser to the moment it is in the other browser's field. The slow row "
                + "sends the watcher's connection through a loopback relay that holds each chunk 150 ms each way "
                + "(WebSocket frames included).\n\n"
                + "| Case | p50 ms | p95 ms | max ms |\n|---|---|---|---|\n"
                + String.join("\n", rows) + "\n\n"
                + "Target: p95 ≤ " + (int) TARGET_P95_MS + " ms on this machine with no added latency ("
                + BenchmarkReport.verdict(
                        percentile(alone, 95) <= TARGET_P95_MS && percentile(together, 95) <= TARGET_P95_MS)
                + "); the issue's limit is 1 s. Command: `mvn -Pbenchmark test -Dtest=LiveMinutesBenchmark`.";
        BenchmarkReport.write("live-minutes", md);
        assertThat(alone).hasSize(SAMPLES);
    }

    private double[] measure(MeetingsFixture fx, long oneWayMillis, boolean watcherTypes) throws Exception {
        Meeting m = fx.meeting(fx.group(Visibility.MEMBERS), LocalDateTime.now().minusHours(1));
        fx.as(CONVENOR, () -> meetings.markHeld(m.getId()));
        try (SlowLink link = new SlowLink(port, oneWayMillis)) {
            ChromeDriver second = anotherBrowser();
            try {
                driver().manage().deleteAllCookies();
                LiveMinutesWindow typist = new LiveMinutesWindow(driver(), url(""));
                LiveMinutesWindow watcher = new LiveMinutesWindow(second, "http://localhost:" + link.port() + "/");
                typist.signIn(CONVENOR, DemoAccounts.PASSWORD);
                watcher.signIn(MEMBER, DemoAccounts.PASSWORD);
                typist.openMeeting(m.getId());
                watcher.openMeeting(m.getId());
                typist.js(TYPED);
                watcher.js(WATCH);
                WebElement box = typist.box();
                WebElement other = watcher.box();
                // Warm-up (before the watcher starts typing, so its letters cannot land inside these words).
                LiveMinutesBT.type(box, "warm up ");
                watcher.until(20, d -> watcher.value().contains("warm up "));
                AtomicBoolean typing = new AtomicBoolean(watcherTypes);
                CompletableFuture<Void> background = CompletableFuture.runAsync(() -> {
                    if (typing.get()) {
                        other.click();
                        other.sendKeys(Keys.HOME);
                    }
                    while (typing.get()) {
                        other.sendKeys("x");
                        sleep(150);
                    }
                });
                double[] ms = new double[SAMPLES];
                for (int i = 0; i < SAMPLES; i++) {
                    String mark = String.valueOf((char) ('\u0410' + i));
                    box.sendKeys(mark);
                    watcher.until(20, d -> watcher.value().contains(mark));
                    double sent = ((Number) typist.js(FIRST_WITH, "__typed", mark)).doubleValue();
                    double seen = ((Number) watcher.js(FIRST_WITH, "__seen", mark)).doubleValue();
                    ms[i] = seen - sent;
                    sleep(40);
                }
                typing.set(false);
                background.join();
                return ms;
            } finally {
                second.quit();
            }
        }
    }

    private static String row(String name, double[] ms) {
        return String.format(
                Locale.UK,
                "| %s | %.1f | %.1f | %.1f |",
                name,
                percentile(ms, 50),
                percentile(ms, 95),
                java.util.Arrays.stream(ms).max().orElse(0));
    }

    private static double percentile(double[] values, int p) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
