package org.qcommons.insights.ui;

import static org.qcommons.insights.ui.Wording.t;

import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.ArrayList;
import java.util.List;
import org.qcommons.insights.InsightsService;
import org.qcommons.insights.MembershipGrowth;
import org.qcommons.organisations.Region;
import org.springframework.context.annotation.Scope;
import org.springframework.core.annotation.Order;

/** Members in each pilot region at the founding cohort, before and after the pilot (the report's table). */
@SpringComponent
@Scope("prototype")
@Order(10)
public class MembershipGrowthPanel extends InsightPanel {

    static final List<String> STAGES =
            List.of(t("panel.growth.founding"), t("panel.growth.before"), t("panel.growth.after"));
    private static final List<String> COLOURS = List.of("#005eb8", "#009639", "#ae2573", "#ed8b00", "#330072");
    private final InsightsService insights;

    public MembershipGrowthPanel(InsightsService insights) {
        super(t("panel.growth"), "membership-growth", t("panel.growth.empty"));
        this.insights = insights;
    }

    @Override
    public void update(Region region) {
        List<MembershipGrowth> rows = insights.membershipGrowth(slug(region)).stream()
                .filter(g -> !g.isNational())
                .toList();
        List<ChartSpec.Dataset> datasets = new ArrayList<>();
        List<List<String>> table = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            MembershipGrowth g = rows.get(i);
            datasets.add(ChartSpec.Dataset.line(
                    g.getLabel(),
                    List.of(
                            g.getFoundingCohort().doubleValue(),
                            g.getBeforePilot().doubleValue(),
                            g.getAfterPilot().doubleValue()),
                    COLOURS.get(i % COLOURS.size())));
            table.add(List.of(
                    g.getLabel(),
                    String.valueOf(g.getFoundingCohort()),
                    String.valueOf(g.getBeforePilot()),
                    String.valueOf(g.getAfterPilot())));
        }
        show(
                ChartSpec.line(null, STAGES, datasets, t("panel.growth.stage"), t("members")),
                new TableData(List.of(t("region"), STAGES.get(0), STAGES.get(1), STAGES.get(2)), table));
    }
}
