package org.qcommons.projects;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.qcommons.base.demo.DemoAccounts;
import org.qcommons.base.security.QUser;
import org.qcommons.people.MemberService;
import org.qcommons.security.AccountService;
import org.qcommons.testsupport.IntegrationTestBase;
import org.qcommons.testsupport.ParallelSaves;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** The lead saves the same project from several tabs at once: exactly one save wins, the others are told. */
class ConcurrentProjectEditIT extends IntegrationTestBase {

    @Autowired
    ProjectTaxonomy taxonomy;

    @Autowired
    MemberService memberService;

    @Autowired
    ProjectRecords projectRecords;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void exactlyOneOfManyParallelEditsWins() throws Exception {
        Project created = ProjectTestData.create(
                projectRecords, taxonomy, memberService, "Parallel edits start", "Parallel edits.", Visibility.PUBLIC);
        QUser lead = accounts.loadUserByUsername(DemoAccounts.MEMBER);
        int threads = 6;
        // Every tab opened the same version before anyone saved.
        List<Project> copies = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            copies.add(as(lead, () -> projectRecords.project(created.getId()).orElseThrow()));
        }
        List<String> outcomes = ParallelSaves.race(threads, i -> () -> {
            Project copy = copies.get(i);
            copy.setTitle("Parallel edit number " + i);
            as(lead, () -> projectRecords.update(copy));
            return copy.getTitle();
        });
        List<String> winners =
                outcomes.stream().filter(o -> !o.equals(ParallelSaves.CONFLICT)).toList();
        assertThat(winners).hasSize(1);
        assertThat(outcomes.stream().filter(ParallelSaves.CONFLICT::equals)).hasSize(threads - 1);
        assertThat(jdbc.queryForObject("select title from project where id = ?", String.class, created.getId()))
                .isEqualTo(winners.getFirst());
        assertThat(jdbc.queryForObject("select version from project where id = ?", Long.class, created.getId()))
                .isEqualTo(copies.getFirst().getVersion() + 1);
    }

    private static <T> T as(QUser user, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
