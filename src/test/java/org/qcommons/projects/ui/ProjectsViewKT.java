package org.qcommons.projects.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qcommons.base.security.Role;
import org.qcommons.people.MemberService;
import org.qcommons.projects.Project;
import org.qcommons.projects.ProjectHit;
import org.qcommons.projects.ProjectRecords;
import org.qcommons.projects.ProjectStatus;
import org.qcommons.projects.ProjectTaxonomy;
import org.qcommons.projects.ProjectTestData;
import org.qcommons.projects.Visibility;
import org.qcommons.testsupport.Fields;
import org.qcommons.testsupport.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class ProjectsViewKT extends KaribuTest {

    private static Project hidden;
    private static Project open;

    @Autowired
    ProjectRecords projectRecords;

    @Autowired
    ProjectTaxonomy taxonomy;

    @Autowired
    MemberService memberService;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void corpus() {
        if (hidden == null) {
            hidden = ProjectTestData.create(
                    projectRecords,
                    taxonomy,
                    memberService,
                    "Members only wibblequark audit",
                    "A members-only project about wibblequark sepsis pathways.",
                    Visibility.MEMBERS,
                    "Sepsis");
            open = ProjectTestData.create(
                    projectRecords,
                    taxonomy,
                    memberService,
                    "Public wibblequark audit",
                    "A public project about wibblequark frailty.",
                    Visibility.PUBLIC,
                    "Frailty");
        }
    }

    private String location() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }

    @Test
    void anonymousVisitorsSeeOnlyPublicProjects() {
        anonymous();
        ProjectsView view = navigateTo("projects", ProjectsView.class);
        int publicLive = jdbc.queryForObject(
                "select count(*) from project where archived = false and visibility = 'PUBLIC'", Integer.class);
        assertThat(view.results.size()).isEqualTo(publicLive);
        for (int i = 0; i < view.results.size(); i++) {
            assertThat(view.results.get(i).visibility()).isEqualTo(Visibility.PUBLIC);
        }
        Fields.setValue(view.search, "wibblequark");
        view = (ProjectsView) currentView();
        assertThat(view.results.size()).isEqualTo(1);
        assertThat(view.results.get(0).title()).isEqualTo("Public wibblequark audit");
        assertThat(view.total.getText()).isEqualTo("1 project");

        UI.getCurrent().navigate("projects/" + hidden.getId());
        assertThat(currentView()).isNotInstanceOf(ProjectView.class);
        UI.getCurrent().navigate("projects/" + open.getId());
        assertThat(currentView()).isInstanceOf(ProjectView.class);
    }

    @Test
    void membersSeeMembersOnlyProjectsToo() {
        signInAs(Role.MEMBER);
        ProjectsView view = navigateTo("projects?q=wibblequark", ProjectsView.class);
        assertThat(view.results.size()).isEqualTo(2);
        int live = jdbc.queryForObject("select count(*) from project where archived = false", Integer.class);
        view = navigateTo("projects", ProjectsView.class);
        assertThat(view.results.size()).isEqualTo(live);
    }

    @Test
    void facetsCountAndFilterAndGoIntoTheUrl() {
        signInAs(Role.MEMBER);
        ProjectsView view = navigateTo("projects", ProjectsView.class);
        var sepsis = view.facets.condition.getItems().stream()
                .filter(o -> o.name().equals("Sepsis"))
                .findFirst()
                .orElseThrow();
        int sepsisProjects = jdbc.queryForObject(
                "select count(*) from project p join project_topic pt on pt.project_id = p.id "
                        + "join topic t on t.id = pt.topic_id where p.archived = false and t.slug = 'sepsis'",
                Integer.class);
        assertThat(sepsis.count()).isEqualTo(sepsisProjects);
        Fields.setValue(view.facets.condition, sepsis);
        view = (ProjectsView) currentView();
        assertThat(location()).contains("condition=sepsis");
        assertThat(view.results.size()).isEqualTo(sepsisProjects);
        for (int i = 0; i < view.results.size(); i++) {
            assertThat(view.results.get(i).topics()).contains("Sepsis");
        }
        // The chosen facet keeps showing its other values, counted without its own filter.
        assertThat(view.facets.condition.getItems().stream().count()).isGreaterThan(1);

        var active = view.facets.status.getItems().stream()
                .filter(o -> o.key() == ProjectStatus.ACTIVE)
                .findFirst();
        if (active.isPresent()) {
            Fields.setValue(view.facets.status, active.get());
            view = (ProjectsView) currentView();
            assertThat(location()).contains("condition=sepsis").contains("status=active");
            for (int i = 0; i < view.results.size(); i++) {
                ProjectHit hit = view.results.get(i);
                assertThat(hit.status()).isEqualTo(ProjectStatus.ACTIVE);
                assertThat(hit.topics()).contains("Sepsis");
            }
        }
    }

    @Test
    void theSearchIsRestoredFromTheUrl() {
        signInAs(Role.MEMBER);
        ProjectsView view =
                navigateTo("projects?q=frailty&region=west-of-england&sort=title&year=nonsense", ProjectsView.class);
        assertThat(view.search.getValue()).isEqualTo("frailty");
        assertThat(view.facets.region.getValue().urlValue()).isEqualTo("west-of-england");
        assertThat(view.sort.getValue().name()).isEqualTo("TITLE");
        assertThat(view.facets.year.getValue()).isNull();
        assertThat(view.results.size()).isPositive();
        String previous = null;
        for (int i = 0; i < view.results.size(); i++) {
            ProjectHit hit = view.results.get(i);
            assertThat(hit.regionName()).isEqualTo("West of England");
            if (previous != null) {
                assertThat(hit.title().compareToIgnoreCase(previous)).isGreaterThanOrEqualTo(0);
            }
            previous = hit.title();
        }
    }

    @Test
    void anEmptySearchExplainsAndSuggestsASpelling() {
        signInAs(Role.MEMBER);
        ProjectsView view = navigateTo("projects?q=wibblequirk%20zzzz", ProjectsView.class);
        assertThat(view.emptyState.isVisible()).isTrue();
        assertThat(view.results.isVisible()).isFalse();
        view = navigateTo("projects?q=wibblequirk", ProjectsView.class);
        assertThat(view.results.size()).isEqualTo(2);

        view = navigateTo("projects?q=fals", ProjectsView.class);
        assertThat(view.emptyState.isVisible()).isTrue();
        assertThat(view.suggestion.getText()).startsWith("Did you mean: fall");
        _click(view.suggestion);
        view = (ProjectsView) currentView();
        assertThat(view.search.getValue()).startsWith("fall");
        assertThat(view.results.size()).isPositive();
        assertThat(location()).contains("q=fall");
    }

    @Test
    void anonymousVisitorsGetNoSuggestionThatWouldRevealAMembersOnlyProject() {
        anonymous();
        ProjectsView view = navigateTo("projects?q=sepsis%20wibblequirk%20pathway", ProjectsView.class);
        assertThat(view.emptyState.isVisible()).isTrue();
        assertThat(view.emptyState.getChildren()).doesNotContain(view.suggestion);
    }

    @Test
    void theStpFacetExistsOnlyWithinAChosenRegion() {
        signInAs(Role.MEMBER);
        ProjectsView view = navigateTo("projects", ProjectsView.class);
        assertThat(view.facets.stp).isNull();
        assertThat(view.facets.getChildren())
                .noneMatch(c -> c.getId().orElse("").equals("facet-stp"));

        var west = view.facets.region.getItems().stream()
                .filter(o -> o.urlValue().equals("west-of-england"))
                .findFirst()
                .orElseThrow();
        Fields.setValue(view.facets.region, west);
        view = (ProjectsView) currentView();
        assertThat(view.facets.stp).isNotNull();
        assertThat(view.facets.stp.getParent()).contains(view.facets);
        long stpId = jdbc.queryForObject(
                "select min(s.id) from stp s join region r on r.id = s.region_id "
                        + "join project p on p.stp_id = s.id where r.slug = 'west-of-england' and p.archived = false",
                Long.class);
        var stpOption = view.facets.stp.getItems().stream()
                .filter(o -> o.key() == stpId)
                .findFirst()
                .orElseThrow();
        Fields.setValue(view.facets.stp, stpOption);
        assertThat(location()).contains("region=west-of-england").contains("stp=" + stpId);

        // Clearing the region removes the STP box and its filter.
        view = (ProjectsView) currentView();
        Fields.setValue(view.facets.region, null);
        view = (ProjectsView) currentView();
        assertThat(location()).doesNotContain("stp=").doesNotContain("region=");
        assertThat(view.facets.stp).isNull();

        // An STP on its own in a link brings its region with it.
        view = navigateTo("projects?stp=" + stpId, ProjectsView.class);
        assertThat(view.facets.region.getValue().urlValue()).isEqualTo("west-of-england");
        assertThat(view.facets.stp.getValue().key()).isEqualTo(stpId);
        assertThat(view.query().stpId()).isEqualTo(stpId);
        // An STP outside the chosen region is dropped.
        view = navigateTo("projects?region=south-west-of-england&stp=" + stpId, ProjectsView.class);
        assertThat(view.query().stpId()).isNull();
    }
}
