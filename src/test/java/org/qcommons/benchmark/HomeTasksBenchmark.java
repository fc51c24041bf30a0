package org.qcommons.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.qcommons.base.demo.DemoAccounts;
import org.qcommons.base.security.QUser;
import org.qcommons.base.tasks.MemberTasks;
import org.qcommons.security.AccountService;
import org.qcommons.testsupport.IntegrationTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The home page's tasks for a member with 100 open items (40 meetings coming up, 10 draft minutes, 50 actions),
 * through the service layer as the page calls it; goal p95 at most 50 ms. Prints its figures and writes them to
 * target/benchmark-home-tasks.txt; run alone with {@code mvn -Pbenchmark test -Dtest=HomeTasksBenchmark}.
 */
class HomeTasksBenchmark extends IntegrationTestBase {

    static final int RUNS = 300;
    static final int WARM_UP = 50;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MemberTasks tasks;

    @Autowired
    AccountService accounts;

    @Autowired
    Clock clock;

    @Test
    void tasksForAMemberWithAHundredOpenItems() throws Exception {
        QUser user = accounts.loadUserByUsername(DemoAccounts.COORDINATOR2);
        String slug = "bench-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.update(
                "insert into mtg_group (name, slug, kind, visibility, calendar_token) values (?, ?, 'PROJECT_TEAM',"
                        + " 'MEMBERS', ?)",
                "Benchmark group " + slug,
                slug,
                UUID.randomUUID().toString());
        Long group = jdbc.queryForObject("select id from mtg_group where slug = ?", Long.class, slug);
        jdbc.update(
                "insert into mtg_seat (group_id, member_id, role, convenor) values (?, ?, 'MEMBER', false)",
                group,
                user.memberId());
        LocalDateTime now = LocalDateTime.now(clock);
        for (int i = 0; i < 50; i++) {
            boolean drafted = i >= 40;
            jdbc.update(
                    "insert into mtg_meeting (group_id, title, starts_at, status, review_until) values (?, ?, ?, ?, ?)",
                    group,
                    "Benchmark meeting " + i,
                    drafted ? now.minusDays(10 + i) : now.plusDays(1 + i % 28),
                    drafted ? "MINUTES_DRAFTED" : "PLANNED",
                    drafted ? LocalDate.now(clock).plusDays(5) : null);
        }
        Long firstMeeting =
                jdbc.queryForObject("select min(id) from mtg_meeting where group_id = ?", Long.class, group);
        for (int i = 0; i < 50; i++) {
            jdbc.update(
                    "insert into mtg_action (meeting_id, description, owner_id, due_date, status) values (?, ?, ?, ?,"
                            + " 'OPEN')",
                    firstMeeting,
                    "Benchmark action " + i,
                    user.memberId(),
                    LocalDate.now(clock).plusDays(i - 10));
        }
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            // The demo's start-up mails go out on the outbox's threads; measure after, not against, them.
            for (int i = 0; i < 120 && pendingMails() > 0; i++) {
                Thread.sleep(1000);
            }
            int found = tasks.mine().size();
            for (int i = 0; i < WARM_UP; i++) {
                tasks.mine();
            }
            long[] times = new long[RUNS];
            for (int i = 0; i < RUNS; i++) {
                long t = System.nanoTime();
                tasks.mine();
                times[i] = System.nanoTime() - t;
            }
            Arrays.sort(times);
            double p50 = times[RUNS / 2] / 1e6;
            double p95 = times[(int) (RUNS * 0.95)] / 1e6;
            String report = String.format(
                    "home-tasks: %d tasks for one member; p50 %.2f ms, p95 %.2f ms over %d runs (goal p95 <= 50 ms: %s); %s",
                    found, p50, p95, RUNS, BenchmarkReport.verdict(p95 <= 50), BenchmarkReport.machine());
            System.out.println(report);
            Files.writeString(Path.of("target", "benchmark-home-tasks.txt"), report + "\n");
            BenchmarkReport.write(
                    "home-tasks",
                    String.format(
                            """
                    ## Home page tasks ("What needs you")

                    `MemberTasks.mine()` as the home page calls it, through the service layer (security, one read-only
                    transaction, every module's task source), for a member with 100 open items: 40 meetings coming up
                    without a reply, 10 draft minutes out for amendments and 50 open actions, from 10 days overdue to
                    40 days ahead. %d warm-up calls, then %d timed, once the outbox has sent the demo's start-up mails.

                    | Measure | Figure | Target | Verdict |
                    |---|---|---|---|
                    | Tasks returned | %d | 100 | |
                    | p50 | %.2f ms | | |
                    | p95 | %.2f ms | <= 50 ms | %s |

                    Command: `mvn -Pbenchmark test -Dtest=HomeTasksBenchmark`. Measured while other
                    builds shared the two cores (load average %s).
                    """,
                            WARM_UP,
                            RUNS,
                            found,
                            p50,
                            p95,
                            BenchmarkReport.verdict(p95 <= 50),
                            BenchmarkReport.load()));
        } finally {
            SecurityContextHolder.clearContext();
            jdbc.update(
                    "delete from mtg_action where meeting_id in (select id from mtg_meeting where group_id = ?)",
                    group);
            jdbc.update("delete from mtg_meeting where group_id = ?", group);
            jdbc.update("delete from mtg_seat where group_id = ?", group);
            jdbc.update("delete from mtg_group where id = ?", group);
        }
    }

    private int pendingMails() {
        Integer n = jdbc.queryForObject("select count(*) from sent_mail where status = 'PENDING'", Integer.class);
        return n == null ? 0 : n;
    }
}
