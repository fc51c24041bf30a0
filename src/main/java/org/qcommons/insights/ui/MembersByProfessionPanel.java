package org.qcommons.insights.ui;

import com.vaadin.flow.spring.annotation.SpringComponent;
import org.qcommons.insights.InsightsService;
import org.qcommons.organisations.Region;
import org.springframework.context.annotation.Scope;
import org.springframework.core.annotation.Order;

/** Who the members are: clinicians, managers, analysts, patients and carers. */
@SpringComponent
@Scope("prototype")
@Order(40)
public class MembersByProfessionPanel extends InsightPanel {

    private final InsightsService insights;

    public MembersByProfessionPanel(InsightsService insights) {
        super("Members by profession", "members-by-profession", "No active members here yet.");
        this.insights = insights;
    }

    @Override
    public void update(Region region) {
        showCounts(insights.membersByProfession(slug(region)), "Profession", "Members", "#009639", true);
    }
}
