package org.qcommons.insights.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.qcommons.base.security.Role;
import org.qcommons.insights.Measure;
import org.qcommons.insights.MeasureService;
import org.qcommons.people.MemberService;
import org.qcommons.projects.ProjectRecords;
import org.qcommons.projects.ProjectTaxonomy;
import org.qcommons.projects.ProjectTestData;
import org.qcommons.projects.Visibility;
import org.qcommons.spc.Direction;
import org.qcommons.testsupport.Fields;
import org.qcommons.testsupport.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

class ProjectMeasuresSectionKT extends KaribuTest {

    @Autowired
    ProjectRecords projectRecords;

    @Autowired
    ProjectTaxonomy taxonomy;

    @Autowired
    MemberService memberService;

    @Autowired
    MeasureService measures;

    @Test
    void showsOneChartPerMeasureOfTheProjectAndAddsMeasuresToIt() {
        signInAs(Role.MEMBER);
        long projectId = ProjectTestData.create(
                        projectRecords,
                        taxonomy,
                        memberService,
                        "Section project " + UUID.randomUUID(),
                        "A project for the measures section.",
                        Visibility.PUBLIC)
                .getId();
        ProjectMeasuresSection empty = new ProjectMeasuresSection(measures, projectId, false);
        UI.getCurrent().add(empty);
        assertThat(empty.charts()).isEmpty();
        assertThat(empty.add.isVisible()).isFalse();

        Measure m = new Measure();
        m.setName("Project measure " + UUID.randomUUID());
        m.setDirection(Direction.DOWN);
        m.setProjectId(projectId);
        m = measures.save(m);
        measures.addPoint(m.getId(), LocalDate.of(2024, 1, 1), 3.0);
        ProjectMeasuresSection section = new ProjectMeasuresSection(measures, projectId, true);
        UI.getCurrent().add(section);
        assertThat(section.charts()).hasSize(1);
        assertThat(section.charts().getFirst().canvas().lastJson()).contains("\"labels\":[\"01/01/2024\"]");

        _click(section.add);
        MeasureForm form = _get(MeasureForm.class);
        String name = "Added from project " + UUID.randomUUID();
        Fields.setValue(form.name, name);
        _click(form.save);
        assertThat(measures.forProject(projectId)).extracting(Measure::getName).contains(name);
    }
}
