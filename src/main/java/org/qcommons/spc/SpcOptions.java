package org.qcommons.spc;

/**
 * How a measure is charted. Run lengths for the shift and trend rules: Making Data Count uses 6 for both; some teams
 * prefer 7 or 8 to cut false alarms, so 6 to 8 is allowed. Moving-range screening is off by default, as in the MDC
 * SQL (decision 096). {@code fixAfter}, when set, freezes each baseline's limits after that many points.
 */
public record SpcOptions(
        int shiftLength,
        int trendLength,
        ChartKind chart,
        boolean screenOutliers,
        Integer fixAfter,
        ConflictRule conflictRule) {

    public static final int MIN_RUN = 6;
    public static final int MAX_RUN = 8;
    /** Limits need at least two points (one moving range); fewer cannot be frozen on. */
    public static final int MIN_FIX_AFTER = 2;

    public SpcOptions {
        check("shift", shiftLength);
        check("trend", trendLength);
        chart = chart == null ? ChartKind.XMR : chart;
        conflictRule = conflictRule == null ? ConflictRule.IMPROVEMENT : conflictRule;
        if (fixAfter != null && fixAfter < MIN_FIX_AFTER) {
            throw new IllegalArgumentException("Limits can be fixed after " + MIN_FIX_AFTER + " points or more");
        }
    }

    public SpcOptions(int shiftLength, int trendLength) {
        this(shiftLength, trendLength, ChartKind.XMR, false, null, ConflictRule.IMPROVEMENT);
    }

    public static SpcOptions defaults() {
        return new SpcOptions(6, 6);
    }

    public SpcOptions withChart(ChartKind kind) {
        return new SpcOptions(shiftLength, trendLength, kind, screenOutliers, fixAfter, conflictRule);
    }

    public SpcOptions withScreening(boolean screen) {
        return new SpcOptions(shiftLength, trendLength, chart, screen, fixAfter, conflictRule);
    }

    public SpcOptions withFixAfter(Integer points) {
        return new SpcOptions(shiftLength, trendLength, chart, screenOutliers, points, conflictRule);
    }

    public SpcOptions withConflictRule(ConflictRule rule) {
        return new SpcOptions(shiftLength, trendLength, chart, screenOutliers, fixAfter, rule);
    }

    private static void check(String rule, int length) {
        if (length < MIN_RUN || length > MAX_RUN) {
            throw new IllegalArgumentException("The " + rule + " rule needs a run length from " + MIN_RUN + " to "
                    + MAX_RUN + " points, not " + length);
        }
    }
}
