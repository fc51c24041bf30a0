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

    /** The latest point's signal: what the register indexes for a project. */
    public Signal latestSignal() {
        return points.isEmpty() ? Signal.NONE : points.getLast().signal();
    }

    public Segment currentSegment() {
        return segments.isEmpty() ? null : segments.getLast();
    }
}
