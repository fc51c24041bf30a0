package org.qcommons.spc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The centre line and limits of one baseline, for each chart type, as the MDC SQL computes them. */
final class SpcLines {

    private static final double TWO_SIGMA = SpcCalculator.LIMIT_FACTOR * 2 / 3;

    private SpcLines() {}

    static Segment segment(
            ChartKind kind, int index, List<Observation> series, double[] v, int from, int to, SpcOptions o) {
        int size = to - from;
        int limitPoints = o.fixAfter() == null ? size : Math.min(size, o.fixAfter());
        int limitEnd = from + limitPoints;
        return switch (kind) {
            case RUN, RUN_ANHOEJ -> {
                double median = SpcCalculator.median(Arrays.copyOfRange(v, from, to));
                yield new Segment(
                        index,
                        series.get(from).date(),
                        series.get(to - 1).date(),
                        size,
                        median,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        size);
            }
            case XMR -> {
                double mean = mean(v, from, limitEnd);
                double mrAll = meanMovingRange(v, from, limitEnd, false);
                double mr = o.screenOutliers() ? meanMovingRange(v, from, limitEnd, true) : mrAll;
                yield new Segment(
                        index,
                        series.get(from).date(),
                        series.get(to - 1).date(),
                        size,
                        mean,
                        mrAll,
                        mean + SpcCalculator.LIMIT_FACTOR * mr,
                        mean - SpcCalculator.LIMIT_FACTOR * mr,
                        mean + TWO_SIGMA * mr,
                        mean - TWO_SIGMA * mr,
                        SpcCalculator.MR_LIMIT_FACTOR * mrAll,
                        limitPoints);
            }
            case T -> {
                double[] t = new double[v.length];
                for (int i = from; i < limitEnd; i++) {
                    t[i] = Math.pow(v[i], 1 / SpcCalculator.T_POWER);
                }
                double mean = mean(t, from, limitEnd);
                double mr = meanMovingRange(t, from, limitEnd, o.screenOutliers());
                yield new Segment(
                        index,
                        series.get(from).date(),
                        series.get(to - 1).date(),
                        size,
                        back(mean),
                        null,
                        back(mean + SpcCalculator.LIMIT_FACTOR * mr),
                        backOrNull(mean - SpcCalculator.LIMIT_FACTOR * mr),
                        back(mean + TWO_SIGMA * mr),
                        backOrNull(mean - TWO_SIGMA * mr),
                        null,
                        limitPoints);
            }
            case G -> {
                double mean = mean(v, from, limitEnd);
                // Geometric limits: the MDC SQL draws only the upper one, and no 2-sigma lines.
                double upper = mean + 3 * Math.sqrt(mean * (mean + 1));
                yield new Segment(
                        index,
                        series.get(from).date(),
                        series.get(to - 1).date(),
                        size,
                        mean * SpcCalculator.G_CENTRE_FACTOR,
                        null,
                        upper,
                        null,
                        null,
                        null,
                        null,
                        limitPoints);
            }
        };
    }

    static List<String> notes(ChartKind kind, int n, SpcOptions o) {
        List<String> notes = new ArrayList<>();
        if (!kind.runChart() && n < SpcCalculator.MIN_POINTS_FOR_SPECIAL_CAUSE) {
            notes.add(n + " point" + (n == 1 ? "" : "s") + " so far: as in Making Data Count, the mean and trial "
                    + "limits are drawn, and special cause and the icons appear from "
                    + SpcCalculator.MIN_POINTS_FOR_SPECIAL_CAUSE + " points.");
        }
        if (kind == ChartKind.T) {
            notes.add("Each point is the number of days since the event before it; longer gaps between "
                    + "adverse events are usually better.");
        }
        if (kind == ChartKind.G) {
            notes.add("Each point is the number of cases between events. The centre line is 0.693 × the mean "
                    + "(about the median), with an upper limit only.");
        }
        if (o.fixAfter() != null) {
            notes.add("Limits are fixed after the first " + o.fixAfter() + " points of each baseline.");
        }
        if (o.screenOutliers()) {
            notes.add("Moving ranges above " + SpcCalculator.MR_LIMIT_FACTOR
                    + " × their mean are left out of the limits.");
        }
        return notes;
    }

    private static double back(double transformed) {
        return Math.pow(Math.max(0, transformed), SpcCalculator.T_POWER);
    }

    private static Double backOrNull(double transformed) {
        return transformed >= 0 ? Math.pow(transformed, SpcCalculator.T_POWER) : null;
    }

    private static double mean(double[] v, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += v[i];
        }
        return sum / (to - from);
    }

    /**
     * Mean of the moving ranges inside [from, to). Screening leaves out ranges above 3.267 × their mean, as
     * NHSRplotthedots' screen_outliers and the MDC SQL's @ExcludeMovingRangeOutliers do.
     */
    static double meanMovingRange(double[] v, int from, int to, boolean screen) {
        if (to - from < 2) {
            return 0;
        }
        double sum = 0;
        for (int i = from + 1; i < to; i++) {
            sum += Math.abs(v[i] - v[i - 1]);
        }
        double mean = sum / (to - from - 1);
        if (!screen) {
            return mean;
        }
        double kept = 0;
        int count = 0;
        for (int i = from + 1; i < to; i++) {
            double mr = Math.abs(v[i] - v[i - 1]);
            if (mr <= SpcCalculator.MR_LIMIT_FACTOR * mean) {
                kept += mr;
                count++;
            }
        }
        return count == 0 ? mean : kept / count;
    }
}
