package org.qcommons.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.qcommons.base.demo.DemoAccounts;
import org.qcommons.base.security.SystemRunner;
import org.qcommons.people.Member;
import org.qcommons.people.MemberService;
import org.qcommons.testsupport.IntegrationTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class ProjectServiceIT extends IntegrationTestBase {

    @Autowired
    ProjectRecords projectRecords;

    @Autowired
    MemberService memberService;

    @Autowired
    RegisterSearch register;

    @Autowired
    ProjectTeam projectTeam;

    @Autowired
    ProjectFigures projectFigures;

    @Autowired
    ProjectTaxonomy taxonomy;

    @Autowired
    ProjectIndex projectIndex;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @PersistenceContext
    EntityManager entityManager;

    @Autowired
    RegisterLabels labels;

    @Autowired
    MemberService members;

    @Test
    void topicsOfAMemberAndMembersOnTopicsFeedBuddying() {
        ProjectTestData.create(
                projectRecords,
                taxonomy,
                memberService,
                "Buddytopic strokes",
                "Buddytopic.",
                Visibility.PUBLIC,
                "Stroke");
        SystemRunner.asSystem(() -> {
            Long member = memberService
                    .activeByEmail(DemoAccounts.MEMBER)
                    .orElseThrow()
                    .getId();
            Long stroke = taxonomy.topicBySlug("stroke").orElseThrow().getId();
            Set<Long> topics = projectTeam.topicIdsForMember(member);
            assertThat(topics).contains(stroke);
            // Buddying shows the shared topics by name, never by id.
            assertThat(projectTeam.topicNamesForMember(member))
                    .contains(taxonomy.topicBySlug("stroke").orElseThrow().getName());
            List<Long> people = projectTeam.memberIdsWorkingOnTopics(List.of(stroke));
            assertThat(people).contains(member);
            assertThat(projectTeam.memberIdsWorkingOnTopics(List.of())).isEmpty();
        });
        assertThatThrownBy(() -> projectTeam.topicIdsForMember(1L))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void engagementFiguresAddUp() {
        SystemRunner.asSystem(() -> {
            EngagementFigures figures = projectFigures.engagement();
            long live = jdbc.queryForObject("select count(*) from project where archived = false", Long.class);
            // Other tests in this context add regions with members but no projects; the demo's three hold them all.
            assertThat(figures.regions().stream().filter(r -> r.projects() > 0)).hasSize(3);
            assertThat(figures.regions().stream()
                            .mapToLong(EngagementFigures.RegionFigures::projects)
                            .sum())
                    .isEqualTo(live);
            assertThat(figures.stps().stream()
                            .mapToLong(EngagementFigures.StpFigures::projects)
                            .sum())
                    .isEqualTo(live);
            figures.regions().stream()
                    .filter(r -> r.projects() > 0)
                    .forEach(r -> assertThat(r.engagedShare()).isBetween(0.01, 1.0));
        });
    }

    @Test
    void theIndexIsInStepAndCanBeRebuilt() throws Exception {
        SystemRunner.asSystem(() -> {
            assertThat(projectIndex.indexStatus().inStep()).isTrue();
            try {
                double[] last = {0};
                projectIndex
                        .rebuildIndex(p -> last[0] = p)
                        .toCompletableFuture()
                        .get(2, TimeUnit.MINUTES);
                assertThat(last[0]).isEqualTo(1.0);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
            assertThat(projectIndex.indexStatus().inStep()).isTrue();
            assertThat(projectIndex.isRebuilding()).isFalse();
        });
    }

    @Test
    void theDemoDataHasProjectsForTheDemoMemberAndSomeMembersOnly() {
        int mine = jdbc.queryForObject(
                "select count(*) from project p join member m on m.id = p.lead_id where m.email = ?",
                Integer.class,
                DemoAccounts.MEMBER);
        assertThat(mine).isGreaterThanOrEqualTo(2);
        int membersOnly =
                jdbc.queryForObject("select count(*) from project where visibility = 'MEMBERS'", Integer.class);
        assertThat(membersOnly).isGreaterThanOrEqualTo(5);
        int regions = jdbc.queryForObject("select count(distinct region_id) from project", Integer.class);
        assertThat(regions).isEqualTo(3);
    }

    @Test
    void resultRowsComeFromTheIndexButShowTodaysNamesAndRespectConsent() {
        Project p = ProjectTestData.create(
                projectRecords,
                taxonomy,
                memberService,
                "Rowcheck hydration rounds",
                "Rowcheck hydration on wards.",
                Visibility.PUBLIC,
                "Frailty",
                "Patient safety");
        Long leadId = p.getLead().getId();
        Member before = member(leadId);
        try {
            // A first search keeps the names in memory...
            assertThat(rowcheck().leadName()).isEqualTo(before.getFullName());
            // ...and a rename through the application, as a profile edit or an erasure makes, shows at once, although
            // nothing reindexes the project.
            changeMember(leadId, "Renamed Rowcheck", true);
            ProjectHit hit = rowcheck();
            assertThat(hit.id()).isEqualTo(p.getId());
            assertThat(hit.title()).isEqualTo("Rowcheck hydration rounds");
            assertThat(hit.leadName()).isEqualTo("Renamed Rowcheck");
            assertThat(hit.topics()).containsExactly("Frailty", "Patient safety");
            assertThat(hit.regionName()).isNotBlank();
            assertThat(hit.stpName()).isNotBlank();
            assertThat(hit.status()).isEqualTo(ProjectStatus.ACTIVE);
            assertThat(hit.snippet().isMarked()).isTrue();

            ProjectHit open = SystemRunner.asSystem(() -> register.publicPage(RegisterQuery.text("rowcheck"), 0, 5))
                    .hits()
                    .get(0);
            assertThat(open.leadName()).isEqualTo("Renamed Rowcheck");
            changeMember(leadId, "Renamed Rowcheck", false);
            open = SystemRunner.asSystem(() -> register.publicPage(RegisterQuery.text("rowcheck"), 0, 5))
                    .hits()
                    .get(0);
            assertThat(open.leadName()).isEqualTo("A Q member");
        } finally {
            changeMember(leadId, before.getFullName(), before.isDirectoryConsent());
        }
    }

    @Test
    void aNameReadInsideAWriteThatRollsBackIsNotRemembered() {
        Long id = members.saveNew(new Member("Original Rollcheck", "rollcheck-" + System.nanoTime() + "@example.org"))
                .getId();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            entityManager.find(Member.class, id).setFullName("Uncommitted Rollcheck");
            entityManager.flush();
            // The transaction sees its own change...
            assertThat(labels.leads(List.of(id)).get(id).name()).isEqualTo("Uncommitted Rollcheck");
            status.setRollbackOnly();
        });
        // ...but what it read is not kept once the change is rolled back.
        assertThat(labels.leads(List.of(id)).get(id).name()).isEqualTo("Original Rollcheck");
        changeMember(id, "Committed Rollcheck", true);
        assertThat(labels.leads(List.of(id)).get(id)).isEqualTo(new RegisterLabels.Lead("Committed Rollcheck", true));
    }

    private ProjectHit rowcheck() {
        return SystemRunner.asSystem(() ->
                        register.page(RegisterQuery.text("rowcheck"), 0, 5).hits())
                .get(0);
    }

    private Member member(Long id) {
        return new TransactionTemplate(transactions).execute(s -> entityManager.find(Member.class, id));
    }

    /** Through JPA, committed: the way every change to a member is made. */
    private void changeMember(Long id, String name, boolean consent) {
        new TransactionTemplate(transactions).executeWithoutResult(s -> {
            Member m = entityManager.find(Member.class, id);
            m.setFullName(name);
            m.setDirectoryConsent(consent);
        });
    }

    @Test
    void theIndexStoresWhatResultListsNeed() {
        assertThat(SystemRunner.asSystem(() -> projectIndex.indexStoresListFields()))
                .isTrue();
    }

    @Test
    void snippetsMarkSynonymsNearSpellingsAndEscapeMarkup() {
        ProjectTestData.create(
                projectRecords,
                taxonomy,
                memberService,
                "Snipcheck renal bundle",
                "Wards <b>bold</b> & co. First sentence about nothing in particular at all. "
                        + "Early recognition of acute kidney injury on medical wards with a hydration chart.",
                Visibility.PUBLIC);
        Snippet aki = SystemRunner.asSystem(() ->
                        register.page(RegisterQuery.text("snipcheck AKI"), 0, 5).hits())
                .get(0)
                .snippet();
        assertThat(aki.marked()).contains("kidney");
        Snippet typo = SystemRunner.asSystem(() -> register.page(RegisterQuery.text("snipcheck hydratoin"), 0, 5)
                        .hits())
                .get(0)
                .snippet();
        assertThat(typo.marked()).contains("hydration");
        Snippet markup = SystemRunner.asSystem(() -> register.page(RegisterQuery.text("snipcheck bold"), 0, 5)
                        .hits())
                .get(0)
                .snippet();
        // The stored markup is text, with only the word itself marked: it never becomes HTML.
        assertThat(markup.text()).contains("Wards <b>bold</b> & co.");
        assertThat(markup.marked()).containsExactly("bold");
    }
}
