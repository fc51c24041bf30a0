package org.qcommons.projects.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qcommons.base.security.Role;
import org.qcommons.projects.ProjectHit;
import org.qcommons.projects.ProjectRecords;
import org.qcommons.spc.Signal;
import org.qcommons.testsupport.Fields;
import org.qcommons.testsupport.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The register's "SPC signal" facet, fed by the insights feature's measures (demo: the sepsis ED project). */
class ProjectsSignalFacetKT extends KaribuTest {

    @Autowired
    ProjectRecords projectRecords;

    @Autowired
    JdbcTemplate jdbc;

    private static List<ProjectHit> hits(ProjectsView view) {
        List<ProjectHit> out = new ArrayList<>();
        for (int i = 0; i < view.results.size(); i++) {
            out.add(view.results.get(i));
        }
        return out;
    }

    @Test
    void membersFilterOnSpecialCauseImprovementTogetherWithOtherFacets() {
        signInAs(Role.MEMBER);
        ProjectsView view = navigateTo("projects?signal=improvement&condition=sepsis", ProjectsView.class);
        assertThat(view.facets.signal).isNotNull();
        assertThat(view.facets.signal.getValue().key()).isEqualTo(Signal.IMPROVEMENT);
        List<ProjectHit> hits = hits(view);
        assertThat(hits).extracting(ProjectHit::title).contains("Sepsis screening in the emergency department");
        assertThat(hits)
                .allSatisfy(h -> assertThat(
                                projectRecords.project(h.id()).orElseThrow().getSpcSignal())
                        .isEqualTo(Signal.IMPROVEMENT));
        int improving = jdbc.queryForObject(
                "select count(*) from project where archived = false " + "and spc_signal = 'IMPROVEMENT'",
                Integer.class);
        assertThat(hits.size()).isLessThanOrEqualTo(improving);

        Fields.setValue(view.facets.signal, null);
        view = (ProjectsView) currentView();
        assertThat(view.results.size()).isGreaterThan(hits.size());
    }

    @Test
    void anonymousVisitorsNeitherSeeNorUseTheSignalFacet() {
        anonymous();
        ProjectsView view = navigateTo("projects?signal=concern", ProjectsView.class);
        assertThat(view.facets.signal).isNull();
        assertThat(view.query().signal()).isNull();
        int publicLive = jdbc.queryForObject(
                "select count(*) from project where archived = false and visibility = 'PUBLIC'", Integer.class);
        assertThat(view.results.size()).isEqualTo(publicLive);
    }
}
