package org.qcommons.projects;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.qcommons.base.demo.DemoAccounts;
import org.qcommons.base.security.SystemRunner;
import org.qcommons.organisations.OrganisationAdministration;
import org.qcommons.organisations.OrganisationService;
import org.qcommons.organisations.Region;
import org.qcommons.organisations.Stp;
import org.qcommons.people.MemberService;
import org.qcommons.testsupport.IntegrationTestBase;
import org.springframework.beans.factory.annotation.Autowired;

/** An STP renamed into an ICS: a register search for either whole name finds the area's projects. */
class FormerAreaSearchIT extends IntegrationTestBase {

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
    void aSearchForTheFormerNameOfARenamedAreaFindsItsProjects() {
        long n = System.nanoTime();
        // A demo region: a region of its own would be a fourth region with projects for the demo-data tests.
        Region region = SystemRunner.asSystem(() -> organisations.regions()).stream()
                .filter(r -> r.getName().equals("West of England"))
                .findFirst()
                .orElseThrow();
        Stp stp = SystemRunner.asSystem(() -> admin.saveStp(null, "Wyvern Vale STP " + n, region, null));
        Project p = SystemRunner.asSystem(() -> {
            Project project = new Project(
                    "Areacheck discharge lounge " + n,
                    members.activeByEmail(DemoAccounts.MEMBER).orElseThrow());
            project.setSummary("A discharge lounge.");
            project.setStatus(ProjectStatus.ACTIVE);
            project.setStartDate(LocalDate.of(2022, 7, 1));
            project.setStp(stp);
            project.setRegion(region);
            project.setVisibility(Visibility.PUBLIC);
            return projectRecords.createFor(project);
        });

        SystemRunner.asSystem(() -> admin.saveStp(stp.getId(), "Wyvern Integrated Care System " + n, region, null));

        assertThat(ids("Wyvern Vale STP " + n)).containsExactly(p.getId());
        assertThat(ids("wyvern integrated care system " + n)).containsExactly(p.getId());
    }

    private java.util.List<Long> ids(String text) {
        return SystemRunner.asSystem(() -> register.page(RegisterQuery.text(text), 0, 5)).hits().stream()
                .map(ProjectHit::id)
                .toList();
    }
}
