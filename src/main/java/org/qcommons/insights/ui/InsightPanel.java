package org.qcommons.insights.ui;

import java.util.List;
import java.util.Map;
import org.qcommons.organisations.Region;

/**
 * One chart on the insights page. To add a chart from another feature, write a subclass annotated
 * {@code @SpringComponent @Scope("prototype") @Order(n)} that takes that feature's service in its constructor:
 * {@link InsightsView} picks up every such bean, in order, without being edited.
 */
public abstract class InsightPanel extends ChartPanel {

    protected InsightPanel(String title, String fileBase, String emptyText) {
        super(title, fileBase, emptyText);
    }

    /** Redraws for a region, or for every region when it is null. */
    public abstract void update(Region region);

    protected static String slug(Region region) {
        return region == null ? null : region.getSlug();
    }

    /** A single-series bar chart with its two-column table: the usual case. */
    protected void showCounts(
            Map<String, Long> counts, String category, String measure, String colour, boolean horizontal) {
        List<String> labels = List.copyOf(counts.keySet());
        List<Double> values = counts.values().stream().map(Long::doubleValue).toList();
        ChartSpec spec = ChartSpec.bar(
                null, labels, List.of(ChartSpec.Dataset.bars(measure, values, colour)), category, measure);
        List<List<String>> rows = counts.entrySet().stream()
                .map(e -> List.of(e.getKey(), String.valueOf(e.getValue())))
                .toList();
        show(horizontal ? spec.horizontally() : spec, new TableData(List.of(category, measure), rows));
    }
}
