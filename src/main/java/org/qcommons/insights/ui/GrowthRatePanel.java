package org.qcommons.insights.ui;

import static org.qcommons.insights.ui.Wording.t;

import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.List;
import org.qcommons.insights.InsightsService;
import org.qcommons.insights.MembershipGrowth;
import org.qcommons.organisations.Region;
import org.springframework.context.annotation.Scope;
import org.springframework.core.annotation.Order;

/** Growth over the pilot year against the national 20%: the report's case that regional groups helped. */
@SpringComponent
@Scope("prototype")
@Order(20)
public class GrowthRatePanel extends InsightPanel {

    private final InsightsService insights;

    public GrowthRatePanel(InsightsService insights) {
        super(t("panel.growthRate"), "membership-growth-rate", t("panel.growthRate.empty"));
        this.insights = insights;
    }

    @Override
    public void update(Region region) {
        List<MembershipGrowth> rows = insights.membershipGrowth(slug(region));
        boolean anyRegion = rows.stream().anyMatch(g -> !g.isNational());
        List<String> labels = rows.stream().map(MembershipGrowth::getLabel).toList();
        List<Double> values =
                rows.stream().map(g -> g.growthPercent().doubleValue()).toList();
        List<String> colours =
                rows.stream().map(g -> g.isNational() ? "#768692" : "#005eb8").toList();
        ChartSpec.Dataset bars = new ChartSpec.Dataset(
                t("panel.growthRate.measure"),
                "bar",
                values,
                "#005eb8",
                colours,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
        List<List<String>> table = rows.stream()
                .map(g -> List.of(g.getLabel(), g.growthPercent() + "%"))
                .toList();
        show(
                ChartSpec.bar(null, labels, List.of(bars), t("region"), t("panel.growthRate.measure")),
                new TableData(List.of(t("region"), t("panel.growthRate.column")), anyRegion ? table : List.of()));
    }
}
