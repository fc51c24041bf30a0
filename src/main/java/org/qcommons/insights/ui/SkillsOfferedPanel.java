package org.qcommons.insights.ui;

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
        super("Skills offered for exchange", "skills-offered", "No member here offers a skill yet.");
        this.insights = insights;
    }

    @Override
    public void update(Region region) {
        showCounts(insights.skillsOffered(slug(region)), "Skill", "Members offering it", "#ae2573", true);
    }
}
