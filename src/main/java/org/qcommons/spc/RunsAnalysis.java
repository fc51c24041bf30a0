package org.qcommons.spc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Anhøj rules for a run chart (Anhøj and Olesen 2014, as qicharts2's {@code runs.analysis} computes them;
 * decision 120). Points on the median neither break nor contribute to a run, so only the {@code useful} points
 * count. A run longer than {@code round(log2(useful)) + 3}, or fewer crossings of the median than
 * {@code qbinom(0.05, useful - 1, 0.5)}, signals non-random variation.
 */
public record RunsAnalysis(
        int observations,
        int useful,
        int longestRun,
        int longestRunLimit,
        int crossings,
        int crossingsLimit,
        boolean signal) {

    /** The lower prediction limit for crossings: qbinom's 5% quantile. */
    static final double CROSSINGS_QUANTILE = 0.05;

    public boolean longRunSignal() {
        return useful > 0 && longestRun > longestRunLimit;
    }

    public boolean fewCrossingsSignal() {
        return useful > 0 && crossings < crossingsLimit;
    }

    /** Runs analysis from each point's side of the median (null for a point on it). */
    static RunsAnalysis of(Side[] sides) {
        int useful = 0;
        int runs = 0;
        int longest = 0;
        int current = 0;
        Side last = null;
        for (Side s : sides) {
            if (s == null) {
                continue;
            }
            useful++;
            if (s == last) {
                current++;
            } else {
                runs++;
                current = 1;
                last = s;
            }
            longest = Math.max(longest, current);
        }
        if (useful == 0) {
            return new RunsAnalysis(sides.length, 0, 0, 0, 0, 0, false);
        }
        int crossings = Math.max(runs - 1, 0);
        int longestLimit = longestRunLimit(useful);
        int crossingsLimit = crossingsLimit(useful);
        return new RunsAnalysis(
                sides.length,
                useful,
                longest,
                longestLimit,
                crossings,
                crossingsLimit,
                longest > longestLimit || crossings < crossingsLimit);
    }

    /**
     * Marks each point of a run longer than the limit with the side it lies on. Points on the median are skipped,
     * so they are left unmarked and do not split the run.
     */
    static void markLongRuns(Side[] sides, int limit, List<Map<SpcRule, Side>> rules) {
        List<Integer> run = new ArrayList<>();
        Side runSide = null;
        for (int i = 0; i <= sides.length; i++) {
            Side s = i < sides.length ? sides[i] : null;
            if (i < sides.length && s == null) {
                continue;
            }
            if (s != runSide) {
                if (run.size() > limit) {
                    for (int j : run) {
                        rules.get(j).put(SpcRule.LONG_RUN, runSide);
                    }
                }
                run.clear();
                runSide = s;
            }
            run.add(i);
        }
    }

    /** Schilling 2012, as qicharts2: {@code round(log2(n)) + 3}. log2(n) is never exactly x.5 for whole n. */
    public static int longestRunLimit(int useful) {
        return (int) Math.round(Math.log(useful) / Math.log(2)) + 3;
    }

    /**
     * Chen 2010, as qicharts2: {@code qbinom(0.05, n - 1, 0.5)}, the smallest k whose cumulative binomial
     * probability reaches 5%. Summed in logs so that long series do not underflow; R's qbinom allows the same
     * relative fuzz (64 × machine epsilon) on the comparison.
     */
    public static int crossingsLimit(int useful) {
        int trials = Math.max(useful - 1, 0);
        double target = CROSSINGS_QUANTILE * (1 - 64 * Math.ulp(1.0));
        double logPmf = trials * Math.log(0.5);
        double cumulative = 0;
        for (int k = 0; k <= trials; k++) {
            cumulative += Math.exp(logPmf);
            if (cumulative >= target) {
                return k;
            }
            logPmf += Math.log((double) (trials - k) / (k + 1));
        }
        return trials;
    }
}
