package org.qcommons.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qcommons.governance.GovernanceFixtures.as;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.qcommons.base.BusinessException;
import org.qcommons.base.security.QUser;
import org.qcommons.testsupport.IntegrationTestBase;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Casting and marking the roll are one transaction: under 1,000 ballots from parallel threads, with some voters
 * replacing their ballot by its receipt while others cast, some trying a second first ballot at the same moment as
 * their first, and voting closed while ballots are still arriving, the roll and the ballot table always agree, and
 * no cast is lost or doubled.
 */
class BallotConcurrencyIT extends IntegrationTestBase {

    @Test
    void aThousandBallotsFromParallelThreadsKeepTheRollAndTheBallotsInStep() throws Exception {
        GovernanceFixtures fx = new GovernanceFixtures(applicationContext);
        Election e = fx.openToday(3);
        List<Long> candidates = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            candidates.add(fx.stand(fx.member("Candidate " + i, fx.stp), e).getId());
        }
        List<QUser> voters = fx.voters(800);
        as(fx.convenor, () -> fx.elections.startVoting(e.getId()));
        // 800 voters cast a first ballot; the first 200 then replace it with their receipt (1,000 casts in all),
        // and 200 others try a second first ballot racing their first, which must be refused.
        int tasks = 800 + 200;
        List<Throwable> failures = inParallel(tasks, 32, i -> {
            QUser voter = voters.get(i < 800 ? i : i - 600);
            int v = i < 800 ? i : i - 600;
            String receipt = as(voter, () -> fx.ballots.cast(e.getId(), first(candidates, v)));
            if (i < 200) {
                assertThat(as(voter, () -> fx.ballots.cast(e.getId(), second(candidates, v), receipt)))
                        .isEqualTo(receipt);
            }
        });

        assertThat(failures)
                .hasSize(200)
                .allSatisfy(t ->
                        assertThat(t).isInstanceOf(BusinessException.class).hasMessage(BallotService.ALREADY_VOTED));
        assertThat(count("SELECT COUNT(*) FROM gov_roll WHERE election_id = ?", e.getId()))
                .isEqualTo(800);
        assertThat(count("SELECT COUNT(*) FROM gov_ballot WHERE election_id = ?", e.getId()))
                .isEqualTo(800);
        assertThat(count("SELECT SUM(ballots_cast) FROM gov_roll WHERE election_id = ?", e.getId()))
                .isEqualTo(1000);
        assertThat(count("SELECT COUNT(*) FROM gov_roll WHERE election_id = ? AND ballots_cast = 2", e.getId()))
                .isEqualTo(200);
        List<String> expected = new ArrayList<>();
        for (int v = 0; v < 800; v++) {
            expected.add(String.join(
                    ",",
                    (v < 200 ? second(candidates, v) : first(candidates, v))
                            .stream().map(String::valueOf).toList()));
        }
        assertThat(applicationContext
                        .getBean(JdbcTemplate.class)
                        .queryForList(
                                "SELECT preferences FROM gov_ballot WHERE election_id = ?", String.class, e.getId()))
                .as("each replaced ballot holds the last ranking, and no other ballot changed")
                .containsExactlyInAnyOrderElementsOf(expected);

        as(fx.convenor, () -> fx.elections.closeVoting(e.getId()));
        CountSheet sheet = as(fx.convenor, () -> fx.elections.count(e.getId()));
        assertThat(sheet.sheet().validPapers()).isEqualTo(800);
        assertThat(sheet.sheet().elected()).hasSize(3);
    }

    private static List<Long> first(List<Long> candidates, int v) {
        return List.of(candidates.get(v % 5), candidates.get((v + 1) % 5), candidates.get((v + 3) % 5));
    }

    private static List<Long> second(List<Long> candidates, int v) {
        return List.of(candidates.get((v + 2) % 5), candidates.get((v + 4) % 5));
    }

    @Test
    void closingWhileBallotsArriveLeavesEveryCastEitherWhollyInOrWhollyOut() throws Exception {
        GovernanceFixtures fx = new GovernanceFixtures(applicationContext);
        Election e = fx.openToday(1);
        Long a = fx.stand(fx.member("Runner A", fx.stp), e).getId();
        fx.stand(fx.member("Runner B", fx.stp), e);
        List<QUser> voters = fx.voters(300);
        as(fx.convenor, () -> fx.elections.startVoting(e.getId()));

        List<Throwable> failures = inParallel(voters.size() + 1, 16, i -> {
            if (i == 150) {
                as(fx.convenor, () -> fx.elections.closeVoting(e.getId()));
            } else {
                as(voters.get(i > 150 ? i - 1 : i), () -> fx.ballots.cast(e.getId(), List.of(a)));
            }
        });

        assertThat(failures)
                .allSatisfy(t -> assertThat(t)
                        .isInstanceOf(BusinessException.class)
                        .hasMessage("Voting is not open in this election."));
        long roll = count("SELECT COUNT(*) FROM gov_roll WHERE election_id = ?", e.getId());
        assertThat(count("SELECT COUNT(*) FROM gov_ballot WHERE election_id = ?", e.getId()))
                .isEqualTo(roll);
        assertThat(roll + failures.size()).isEqualTo(300);
        assertThat(count(
                        "SELECT COUNT(*) FROM gov_ballot WHERE election_id = ? AND receipt_hash IS NOT NULL",
                        e.getId()))
                .isZero();
    }

    private long count(String sql, Object... args) {
        Long n = applicationContext.getBean(JdbcTemplate.class).queryForObject(sql, Long.class, args);
        return n == null ? 0 : n;
    }

    interface Task {
        void run(int i);
    }

    /** Runs n tasks on a pool, all released by one gate, and returns what failed. */
    static List<Throwable> inParallel(int n, int threads, Task task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch gate = new CountDownLatch(1);
        try {
            List<Future<Throwable>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int at = i;
                futures.add(pool.submit(() -> {
                    gate.await();
                    try {
                        task.run(at);
                        return null;
                    } catch (Throwable t) {
                        return t;
                    }
                }));
            }
            gate.countDown();
            List<Throwable> failures = new ArrayList<>();
            for (Future<Throwable> f : futures) {
                Throwable t = f.get(120, TimeUnit.SECONDS);
                if (t != null) {
                    failures.add(t);
                }
            }
            return failures;
        } finally {
            pool.shutdownNow();
        }
    }
}
