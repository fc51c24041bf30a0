package org.qcommons.notifications;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.qcommons.benchmark.BenchmarkReport;
import org.qcommons.testsupport.IntegrationTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A daily digest run for 20,000 members who take it; goal at most 60 s on 2 cores with memory flat. Prints its
 * figures and writes them to target/benchmark-digest.txt; run alone with
 * {@code mvn -Pbenchmark test -Dtest=DigestBenchmark}. The outbox sends the mails on its own threads meanwhile,
 * as it would in production, so the figure includes that competition for the cores.
 */
class DigestBenchmark extends IntegrationTestBase {

    static final int MEMBERS = 20_000;

    @Autowired
    Digests digests;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Test
    void aDailyDigestRunForTwentyThousandMembers() throws Exception {
        List<Map<String, Object>> orgs = jdbc.queryForList("SELECT id, stp_id FROM organisation");
        Random random = new Random(2018);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < MEMBERS; i++) {
            Map<String, Object> org = orgs.get(random.nextInt(orgs.size()));
            rows.add(new Object[] {"Digest Member " + i, "digest" + i + "@bench.test", org.get("id"), org.get("stp_id")
            });
        }
        jdbc.batchUpdate(
                "INSERT INTO member (full_name, email, organisation_id, stp_id, directory_consent, status)"
                        + " VALUES (?,?,?,?,false,'ACTIVE')",
                rows);
        jdbc.update("INSERT INTO notification_preference (member_id, kind, channel) SELECT id, 'DIGEST', 'DAILY'"
                + " FROM member WHERE email LIKE 'digest%@bench.test'");

        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long heapBefore = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(heapBefore);
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = Thread.ofPlatform().daemon().start(() -> {
            while (running.get()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        Instant now = clock.instant();
        long t = System.nanoTime();
        int sent = digests.send(DigestPeriod.DAILY, now, ZoneId.of("Europe/London"));
        double seconds = (System.nanoTime() - t) / 1e9;
        long runPeak = peak.get();
        // Then the outbox's own pace: how long until every digest has gone to the (in-JVM) mail server.
        long waitStart = System.nanoTime();
        int unsent = unsent();
        while (unsent > 0 && System.nanoTime() - waitStart < 180_000_000_000L) {
            Thread.sleep(1000);
            unsent = unsent();
        }
        double delivered = (System.nanoTime() - t) / 1e9;
        running.set(false);
        sampler.join();
        System.gc();
        long heapAfter = memory.getHeapMemoryUsage().getUsed();

        String report = String.format(
                "digest: %d daily digests queued for %d members in %.1f s (goal <= 60 s: %s); heap used %d MB before,"
                        + " %d MB peak, %d MB after GC; %s",
                sent,
                MEMBERS,
                seconds,
                BenchmarkReport.verdict(seconds <= 60),
                heapBefore >> 20,
                peak.get() >> 20,
                heapAfter >> 20,
                BenchmarkReport.machine());
        System.out.println(report);
        Files.writeString(Path.of("target", "benchmark-digest.txt"), report + "\n");
        BenchmarkReport.write(
                "digest",
                String.format(
                        """
                ## Daily digest run

                `Digests.send(DAILY)` for %,d members who take the daily digest (plus the demo's), each with a
                "near you" section from their region, project topics and skills (decision 113): for each, the claim
                row, the notification, the mail with its HTML and text parts (Thymeleaf) and the outbox event. The
                outbox sends the mails on its own threads meanwhile, to GreenMail in the same JVM, with the dev
                mailbox writing each `.eml`, so the figure includes that competition for the cores.

                | Measure | Figure | Target | Verdict |
                |---|---|---|---|
                | Digests queued | %,d | %,d | |
                | The run (queue every digest) | %.1f s | <= 60 s | %s |
                | Until the outbox had sent them all | %.1f s (%,d unsent when the wait ended) | | |
                | Heap before / peak during the run / peak until sent / after GC | %d / %d / %d / %d MB | flat | |

                GreenMail keeps every message it receives in memory, which is most of the growth until sent; the run
                itself holds one page of 500 members and the run's "near you" items.

                Command: `mvn -Pbenchmark test -Dtest=DigestBenchmark`. Measured while other
                builds shared the two cores (load average %s at the end).
                """,
                        MEMBERS,
                        sent,
                        MEMBERS,
                        seconds,
                        BenchmarkReport.verdict(seconds <= 60),
                        delivered,
                        unsent,
                        heapBefore >> 20,
                        runPeak >> 20,
                        peak.get() >> 20,
                        heapAfter >> 20,
                        BenchmarkReport.load()));
    }

    private int unsent() {
        Integer n = jdbc.queryForObject(
                "select count(*) from sent_mail where recipient like 'digest%@bench.test' and status = 'PENDING'",
                Integer.class);
        return n == null ? 0 : n;
    }
}
