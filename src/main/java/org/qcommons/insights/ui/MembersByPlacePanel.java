package org.qcommons.insights.ui;

import com.vaadin.flow.spring.annotation.SpringComponent;
import org.qcommons.insights.InsightsService;
import org.qcommons.organisations.Region;
import org.springframework.context.annotation.Scope;
import org.springframework.core.annotation.Order;

/** Active members by region; inside a chosen region, by STP. */
@SpringComponent
@Scope("prototype")
@Order(30)
public class MembersByPlacePanel extends InsightPanel {

    private final InsightsService insights;

    public MembersByPlacePanel(InsightsService insights) {
        super("Members by region or STP", "members-by-place", "No active members here yet.");
        this.insights = insights;
    }

    @Override
    public void update(Region region) {
        showCounts(
                insights.membersByPlace(slug(region)), region == null ? "Region" : "STP", "Members", "#005eb8", false);
    }
}
