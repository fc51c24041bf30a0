package org.qcommons.insights.ui;

import com.vaadin.flow.component.Component;
import org.qcommons.insights.MeasureService;
import org.qcommons.projects.ui.ProjectPageSection;
import org.springframework.stereotype.Service;

/** Puts a project's measures and their SPC charts on the project page. */
@Service
class MeasuresOnProjectPage implements ProjectPageSection {

    private final MeasureService measures;

    MeasuresOnProjectPage(MeasureService measures) {
        this.measures = measures;
    }

    @Override
    public Component create(Long projectId, boolean viewerCanEdit) {
        return new ProjectMeasuresSection(measures, projectId, viewerCanEdit);
    }
}
