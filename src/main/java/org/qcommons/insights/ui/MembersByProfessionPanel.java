package org.qcommons.insights.ui;

import static org.qcommons.insights.ui.Wording.t;

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
        super(t("panel.byProfession"), "members-by-profession", t("panel.byProfession.empty"));
        this.insights = insights;
    }

    @Override
    public void update(Region region) {
        showCounts(
                insights.membersByProfession(slug(region)),
                t("panel.byProfession.category"),
                t("members"),
                "#009639",
                true);
    }
}
