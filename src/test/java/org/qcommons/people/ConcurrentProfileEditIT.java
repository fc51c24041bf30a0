package org.qcommons.people;

import org.junit.jupiter.api.Test;
import org.qcommons.base.ConcurrentEditException;
import org.qcommons.demo.FoundationDemoData;
import org.qcommons.security.AccountService;
import org.qcommons.security.SystemRunner;
import org.qcommons.testsupport.IntegrationTestBase;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Parallel saves of the same profile from threads: exactly one wins, the others are told, nothing is lost silently. */
class ConcurrentProfileEditIT extends IntegrationTestBase {

    @Autowired
    MemberService members;
    @Autowired
    AccountService accounts;

    @Test
    void exactlyOneOfManyParallelEditsWins() throws Exception {
        Long id = accounts.loadUserByUsername(FoundationDemoData.PATIENT).memberId();
        int threads = 6;
        // Everyone starts from the same version, as six open browser tabs would.
        List<Member> copies = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            copies.add(SystemRunner.asSystem(() -> members.profile(id).orElseThrow()));
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Member copy = copies.get(i);
            String bio = "Edit number " + i;
            results.add(pool.submit(() -> {
                start.await();
                copy.setBio(bio);
                try {
                    SystemRunner.asSystem(() -> members.updateProfile(copy));
                    return bio;
                } catch (ConcurrentEditException e) {
                    return "conflict";
                }
            }));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> f : results) {
            outcomes.add(f.get());
        }
        pool.shutdown();
        List<String> winners = outcomes.stream().filter(o -> !o.equals("conflict")).toList();
        assertThat(winners).hasSize(1);
        assertThat(outcomes.stream().filter("conflict"::equals)).hasSize(threads - 1);
        Member stored = SystemRunner.asSystem(() -> members.profile(id).orElseThrow());
        assertThat(stored.getBio()).isEqualTo(winners.getFirst());
        assertThat(stored.getVersion()).isEqualTo(copies.getFirst().getVersion() + 1);
    }
}
