package org.qcommons.insights.ui;

import static org.qcommons.insights.ui.Wording.t;

import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.LinkedHashMap;
import java.util.Map;
import org.qcommons.organisations.Region;
import org.qcommons.projects.EngagementFigures;
import org.qcommons.projects.ProjectFigures;
import org.springframework.context.annotation.Scope;
import org.springframework.core.annotation.Order;

/** Live projects per STP: where improvement work is happening. */
@SpringComponent
@Scope("prototype")
@Order(70)
public class ProjectsByStpPanel extends InsightPanel {

    private final ProjectFigures projectFigures;

    public ProjectsByStpPanel(ProjectFigures projectFigures) {
        super(t("panel.byStp"), "projects-by-stp", t("panel.byStp.empty"));
        this.projectFigures = projectFigures;
    }

    @Override
    public void update(Region region) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (EngagementFigures.StpFigures f : projectFigures.engagement().stps()) {
            if ((region == null || region.getName().equals(f.region())) && f.projects() > 0) {
                counts.put(f.stp(), f.projects());
            }
        }
        showCounts(counts, t("stp"), t("projects"), "#005eb8", true);
    }
}
