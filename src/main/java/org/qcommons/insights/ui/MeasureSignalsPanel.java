package org.qcommons.insights.ui;

import static org.qcommons.insights.ui.Wording.t;

import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.LinkedHashMap;
import java.util.Map;
import org.qcommons.insights.InsightsService;
import org.qcommons.organisations.Region;
import org.qcommons.spc.VariationIcon;
import org.springframework.context.annotation.Scope;
import org.springframework.core.annotation.Order;

/** How many measures show special-cause improvement or concern now, by the region of their owner. */
@SpringComponent
@Scope("prototype")
@Order(60)
public class MeasureSignalsPanel extends InsightPanel {

    private final InsightsService insights;

    public MeasureSignalsPanel(InsightsService insights) {
        super(t("panel.signals"), "measure-signals", t("panel.signals.empty"));
        this.insights = insights;
    }

    @Override
    public void update(Region region) {
        Map<String, Long> counts = new LinkedHashMap<>();
        Map<VariationIcon, Long> byIcon = insights.measuresByVariation(slug(region));
        long total = byIcon.values().stream().mapToLong(Long::longValue).sum();
        if (total > 0) {
            byIcon.forEach((icon, n) -> counts.put(icon.label(), n));
        }
        showCounts(counts, t("panel.signals.category"), t("panel.signals.measure"), "#330072", true);
    }
}
