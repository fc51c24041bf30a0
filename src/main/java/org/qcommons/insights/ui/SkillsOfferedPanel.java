package org.qcommons.insights.ui;

import static org.qcommons.insights.ui.Wording.t;

import com.vaadin.flow.spring.annotation.SpringComponent;
import org.qcommons.insights.InsightsService;
import org.qcommons.organisations.Region;
import org.springframework.context.annotation.Scope;
import org.springframework.core.annotation.Order;

/** Skills members offer to other organisations: what the concordat exchange can draw on. */
@SpringComponent
@Scope("prototype")
@Order(50)
public class SkillsOfferedPanel extends InsightPanel {

    private final InsightsService insights;

    public SkillsOfferedPanel(InsightsService insights) {
        super(t("panel.skills"), "skills-offered", t("panel.skills.empty"));
        this.insights = insights;
    }

    @Override
    public void update(Region region) {
        showCounts(
                insights.skillsOffered(slug(region)),
                t("panel.skills.category"),
                t("panel.skills.measure"),
                "#ae2573",
                true);
    }
}
