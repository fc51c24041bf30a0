package org.qcommons.projects.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qcommons.base.demo.DemoAccounts;
import org.qcommons.base.security.Role;
import org.qcommons.base.security.SystemRunner;
import org.qcommons.organisations.OrganisationAdministration;
import org.qcommons.organisations.OrganisationService;
import org.qcommons.organisations.Region;
import org.qcommons.organisations.Stp;
import org.qcommons.people.MemberService;
import org.qcommons.projects.Project;
import org.qcommons.projects.ProjectHit;
import org.qcommons.projects.ProjectRecords;
import org.qcommons.projects.ProjectStatus;
import org.qcommons.projects.RegisterQuery;
import org.qcommons.projects.RegisterSearch;
import org.qcommons.projects.Visibility;
import org.qcommons.testsupport.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Projects registered under an STP that was renamed into an ICS, and under one that was retired into it, are filed
 * under the ICS: the STP facet names the ICS with the names people knew (issue 26), and a search for a retired
 * area's name still finds the projects that moved.
 */
class AreaFacetLabelsKT extends KaribuTest {

    @Autowired
    OrganisationAdministration admin;

    @Autowired
    OrganisationService organisations;

    @Autowired
    ProjectRecords projectRecords;

    @Autowired
    MemberService members;

    @Autowired
    RegisterSearch register;

    @Test
    void theAreaFacetShowsTheCurrentNameWithTheFormerOnes() {
        long n = System.nanoTime();
        // A demo region: a region of its own would be a fourth region with projects for the demo-data tests.
        Region region = SystemRunner.asSystem(() -> organisations.regions()).stream()
                .filter(r -> r.getName().equals("West of England"))
                .findFirst()
                .orElseThrow();
        Stp ics = SystemRunner.asSystem(() -> admin.saveStp(null, "Avonvale STP " + n, region, null));
        Stp merged = SystemRunner.asSystem(() -> admin.saveStp(null, "Mendip Edge STP " + n, region, null));
        Project first = project("Facetcheck falls clinic " + n, region, ics);
        Project second = project("Facetcheck frailty hub " + n, region, merged);

        SystemRunner.asSystem(() -> admin.saveStp(ics.getId(), "Avonvale Integrated Care System " + n, region, null));
        SystemRunner.asSystem(() -> admin.retireStp(merged.getId(), ics.getId()));

        signInAs(Role.MEMBER);
        ProjectsView view = navigateTo("projects?region=" + region.getSlug(), ProjectsView.class);
        List<String[]> options = view.facets.stp.getOptions();
        assertThat(options)
                .anySatisfy(o -> assertThat(o)
                        .containsExactly(
                                String.valueOf(ics.getId()),
                                "Avonvale Integrated Care System " + n + " (formerly Avonvale STP " + n
                                        + "; Mendip Edge STP " + n + ") (2)"));
        assertThat(options).noneSatisfy(o -> assertThat(o[0]).isEqualTo(String.valueOf(merged.getId())));

        assertThat(ids("Mendip Edge STP " + n)).containsExactlyInAnyOrder(first.getId(), second.getId());
    }

    private Project project(String title, Region region, Stp stp) {
        return SystemRunner.asSystem(() -> {
            Project project = new Project(
                    title, members.activeByEmail(DemoAccounts.MEMBER).orElseThrow());
            project.setSummary("A test of the area facet.");
            project.setStatus(ProjectStatus.ACTIVE);
            project.setStartDate(LocalDate.of(2021, 4, 1));
            project.setStp(stp);
            project.setRegion(region);
            project.setVisibility(Visibility.PUBLIC);
            return projectRecords.createFor(project);
        });
    }

    private List<Long> ids(String text) {
        return SystemRunner.asSystem(() -> register.page(RegisterQuery.text(text), 0, 5)).hits().stream()
                .map(ProjectHit::id)
                .toList();
    }
}
