package org.qcommons.projects;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qcommons.base.demo.DemoAccounts;
import org.qcommons.base.security.QUser;
import org.qcommons.base.security.Role;
import org.qcommons.base.security.SystemRunner;
import org.qcommons.people.MemberService;
import org.qcommons.testsupport.IntegrationTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * "Did you mean", the words the search knows and the facet counts see only projects the viewer may read, also when
 * the query has operators: a count of the whole suggested query could not tell which of its words found something.
 */
class SuggestionVisibilityIT extends IntegrationTestBase {

    /** Made-up words, so that demo data never holds them. */
    private static final String PUBLIC_WORD = "zindlewort";

    private static final String MEMBERS_WORD = "quorvantal";
    private static final String ARCHIVED_WORD = "brimblefox";
    private static boolean seeded;

    @Autowired
    ProjectTaxonomy taxonomy;

    @Autowired
    MemberService memberService;

    @Autowired
    RegisterSearch register;

    @Autowired
    ProjectRecords projectRecords;

    @BeforeEach
    void seedOnce() {
        SecurityContextHolder.clearContext();
        if (seeded) {
            return;
        }
        ProjectTestData.create(
                projectRecords,
                taxonomy,
                memberService,
                "Open " + PUBLIC_WORD + " audit",
                "A public project about " + PUBLIC_WORD + ".",
                Visibility.PUBLIC);
        ProjectTestData.create(
                projectRecords,
                taxonomy,
                memberService,
                "Members " + MEMBERS_WORD + " pilot",
                "Members only: " + MEMBERS_WORD + " and " + PUBLIC_WORD + ".",
                Visibility.MEMBERS);
        Project archived = ProjectTestData.create(
                projectRecords,
                taxonomy,
                memberService,
                DemoAccounts.COORDINATOR,
                "Archived " + ARCHIVED_WORD + " trial",
                "Archived: " + ARCHIVED_WORD + ".",
                Visibility.PUBLIC);
        SystemRunner.asSystem(() -> projectRecords.archive(archived.getId(), archived.getVersion()));
        seeded = true;
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anonymousVisitorsAreNeverOfferedAMembersOnlyWordWhateverTheOperators() {
        for (String typed : new String[] {
            "quorvantel | zindlewurt",
            "zindlewurt | quorvantel",
            "(quorvantel | zindlewurt)",
            "zindlewurt + quorvantel",
            "zindlewurt -quorvantel",
            "quorvantel"
        }) {
            RegisterResult result = register.search(RegisterQuery.text(typed), 0, 10);
            assertThat(result.suggestion().orElse(""))
                    .as(typed)
                    .doesNotContain(MEMBERS_WORD)
                    .doesNotContain(ARCHIVED_WORD);
        }
        assertThat(register.search(RegisterQuery.text("quorvantel | zindlewurt"), 0, 10)
                        .suggestion())
                .hasValue("quorvantel | " + PUBLIC_WORD);
        // The exact members-only word is as unknown as any made-up word: its own count is 0, and so are the facets.
        RegisterResult exact = register.search(RegisterQuery.text(MEMBERS_WORD), 0, 10);
        assertThat(exact.total()).isZero();
        assertThat(exact.facets().counts().values())
                .allSatisfy(c -> assertThat(c).isEmpty());
        RegisterResult open = register.search(RegisterQuery.text(PUBLIC_WORD), 0, 10);
        assertThat(open.total()).isOne();
        assertThat(open.facets().statuses().values().stream()
                        .mapToLong(Long::longValue)
                        .sum())
                .isOne();
    }

    @Test
    void membersAreOfferedMembersOnlyWordsButNeverAnArchivedOne() {
        QUser member =
                new QUser(-1L, -1L, "suggestion-member", "", "Suggestion Member", EnumSet.of(Role.MEMBER), null, true);
        assertThat(as(
                        member,
                        () -> register.search(RegisterQuery.text("quorvantel | zindlewurt"), 0, 10)
                                .suggestion()))
                .hasValue(MEMBERS_WORD + " | " + PUBLIC_WORD);
        assertThat(as(
                        member,
                        () -> register.search(RegisterQuery.text("brimblefix | zindlewurt"), 0, 10)
                                .suggestion()))
                .hasValue("brimblefix | " + PUBLIC_WORD);
        assertThat(as(
                        member,
                        () -> register.search(RegisterQuery.text("brimblefix"), 0, 10)
                                .suggestion()))
                .isEmpty();
        RegisterResult both = as(member, () -> register.search(RegisterQuery.text(PUBLIC_WORD), 0, 10));
        assertThat(both.total()).isEqualTo(2);
        assertThat(both.facets().statuses().values().stream()
                        .mapToLong(Long::longValue)
                        .sum())
                .isEqualTo(2);
    }

    private static <T> T as(QUser user, Supplier<T> work) {
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
