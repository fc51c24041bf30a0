package org.qcommons.spc;

import java.util.List;
import java.util.Map;

/** The four special-cause rules, each marking the points that break it with the side they point to. */
final class SpcRules {

    private SpcRules() {}

    private static double tolerance(double reference) {
        return 1e-9 * Math.max(1, Math.abs(reference));
    }

    /** Side of a line, or null when the value is on it (within rounding of the arithmetic). */
    static Side side(double value, double line) {
        double eps = tolerance(line);
        if (value > line + eps) {
            return Side.HIGH;
        }
        if (value < line - eps) {
            return Side.LOW;
        }
        return null;
    }

    static void beyondLimits(double[] v, int from, int to, Segment seg, List<Map<SpcRule, Side>> rules) {
        for (int i = from; i < to; i++) {
            if (beyond(v[i], seg) != null) {
                rules.get(i).put(SpcRule.BEYOND_LIMIT, beyond(v[i], seg));
            }
        }
    }

    private static Side beyond(double value, Segment seg) {
        if (seg.upperLimit() != null && side(value, seg.upperLimit()) == Side.HIGH) {
            return Side.HIGH;
        }
        if (seg.lowerLimit() != null && side(value, seg.lowerLimit()) == Side.LOW) {
            return Side.LOW;
        }
        return null;
    }

    /**
     * Two or three of any three consecutive points between the 2-sigma line and the limit on one side, with all three
     * on that side of the mean. A point beyond the limit does not count towards it (NHSRplotthedots, the MDC
     * checklist and the MDC SQL v2.4 text agree; decision 096), though it may be the third point on that side.
     */
    static void twoOfThree(double[] v, int from, int to, Segment seg, List<Map<SpcRule, Side>> rules) {
        if (seg.upperTwoSigma() == null) {
            return;
        }
        for (int start = from; start + 3 <= to; start++) {
            window(v, start, seg, seg.upperTwoSigma(), Side.HIGH, rules);
            if (seg.lowerTwoSigma() != null) {
                window(v, start, seg, seg.lowerTwoSigma(), Side.LOW, rules);
            }
        }
    }

    private static boolean nearLimit(double value, Segment seg, double twoSigma, Side towards) {
        return side(value, twoSigma) == towards && beyond(value, seg) == null;
    }

    private static void window(
            double[] v, int start, Segment seg, double twoSigma, Side towards, List<Map<SpcRule, Side>> rules) {
        int near = 0;
        for (int i = start; i < start + 3; i++) {
            if (side(v[i], seg.centre()) != towards) {
                return;
            }
            if (nearLimit(v[i], seg, twoSigma, towards)) {
                near++;
            }
        }
        if (near < 2) {
            return;
        }
        for (int i = start; i < start + 3; i++) {
            if (nearLimit(v[i], seg, twoSigma, towards)) {
                rules.get(i).put(SpcRule.TWO_OF_THREE, towards);
            }
        }
    }

    /** Runs of points strictly on one side of the centre; a point on the centre line ends a run. */
    static void shifts(double[] v, int from, int to, double centre, int length, List<Map<SpcRule, Side>> rules) {
        int runStart = from;
        Side runSide = null;
        for (int i = from; i <= to; i++) {
            Side s = i < to ? side(v[i], centre) : null;
            if (i == to || s == null || s != runSide) {
                if (runSide != null && i - runStart >= length) {
                    for (int j = runStart; j < i; j++) {
                        rules.get(j).put(SpcRule.SHIFT, runSide);
                    }
                }
                runStart = i;
                runSide = s;
            }
        }
    }

    /** Runs of points each strictly above (or below) the one before; equal neighbours end a run. */
    static void trends(double[] v, int from, int to, int length, List<Map<SpcRule, Side>> rules) {
        int runStart = from;
        Side runSide = null;
        for (int i = from + 1; i <= to; i++) {
            Side step = i < to ? side(v[i], v[i - 1]) : null;
            if (step == null || step != runSide) {
                if (runSide != null && i - runStart >= length) {
                    for (int j = runStart; j < i; j++) {
                        rules.get(j).put(SpcRule.TREND, runSide);
                    }
                }
                runStart = i - 1;
                runSide = step;
            }
        }
    }
}
