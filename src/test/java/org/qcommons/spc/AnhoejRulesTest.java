package org.qcommons.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The run chart's Anhøj rules against qicharts2 (decision 120). Sources:
 * <ul>
 *   <li>QIC = github anhoej/qicharts2 at 1b9487e: R/helper.functions.R {@code runs.analysis} and {@code crsignal}
 *       (the formulas), and the rendered vignette docs/articles/qicharts2.html (its printed summary and Appendix 2,
 *       "Critical values for longest run and number of crossings");
 *   <li>Anhøj J, Olesen AV (2014), "Run charts revisited", PLoS ONE 9(11): e113825, the rules the package implements.
 * </ul>
 * qicharts2's own testthat references are binary .rds summaries of u and p charts, which this engine does not draw,
 * so the published figures used here are the vignette's.
 */
class AnhoejRulesTest {

    /** QIC vignette, Appendix 2: n, upper limit for the longest run, lower limit for the number of crossings. */
    private static final String APPENDIX_2 = "10 6 2 11 6 2 12 7 3 13 7 3 14 7 4 15 7 4 16 7 4 17 7 5"
            + " "
            + "18 7 5 19 7 6 20 7 6 21 7 6 22 7 7 23 8 7 24 8 8 25 8 8"
            + " "
            + "26 8 8 27 8 9 28 8 9 29 8 10 30 8 10 31 8 11 32 8 11 33 8 11"
            + " "
            + "34 8 12 35 8 12 36 8 13 37 8 13 38 8 14 39 8 14 40 8 14 41 8 15"
            + " "
            + "42 8 15 43 8 16 44 8 16 45 8 17 46 9 17 47 9 17 48 9 18 49 9 18"
            + " "
            + "50 9 19 51 9 19 52 9 20 53 9 20 54 9 21 55 9 21 56 9 21 57 9 22"
            + " "
            + "58 9 22 59 9 23 60 9 23 61 9 24 62 9 24 63 9 25 64 9 25 65 9 25"
            + " "
            + "66 9 26 67 9 26 68 9 27 69 9 27 70 9 28 71 9 28 72 9 29 73 9 29"
            + " "
            + "74 9 29 75 9 30 76 9 30 77 9 31 78 9 31 79 9 32 80 9 32 81 9 33"
            + " "
            + "82 9 33 83 9 34 84 9 34 85 9 34 86 9 35 87 9 35 88 9 36 89 9 36"
            + " "
            + "90 9 37 91 10 37 92 10 38 93 10 38 94 10 39 95 10 39 96 10 39 97 10 40"
            + " "
            + "98 10 40 99 10 41 100 10 41";

    @Test
    void qicCriticalValuesForTenToAHundredUsefulPointsMatchAppendix2() {
        int[] t = Arrays.stream(APPENDIX_2.trim().split("\\s+"))
                .mapToInt(Integer::parseInt)
                .toArray();
        assertThat(t).hasSize(91 * 3);
        for (int row = 0; row < t.length; row += 3) {
            int n = t[row];
            assertThat(RunsAnalysis.longestRunLimit(n))
                    .as("longest run limit, n = %d", n)
                    .isEqualTo(t[row + 1]);
            assertThat(RunsAnalysis.crossingsLimit(n))
                    .as("crossings limit, n = %d", n)
                    .isEqualTo(t[row + 2]);
        }
    }

    @Test
    void qicVignetteTwentyFourPointsNeedMoreThanEightInARunOrFewerThanEightCrossings() {
        // QIC vignette: "round(log2(24) + 3) = 8" and "qbinom(0.05, 24 - 1, 0.5) = 8".
        assertThat(RunsAnalysis.longestRunLimit(24)).isEqualTo(8);
        assertThat(RunsAnalysis.crossingsLimit(24)).isEqualTo(8);
    }

    @Test
    void qicVignetteSummaryLongestRunThirteenAndFourCrossingsIsASignal() {
        // QIC vignette, summary(qic(y, chart = 'i')): n.obs 24, n.useful 24, longest.run 13, longest.run.max 8,
        // n.crossings 4, n.crossings.min 8, runs.signal 1. The vignette's y comes from R's rnorm, so the runs are
        // rebuilt with the same statistics: five runs of 3, 2, 3, 3 and 13 points.
        RunsAnalysis r = RunsAnalysis.of(sides("LLLHHLLLHHHLLLLLLLLLLLLL"));
        assertThat(r).isEqualTo(new RunsAnalysis(24, 24, 13, 8, 4, 8, true));
        assertThat(r.longRunSignal()).isTrue();
        assertThat(r.fewCrossingsSignal()).isTrue();
    }

    @Test
    void qicPointsOnTheCentreLineNeitherBreakNorContributeToARun() {
        // QIC runs.analysis: runs <- runs[runs != 0]; n.useful counts what is left. 0 = on the centre line.
        RunsAnalysis r = RunsAnalysis.of(sides("LL0LHH00HL0LHLHLHLHLH"));
        assertThat(r.observations()).isEqualTo(21);
        assertThat(r.useful()).isEqualTo(17);
        // The point on the line inside "LL0L" leaves one run of three.
        assertThat(r.longestRun()).isEqualTo(3);
        assertThat(r.crossings()).isEqualTo(11);
        assertThat(r.longestRunLimit()).isEqualTo(7);
        assertThat(r.crossingsLimit()).isEqualTo(5);
        assertThat(r.signal()).isFalse();
    }

    @Test
    void qicAllPointsOnTheCentreLineGiveNoSignal() {
        // QIC runs.analysis: with no useful points the limits are NA and runs.signal is FALSE.
        RunsAnalysis r = RunsAnalysis.of(sides("0000"));
        assertThat(r.useful()).isZero();
        assertThat(r.signal()).isFalse();
    }

    @Test
    void qicFewCrossingsAloneIsASignal() {
        // 30 useful points, runs of 7, 8, 7, 8: longest 8 is within round(log2(30)) + 3 = 8, but 3 crossings is
        // fewer than qbinom(0.05, 29, 0.5) = 10 (Appendix 2, n = 30).
        RunsAnalysis r = RunsAnalysis.of(sides("LLLLLLLHHHHHHHHLLLLLLLHHHHHHHH"));
        assertThat(r.longRunSignal()).isFalse();
        assertThat(r.fewCrossingsSignal()).isTrue();
        assertThat(r.signal()).isTrue();
    }

    @Test
    void aRunChartWithAnhoejRulesFindsRandomVariationInPlotthedotsSeries() {
        // NHSRplotthedots' set.seed(123); rnorm(20) (tests/testthat/_snaps/ptd_spc_standard.md). Median 0.11998523
        // (mean of 0.11068272 and 0.12928774); sides LLHLHHHLLLHHHLLHHLHL: 11 runs, 10 crossings, longest 3.
        // Limits for n = 20 from Appendix 2: 7 and 6, so no signal.
        SpcResult r = analyse(SpcConformanceTest.RNORM_123);
        assertThat(r.kind()).isEqualTo(ChartKind.RUN_ANHOEJ);
        assertThat(r.currentSegment().centre()).isCloseTo(0.11998523, within(1e-8));
        assertThat(r.runs()).isEqualTo(new RunsAnalysis(20, 20, 3, 7, 10, 6, false));
        assertThat(r.points()).noneMatch(SpcPoint::isSpecialCause);
        assertThat(r.variation()).isEqualTo(VariationIcon.COMMON_CAUSE);
        assertThat(r.notes()).anyMatch(n -> n.contains("random variation only"));
    }

    @Test
    void aShiftShowsAsALongRunWhosePointsCarryTheSignal() {
        // 10 points at 1..2, then 10 at 5..6: median 3.5, one crossing (limit 6) and a longest run of 10 (limit 7).
        // qicharts2 marks only the centre line; the engine also marks the long runs' points so that the register's
        // improvement facet can read the latest point (decision 120).
        double[] v = {1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 5, 6, 5, 6, 5, 6, 5, 6, 5, 6};
        SpcResult r = analyse(v);
        assertThat(r.runs()).isEqualTo(new RunsAnalysis(20, 20, 10, 7, 1, 6, true));
        assertThat(r.points()).allSatisfy(p -> assertThat(p.ruleSet()).containsExactly(SpcRule.LONG_RUN));
        assertThat(r.points().getFirst().signal()).isEqualTo(Signal.CONCERN);
        assertThat(r.latestSignal()).isEqualTo(Signal.IMPROVEMENT);
        assertThat(r.variation()).isEqualTo(VariationIcon.IMPROVEMENT);
        assertThat(r.assurance()).isEqualTo(AssuranceIcon.NONE);
        assertThat(r.notes()).anyMatch(n -> n.contains("longest run 10 (more than 7"));
    }

    @Test
    void anhoejRulesReplaceMdcsRulesOnTheRunChart() {
        // Seven rising points (1 to 8) are an MDC trend on the MDC run chart, but not an Anhøj signal: median 5,
        // sides HLHLLLLHHHLHLH, longest run 4 and 8 crossings against limits 7 and 4 for 14 points (Appendix 2).
        double[] v = {9, 1, 9, 1, 2, 3, 4, 6, 7, 8, 1, 9, 1, 9};
        SpcResult r = analyse(v);
        assertThat(r.runs().signal()).isFalse();
        assertThat(r.points()).noneMatch(SpcPoint::isSpecialCause);
        SpcResult mdcRun = SpcCalculator.analyse(
                monthly(v),
                Direction.UP,
                (Double) null,
                List.of(),
                SpcOptions.defaults().withChart(ChartKind.RUN));
        assertThat(mdcRun.runs()).isNull();
        assertThat(mdcRun.points()).anyMatch(p -> p.ruleSet().contains(SpcRule.TREND));
    }

    private static SpcResult analyse(double[] v) {
        return SpcCalculator.analyse(
                monthly(v),
                Direction.UP,
                (Double) null,
                List.of(),
                SpcOptions.defaults().withChart(ChartKind.RUN_ANHOEJ));
    }

    private static List<Observation> monthly(double[] v) {
        List<Observation> list = new ArrayList<>();
        IntStream.range(0, v.length)
                .forEach(i -> list.add(new Observation(LocalDate.of(2024, 1, 1).plusMonths(i), v[i])));
        return list;
    }

    private static Side[] sides(String pattern) {
        return pattern.chars()
                .mapToObj(c -> c == 'H' ? Side.HIGH : c == 'L' ? Side.LOW : null)
                .toArray(Side[]::new);
    }
}
