package org.qcommons.insights.ui;

import static org.qcommons.insights.ui.Wording.t;

import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.ArrayList;
import java.util.List;
import org.qcommons.organisations.Region;
import org.qcommons.projects.EngagementFigures;
import org.qcommons.projects.ProjectFigures;
import org.springframework.context.annotation.Scope;
import org.springframework.core.annotation.Order;

/** The share of active members who lead or join a live project: the report's "proportion of members engaged". */
@SpringComponent
@Scope("prototype")
@Order(80)
public class MemberEngagementPanel extends InsightPanel {

    private final ProjectFigures projectFigures;

    public MemberEngagementPanel(ProjectFigures projectFigures) {
        super(t("panel.engagement"), "members-engaged", t("panel.engagement.empty"));
        this.projectFigures = projectFigures;
    }

    @Override
    public void update(Region region) {
        List<String> labels = new ArrayList<>();
        List<Double> shares = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (EngagementFigures.RegionFigures f : projectFigures.engagement().regions()) {
            if ((region != null && !region.getName().equals(f.region())) || f.activeMembers() == 0) {
                continue;
            }
            double percent = Math.round(f.engagedShare() * 1000) / 10.0;
            labels.add(f.region());
            shares.add(percent);
            rows.add(List.of(
                    f.region(),
                    String.valueOf(f.activeMembers()),
                    String.valueOf(f.engagedMembers()),
                    SpcChart.number(percent) + "%"));
        }
        ChartSpec spec = ChartSpec.bar(
                null,
                labels,
                List.of(ChartSpec.Dataset.bars(t("panel.engagement.measure"), shares, "#ae2573")),
                t("region"),
                t("panel.engagement.measure"));
        show(
                spec,
                new TableData(
                        List.of(
                                t("region"),
                                t("panel.engagement.active"),
                                t("panel.engagement.engaged"),
                                t("panel.engagement.share")),
                        rows));
    }
}
