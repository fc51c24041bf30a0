package org.qcommons.insights.ui;

import static org.qcommons.insights.ui.Wording.t;

import java.util.ArrayList;
import java.util.List;
import org.qcommons.spc.ChartKind;
import org.qcommons.spc.Segment;
import org.qcommons.spc.SpcPoint;
import org.qcommons.spc.SpcResult;

/**
 * The moving-range chart under an XmR chart: each point's distance from the one before, their mean, and the upper
 * limit at 3.267 × that mean, as the MDC SQL draws it. A range above the limit is marked, in colour and shape. A
 * ghosted point has no range, and the range after it is taken from the point before it (decision 127).
 */
public class MovingRangeChart extends ChartPanel {

    public MovingRangeChart(String title, String fileBase) {
        super(t("ranges.title", title), fileBase + "-moving-ranges", t("ranges.empty"));
    }

    public void show(SpcResult r) {
        boolean drawn = r.kind() == ChartKind.XMR && r.points().size() > 1;
        setVisible(drawn);
        if (!drawn) {
            show(
                    new ChartSpec("line", null, List.of(), List.of(), List.of(), null, null, false, false),
                    new TableData(List.of(), List.of()));
            return;
        }
        List<String> labels = new ArrayList<>();
        List<Double> ranges = new ArrayList<>();
        List<Double> means = new ArrayList<>();
        List<Double> limits = new ArrayList<>();
        List<String> colours = new ArrayList<>();
        List<String> styles = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (SpcPoint p : r.points()) {
            Segment seg = r.segments().get(p.segment());
            boolean high = p.movingRange() != null && p.movingRange() > seg.movingRangeLimit() + 1e-9;
            labels.add(SpcChart.UK_DATE.format(p.date()));
            ranges.add(p.movingRange());
            means.add(seg.meanMovingRange());
            limits.add(seg.movingRangeLimit());
            colours.add(high ? SpcChart.CONCERN : SpcChart.COMMON);
            styles.add(high ? "rectRot" : "circle");
            rows.add(List.of(
                    SpcChart.UK_DATE.format(p.date()),
                    SpcChart.number(p.movingRange()),
                    SpcChart.number(seg.meanMovingRange()),
                    SpcChart.number(seg.movingRangeLimit()),
                    p.ghosted() ? t("ranges.ghosted") : high ? t("ranges.high") : ""));
        }
        List<ChartSpec.Dataset> datasets = List.of(
                ChartSpec.Dataset.line(t("ranges.range"), ranges, SpcChart.COMMON)
                        .withPoints(styles, 3, colours),
                ChartSpec.Dataset.reference(t("ranges.mean"), means, "#212b32", null, 2),
                ChartSpec.Dataset.reference(t("ranges.limit"), limits, "#768692", List.of(6, 4), 1.5));
        show(
                new ChartSpec("line", null, labels, datasets, List.of(), t("date"), t("ranges.range"), false, false),
                new TableData(
                        List.of(t("date"), t("ranges.range"), t("ranges.mean"), t("ranges.limit"), t("ranges.note")),
                        rows));
    }
}
