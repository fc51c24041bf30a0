package org.qcommons.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qcommons.base.demo.DemoAccounts;
import org.qcommons.testsupport.IntegrationTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** The ledger's invariant (each exchange sums to zero, nothing posted twice) under confirmations at the same moment. */
class LedgerConcurrencyIT extends IntegrationTestBase {

    static final String HOST = ExchangeFixtures.HOST_COORDINATOR;
    ExchangeFixtures fx;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void setUp() {
        fx = new ExchangeFixtures(applicationContext);
    }

    @Test
    void theSameExchangeConfirmedFromEightThreadsIsPostedOnce() throws Exception {
        var lender = fx.newLender(null);
        String member = fx.newMember(lender.org(), fx.testSkill);
        Exchange e = fx.exchangeIn(ExchangeState.DAYS_LOGGED, member, fx.newRequest(HOST, fx.testSkill, 3), lender);

        List<Outcome> outcomes = inParallel(8, i -> () -> fx.as(HOST, () -> fx.delivery.confirmDays(e.getId())));

        assertThat(outcomes).filteredOn(Outcome::succeeded).hasSize(1);
        assertThat(outcomes)
                .filteredOn(o -> !o.succeeded())
                .allSatisfy(o -> assertThat(o.error()).isInstanceOf(IllegalTransitionException.class));
        assertThat(fx.as(HOST, () -> fx.ledger.entriesFor(e.getId())))
                .extracting(LedgerEntry::getDays)
                .containsExactlyInAnyOrder(-3, 3);
        assertThat(fx.as(HOST, () -> fx.ledger.invariant()).holds()).isTrue();
    }

    @Test
    void manyExchangesConfirmedAtOnceKeepEveryBalance() throws Exception {
        var lender = fx.newLender(null);
        List<Exchange> logged = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String member = fx.newMember(lender.org(), fx.testSkill);
            logged.add(fx.exchangeIn(
                    ExchangeState.DAYS_LOGGED, member, fx.newRequest(HOST, fx.testSkill, 1 + i % 3), lender));
        }
        int expected = logged.stream().mapToInt(x -> x.getDaysLogged()).sum();

        List<Outcome> outcomes = inParallel(
                logged.size(),
                i -> () ->
                        fx.as(HOST, () -> fx.delivery.confirmDays(logged.get(i).getId())));

        assertThat(outcomes).allMatch(Outcome::succeeded);
        Integer given = jdbc.queryForObject(
                "SELECT -SUM(days) FROM ledger_entry WHERE organisation_id = ?",
                Integer.class,
                lender.org().getId());
        assertThat(given).isEqualTo(expected);
        for (Exchange x : logged) {
            assertThat(jdbc.queryForObject(
                            "SELECT SUM(days) FROM ledger_entry WHERE exchange_id = ?", Integer.class, x.getId()))
                    .isZero();
        }
        assertThat(fx.as(HOST, () -> fx.ledger.invariant()).holds()).isTrue();
    }

    @Test
    void approvalsAtTheSameMomentNeverExceedTheLendingCap() throws Exception {
        var lender = fx.newLender(4);
        List<Exchange> accepted = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String member = fx.newMember(lender.org(), fx.testSkill);
            accepted.add(fx.exchangeIn(ExchangeState.ACCEPTED, member, fx.newRequest(HOST, fx.testSkill, 2), lender));
        }

        List<Outcome> outcomes = inParallel(
                accepted.size(),
                i -> () -> fx.as(
                        lender.coordinator(),
                        () -> fx.delivery.approveRelease(accepted.get(i).getId(), null)));

        assertThat(outcomes).filteredOn(Outcome::succeeded).hasSize(2);
        assertThat(fx.concordat.committedThisQuarter(lender.org().getId())).isEqualTo(4);
    }

    @Test
    void entriesCannotBeEditedOrDeletedAndCorrectionsReverse() {
        var lender = fx.newLender(null);
        String member = fx.newMember(lender.org(), fx.testSkill);
        Exchange e = fx.exchangeIn(ExchangeState.CONFIRMED, member, fx.newRequest(HOST, fx.testSkill, 3), lender);

        assertThatThrownBy(() -> jdbc.update("UPDATE ledger_entry SET days = 99 WHERE exchange_id = ?", e.getId()))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM ledger_entry WHERE exchange_id = ?", e.getId()))
                .hasMessageContaining("append-only");

        fx.as(DemoAccounts.ADMIN, () -> fx.ledger.correct(e.getId(), 1, "Only one day was delivered"));
        var entries = fx.as(HOST, () -> fx.ledger.entriesFor(e.getId()));
        assertThat(entries)
                .extracting(LedgerEntry::getPosting)
                .containsExactlyInAnyOrder("CONFIRM", "CONFIRM", "REVERSE-1", "REVERSE-1", "CORRECT-1", "CORRECT-1");
        assertThat(entries.stream().mapToInt(LedgerEntry::getDays).sum()).isZero();
        assertThat(entries.stream()
                        .filter(l -> l.getOrganisation().equals(e.getHost()))
                        .mapToInt(LedgerEntry::getDays)
                        .sum())
                .isEqualTo(1);
        assertThatThrownBy(() -> fx.as(HOST, () -> fx.ledger.correct(e.getId(), 2, "no")))
                .isInstanceOf(AccessDeniedException.class);
    }

    record Outcome(Object result, Throwable error) {
        boolean succeeded() {
            return error == null;
        }
    }

    interface Task {
        Callable<Object> at(int i);
    }

    /** Starts all tasks behind one gate so they really hit the database together. */
    static List<Outcome> inParallel(int n, Task task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch gate = new CountDownLatch(1);
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Callable<Object> work = task.at(i);
                futures.add(pool.submit(() -> {
                    gate.await();
                    try {
                        return new Outcome(work.call(), null);
                    } catch (Throwable t) {
                        return new Outcome(null, t);
                    }
                }));
            }
            gate.countDown();
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> f : futures) {
                outcomes.add(f.get(60, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }
}
