package org.qcommons.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qcommons.base.demo.DemoAccounts;
import org.qcommons.base.security.SystemRunner;
import org.qcommons.security.AccountService;
import org.qcommons.testsupport.IntegrationTestBase;
import org.qcommons.testsupport.ParallelSaves;
import org.springframework.beans.factory.annotation.Autowired;

/** Parallel saves of the same profile from threads: exactly one wins, the others are told, nothing is lost silently. */
class ConcurrentProfileEditIT extends IntegrationTestBase {

    @Autowired
    MemberService members;

    @Autowired
    AccountService accounts;

    @Test
    void exactlyOneOfManyParallelEditsWins() throws Exception {
        Long id = accounts.loadUserByUsername(DemoAccounts.PATIENT).memberId();
        int threads = 6;
        // Everyone starts from the same version, as six open browser tabs would.
        List<Member> copies = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            copies.add(SystemRunner.asSystem(() -> members.profile(id).orElseThrow()));
        }
        List<String> outcomes = ParallelSaves.race(threads, i -> () -> {
            Member copy = copies.get(i);
            copy.setBio("Edit number " + i);
            SystemRunner.asSystem(() -> members.updateProfile(copy));
            return copy.getBio();
        });
        List<String> winners =
                outcomes.stream().filter(o -> !o.equals(ParallelSaves.CONFLICT)).toList();
        assertThat(winners).hasSize(1);
        assertThat(outcomes.stream().filter(ParallelSaves.CONFLICT::equals)).hasSize(threads - 1);
        Member stored = SystemRunner.asSystem(() -> members.profile(id).orElseThrow());
        assertThat(stored.getBio()).isEqualTo(winners.getFirst());
        assertThat(stored.getVersion()).isEqualTo(copies.getFirst().getVersion() + 1);
    }
}
