package org.qcommons.spc;

import java.util.List;

/**
 * The analysed series: every point with its lines and signals, the baselines, the two summary icons, notes that
 * explain the chart and Making Data Count's warnings. {@code runs} is the
 * Anhøj runs analysis of a {@link ChartKind#RUN_ANHOEJ} chart, null for every other chart. {@code target} is the target in force at the latest point.
 */
public record SpcResult(
        ChartKind kind,
        Direction direction,
        Double target,
        List<SpcPoint> points,
        List<Segment> segments,
        VariationIcon variation,
        AssuranceIcon assurance,
        List<String> notes,
        List<SpcWarning> warnings,
        RunsAnalysis runs) {

    /**
     * The latest counted point's signal: what the register indexes for a project. A ghosted point is passed over, as
     * the MDC SQL's icons use the last non-ghosted point.
     */
    public Signal latestSignal() {
        return points.reversed().stream()
                .filter(p -> !p.ghosted())
                .findFirst()
                .map(SpcPoint::signal)
                .orElse(Signal.NONE);
    }

    /** How many points are ghosted: drawn, but left out of the calculations. */
    public long ghostedCount() {
        return points.stream().filter(SpcPoint::ghosted).count();
    }

    public Segment currentSegment() {
        return segments.isEmpty() ? null : segments.getLast();
    }
}
