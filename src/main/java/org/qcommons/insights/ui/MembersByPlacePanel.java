package org.qcommons.insights.ui;

import static org.qcommons.insights.ui.Wording.t;

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
        super(t("panel.byPlace"), "members-by-place", t("panel.byPlace.empty"));
        this.insights = insights;
    }

    @Override
    public void update(Region region) {
        showCounts(
                insights.membersByPlace(slug(region)),
                region == null ? t("region") : t("stp"),
                t("members"),
                "#005eb8",
                false);
    }
}
