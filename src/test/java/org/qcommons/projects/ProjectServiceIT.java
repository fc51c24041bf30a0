package org.qcommons.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.qcommons.demo.FoundationDemoData;
import org.qcommons.security.SystemRunner;
import org.qcommons.testsupport.IntegrationTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

class ProjectServiceIT extends IntegrationTestBase {

    @Autowired
    ProjectService projects;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void topicsOfAMemberAndMembersOnTopicsFeedBuddying() {
        ProjectTestData.create(projects, "Buddytopic strokes", "Buddytopic.", Visibility.PUBLIC, "Stroke");
        SystemRunner.asSystem(() -> {
            Long member = projects.activeMemberByEmail(FoundationDemoData.MEMBER).orElseThrow().getId();
            Long stroke = projects.topicBySlug("stroke").orElseThrow().getId();
            Set<Long> topics = projects.topicIdsForMember(member);
            assertThat(topics).contains(stroke);
            List<Long> people = projects.memberIdsWorkingOnTopics(List.of(stroke));
            assertThat(people).contains(member);
            assertThat(projects.memberIdsWorkingOnTopics(List.of())).isEmpty();
        });
        assertThatThrownBy(() -> projects.topicIdsForMember(1L)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void engagementFiguresAddUp() {
        SystemRunner.asSystem(() -> {
            EngagementFigures figures = projects.engagement();
            long live = jdbc.queryForObject("select count(*) from project where archived = false", Long.class);
            assertThat(figures.regions()).hasSize(3);
            assertThat(figures.regions().stream().mapToLong(EngagementFigures.RegionFigures::projects).sum()).isEqualTo(live);
            assertThat(figures.stps().stream().mapToLong(EngagementFigures.StpFigures::projects).sum()).isEqualTo(live);
            figures.regions().forEach(r -> assertThat(r.engagedShare()).isBetween(0.01, 1.0));
        });
    }

    @Test
    void theIndexIsInStepAndCanBeRebuilt() throws Exception {
        SystemRunner.asSystem(() -> {
            assertThat(projects.indexStatus().inStep()).isTrue();
            try {
                double[] last = {0};
                projects.rebuildIndex(p -> last[0] = p).toCompletableFuture().get(2, TimeUnit.MINUTES);
                assertThat(last[0]).isEqualTo(1.0);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
            assertThat(projects.indexStatus().inStep()).isTrue();
            assertThat(projects.isRebuilding()).isFalse();
        });
    }

    @Test
    void theDemoDataHasProjectsForTheDemoMemberAndSomeMembersOnly() {
        int mine = jdbc.queryForObject("select count(*) from project p join member m on m.id = p.lead_id where m.email = ?",
                Integer.class, FoundationDemoData.MEMBER);
        assertThat(mine).isGreaterThanOrEqualTo(2);
        int membersOnly = jdbc.queryForObject("select count(*) from project where visibility = 'MEMBERS'", Integer.class);
        assertThat(membersOnly).isGreaterThanOrEqualTo(5);
        int regions = jdbc.queryForObject("select count(distinct region_id) from project", Integer.class);
        assertThat(regions).isEqualTo(3);
    }

    @Test
    void resultRowsComeFromTheIndexButShowTodaysNamesAndRespectConsent() {
        Project p = ProjectTestData.create(projects, "Rowcheck hydration rounds", "Rowcheck hydration on wards.",
                Visibility.PUBLIC, "Frailty", "Patient safety");
        Long leadId = p.getLead().getId();
        String before = jdbc.queryForObject("select full_name from member where id = ?", String.class, leadId);
        Boolean consent = jdbc.queryForObject("select directory_consent from member where id = ?", Boolean.class, leadId);
        try {
            // Plain SQL, as an erasure or a rename from another node would: no index update reaches the project.
            jdbc.update("update member set full_name = 'Renamed Rowcheck', directory_consent = true where id = ?", leadId);
            ProjectHit hit = SystemRunner.asSystem(() -> projects.search(ProjectCriteria.text("rowcheck"), 0, 5)).get(0);
            assertThat(hit.id()).isEqualTo(p.getId());
            assertThat(hit.title()).isEqualTo("Rowcheck hydration rounds");
            assertThat(hit.leadName()).isEqualTo("Renamed Rowcheck");
            assertThat(hit.topics()).containsExactly("Frailty", "Patient safety");
            assertThat(hit.regionName()).isNotBlank();
            assertThat(hit.stpName()).isNotBlank();
            assertThat(hit.status()).isEqualTo(ProjectStatus.ACTIVE);
            assertThat(hit.snippetHtml()).contains("<mark>");

            jdbc.update("update member set directory_consent = false where id = ?", leadId);
            ProjectHit open = SystemRunner.asSystem(() -> projects.searchPublic(ProjectCriteria.text("rowcheck"), 0, 5)).items().get(0);
            assertThat(open.leadName()).isEqualTo("A Q member");
        } finally {
            jdbc.update("update member set full_name = ?, directory_consent = ? where id = ?", before, consent, leadId);
        }
    }

    @Test
    void theIndexStoresWhatResultListsNeed() {
        assertThat(SystemRunner.asSystem(() -> projects.indexStoresListFields())).isTrue();
    }

    @Test
    void snippetsMarkSynonymsNearSpellingsAndEscapeMarkup() {
        ProjectTestData.create(projects, "Snipcheck renal bundle",
                "Wards <b>bold</b> & co. First sentence about nothing in particular at all. "
                        + "Early recognition of acute kidney injury on medical wards with a hydration chart.",
                Visibility.PUBLIC);
        String aki = SystemRunner.asSystem(() -> projects.search(ProjectCriteria.text("snipcheck AKI"), 0, 5)).get(0).snippetHtml();
        assertThat(aki).contains("<mark>kidney</mark>").doesNotContain("<b>");
        String typo = SystemRunner.asSystem(() -> projects.search(ProjectCriteria.text("snipcheck hydratoin"), 0, 5)).get(0).snippetHtml();
        assertThat(typo).contains("<mark>hydration</mark>");
        String markup = SystemRunner.asSystem(() -> projects.search(ProjectCriteria.text("snipcheck bold"), 0, 5)).get(0).snippetHtml();
        assertThat(markup).contains("&lt;b&gt;<mark>bold</mark>&lt;").contains("&amp;").doesNotContain("<b>");
    }
}
