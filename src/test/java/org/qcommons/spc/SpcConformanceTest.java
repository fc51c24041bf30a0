package org.qcommons.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The engine against the published references (decision 096). Each test names its source:
 * <ul>
 *   <li>R = github nhs-r-community/NHSRplotthedots at 050b07d, a file under tests/testthat/ and its test_that case;
 *   <li>SQL = NHS England Making Data Count "SPC Charts SQL Query" v2.4 (the stored copy; v2.6 was not available
 *       here), by its step.
 * </ul>
 * Where the references disagree the test says which one the engine follows. Expected values are the references'
 * own (R's snapshots) or their formulas worked by hand in the comments, never this engine's output.
 */
class SpcConformanceTest {

    private static final LocalDate R_START = LocalDate.of(2020, 1, 2);
    private static final LocalDate MONTH_START = LocalDate.of(2024, 1, 1);
    /** R: set.seed(123); rnorm(20), as printed in tests/testthat/_snaps/ptd_spc_standard.md. */
    static final double[] RNORM_123 = {
        -0.56047565,
        -0.23017749,
        1.55870831,
        0.07050839,
        0.12928774,
        1.71506499,
        0.46091621,
        -1.26506123,
        -0.68685285,
        -0.44566197,
        1.22408180,
        0.35981383,
        0.40077145,
        0.11068272,
        -0.55584113,
        1.78691314,
        0.49785048,
        -1.96661716,
        0.70135590,
        -0.47279141
    };
    /** NHSRplotthedots' rules use runs of seven (ptd_seven_point_one_side_mean, ptd_seven_point_trend). */
    private static final SpcOptions SEVENS = new SpcOptions(7, 7);

    static List<Observation> daily(double... values) {
        List<Observation> list = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            list.add(new Observation(R_START.plusDays(i), values[i]));
        }
        return list;
    }

    static List<Observation> monthly(double... values) {
        List<Observation> list = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            list.add(new Observation(MONTH_START.plusMonths(i), values[i]));
        }
        return list;
    }

    static SpcResult analyse(double[] v, SpcOptions options) {
        return SpcCalculator.analyse(monthly(v), Direction.UP, (Double) null, List.of(), options);
    }

    static double[] concat(double[]... parts) {
        return Arrays.stream(parts).flatMapToDouble(Arrays::stream).toArray();
    }

    static double[] repeat(int times, double... values) {
        return IntStream.range(0, times)
                .mapToObj(i -> values)
                .flatMapToDouble(Arrays::stream)
                .toArray();
    }

    /** Indexes of points broken by one rule. */
    static List<Integer> broken(SpcResult r, SpcRule rule) {
        return IntStream.range(0, r.points().size())
                .filter(i -> r.points().get(i).rules().containsKey(rule))
                .boxed()
                .toList();
    }

    // ---- Limits and moving-range screening

    @Test
    void rSpcStandardExpectedValuesWithScreening() {
        // R test-ptd_spc_standard.R, "it returns expected values", r1: screen_outliers = TRUE, no outlier.
        SpcResult r = SpcCalculator.analyse(
                daily(RNORM_123),
                Direction.UP,
                (Double) null,
                List.of(),
                SpcOptions.defaults().withScreening(true));
        assertThat(r.currentSegment().centre()).isCloseTo(0.1416238, within(1e-7));
        assertThat(r.currentSegment().lowerLimit()).isCloseTo(-3.01138, within(1e-5));
        assertThat(r.currentSegment().upperLimit()).isCloseTo(3.294627, within(1e-6));
    }

    @Test
    void rSpcStandardAnOutlierIsScreenedOutOfTheLimitsButNotTheMean() {
        // R test-ptd_spc_standard.R, "it returns expected values", r2 and r3: y[15] <- 10 (index 14 here).
        double[] y = RNORM_123.clone();
        y[14] = 10;
        SpcResult screened = SpcCalculator.analyse(
                daily(y),
                Direction.UP,
                (Double) null,
                List.of(),
                SpcOptions.defaults().withScreening(true));
        assertThat(screened.currentSegment().centre()).isCloseTo(0.6694159, within(1e-7));
        assertThat(screened.currentSegment().lowerLimit()).isCloseTo(-2.383666, within(1e-6));
        assertThat(screened.currentSegment().upperLimit()).isCloseTo(3.722497, within(1e-6));
        SpcResult unscreened = SpcCalculator.analyse(daily(y), Direction.UP);
        assertThat(unscreened.currentSegment().centre()).isCloseTo(0.6694159, within(1e-7));
        assertThat(unscreened.currentSegment().lowerLimit()).isCloseTo(-4.596625, within(1e-6));
        assertThat(unscreened.currentSegment().upperLimit()).isCloseTo(5.935457, within(1e-6));
    }

    @Test
    void rSpcFacetsAreTwoSeparateSeriesOfTenEach() {
        // R test-ptd_spc.R, "it outputs expected content", s3: d$facet <- rep(c(0, 1), each = 10), screen_outliers
        // TRUE; _snaps/ptd_spc.md prints f 0: mean 0.0746, lpl -2.60, upl 2.75, n 10, 10 common cause; f 1: 0.209,
        // -3.28, 3.70. A facet is a separate measure here, so each half is analysed alone. With 10 points neither
        // has special cause, as the snapshot's counts say.
        SpcOptions screened = SpcOptions.defaults().withScreening(true);
        SpcResult first = SpcCalculator.analyse(
                daily(Arrays.copyOfRange(RNORM_123, 0, 10)), Direction.UP, (Double) null, List.of(), screened);
        SpcResult second = SpcCalculator.analyse(
                daily(Arrays.copyOfRange(RNORM_123, 10, 20)), Direction.UP, (Double) null, List.of(), screened);
        assertThat(first.currentSegment().centre()).isCloseTo(0.0746, within(5e-5));
        assertThat(first.currentSegment().lowerLimit()).isCloseTo(-2.60, within(5e-3));
        assertThat(first.currentSegment().upperLimit()).isCloseTo(2.75, within(5e-3));
        assertThat(second.currentSegment().centre()).isCloseTo(0.209, within(5e-4));
        assertThat(second.currentSegment().lowerLimit()).isCloseTo(-3.28, within(5e-3));
        assertThat(second.currentSegment().upperLimit()).isCloseTo(3.70, within(5e-3));
        assertThat(first.points()).noneMatch(SpcPoint::isSpecialCause);
        assertThat(second.points()).noneMatch(SpcPoint::isSpecialCause);
    }

    @Test
    void rSpcStandardARebaseAtTheEleventhPointMakesTwoGroupsOfTen() {
        // R test-ptd_spc_standard.R, "it sets the rebase_group field": rebase = c(rep(0, 10), 1, rep(0, 9)) gives
        // rebase_group c(rep(0, 10), rep(1, 10)). Each group's lines come from its own points, so they equal the
        // facet snapshot's for the same halves (_snaps/ptd_spc.md, s3). R's short_group_warning (n < 13) and the
        // MDC tool both warn about baselines this short; so does the engine.
        SpcResult r = SpcCalculator.analyse(
                daily(RNORM_123),
                Direction.UP,
                (Double) null,
                List.of(R_START.plusDays(10)),
                SpcOptions.defaults().withScreening(true));
        assertThat(r.points().stream().map(SpcPoint::segment).toList())
                .isEqualTo(
                        IntStream.range(0, 20).map(i -> i < 10 ? 0 : 1).boxed().toList());
        assertThat(r.segments().get(0).centre()).isCloseTo(0.0746, within(5e-5));
        assertThat(r.segments().get(0).upperLimit()).isCloseTo(2.75, within(5e-3));
        assertThat(r.segments().get(1).centre()).isCloseTo(0.209, within(5e-4));
        assertThat(r.segments().get(1).lowerLimit()).isCloseTo(-3.28, within(5e-3));
        assertThat(r.warnings())
                .filteredOn(w -> w.kind() == SpcWarning.Kind.SHORT_BASELINE)
                .hasSize(2);
    }

    @Test
    void rSpcARebaseOnOrBeforeTheFirstPointLeavesOneBaseline() {
        // R test-ptd_spc.R, "it outputs expected content", s2: rebase = as.Date("2020-01-01") on data starting
        // 2020-01-02; _snaps/ptd_spc.md prints one rebase_group 0 with mean 0.142, lpl -3.01, upl 3.29 and 20 common
        // cause points, the same as without the rebase.
        SpcResult r = SpcCalculator.analyse(
                daily(RNORM_123),
                Direction.UP,
                (Double) null,
                List.of(LocalDate.of(2020, 1, 1)),
                SpcOptions.defaults().withScreening(true));
        assertThat(r.segments()).hasSize(1);
        assertThat(r.currentSegment().centre()).isCloseTo(0.142, within(5e-4));
        assertThat(r.currentSegment().lowerLimit()).isCloseTo(-3.01, within(5e-3));
        assertThat(r.currentSegment().upperLimit()).isCloseTo(3.29, within(5e-3));
        assertThat(r.points()).noneMatch(SpcPoint::isSpecialCause);
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void screeningIsOffByDefaultAsInTheMdcSql() {
        // SQL Step 2 setting @ExcludeMovingRangeOutliers defaults to 0 (change log 2.1: "default setting is off");
        // R's screen_outliers defaults to TRUE. The engine follows the SQL (decision 096).
        assertThat(SpcOptions.defaults().screenOutliers()).isFalse();
    }

    @Test
    void rFixAfterNPointsFreezesTheLimitsOnTheFirstPoints() {
        // R test-ptd_spc_standard.R, "setting fix_after_n_points changes the calculations": fix after 12. The
        // frozen lines are those of the first 12 points alone: mean 0.1941793, limits -2.6074 / 2.995758.
        SpcResult fixed = SpcCalculator.analyse(
                daily(RNORM_123),
                Direction.UP,
                (Double) null,
                List.of(),
                SpcOptions.defaults().withScreening(true).withFixAfter(12));
        SpcResult free = SpcCalculator.analyse(
                daily(RNORM_123),
                Direction.UP,
                (Double) null,
                List.of(),
                SpcOptions.defaults().withScreening(true));
        assertThat(fixed.currentSegment().lowerLimit())
                .isNotEqualTo(free.currentSegment().lowerLimit());
        assertThat(fixed.currentSegment().centre()).isCloseTo(0.19417934, within(1e-7));
        assertThat(fixed.currentSegment().lowerLimit()).isCloseTo(-2.6073998, within(1e-6));
        assertThat(fixed.currentSegment().upperLimit()).isCloseTo(2.9957585, within(1e-6));
        assertThat(fixed.points()).allSatisfy(p -> assertThat(p.centre()).isCloseTo(0.19417934, within(1e-7)));
        // Twelve points is what MDC asks of a baseline; six is not, and is warned about.
        assertThat(fixed.warnings()).noneMatch(w -> w.kind() == SpcWarning.Kind.SHORT_BASELINE);
        SpcResult six = SpcCalculator.analyse(
                daily(RNORM_123),
                Direction.UP,
                (Double) null,
                List.of(),
                SpcOptions.defaults().withFixAfter(6));
        assertThat(six.warnings()).anyMatch(w -> w.kind() == SpcWarning.Kind.SHORT_BASELINE);
    }

    @Test
    void sqlMovingRangeChartLimitIs3267TimesTheMeanMovingRange() {
        // SQL Step 4E: [MovingRangeProcessLimit] = [MovingRangeMean] * 3.267. 10,12,11,13 repeated (15 points):
        // mean MR 27 / 14, limit 3.267 × 27 / 14 = 6.30064.
        double[] v = {10, 12, 11, 13, 10, 12, 11, 13, 10, 12, 11, 13, 10, 12, 11};
        Segment s = analyse(v, SpcOptions.defaults()).currentSegment();
        assertThat(s.movingRangeLimit()).isCloseTo(3.267 * 27 / 14, within(1e-9));
    }

    // ---- Shifts and trends, with R's runs of seven

    @Test
    void rSevenPointsOneSideOfTheMean() {
        // R test-ptd_calculate_point_type.R, "ptd_seven_point_one_side_mean works as expected": c(rep(1, 8), -1)
        // flags the eight; rep(1, 6) flags nothing. Base 10/12 alternates about a mean near 11.3; 11.9 is above it.
        double[] eight = concat(repeat(6, 12, 10), repeat(8, 11.9), repeat(6, 10, 12));
        SpcResult r = analyse(eight, SEVENS);
        assertThat(r.currentSegment().centre()).isLessThan(11.9);
        assertThat(broken(r, SpcRule.SHIFT)).containsExactly(12, 13, 14, 15, 16, 17, 18, 19);
        double[] six = concat(repeat(6, 12, 10), repeat(6, 11.9), repeat(6, 10, 12));
        assertThat(broken(analyse(six, SEVENS), SpcRule.SHIFT)).isEmpty();
    }

    @Test
    void rSevenPointTrend() {
        // R test-ptd_calculate_point_type.R, "ptd_seven_point_trend works as expected" with
        // "ptd_part_of_seven_trend": c(2, 1:7, 3) flags the seven rising points, not the 2 or the 3; c(1:3, 3:6)
        // has an equal pair and flags nothing; 1:6 is too short.
        double[] rising = {10.1, 10.4, 10.7, 11.0, 11.3, 11.6, 11.9};
        SpcResult r = analyse(concat(repeat(6, 10, 12), rising, repeat(6, 10, 12)), SEVENS);
        assertThat(broken(r, SpcRule.TREND)).containsExactly(12, 13, 14, 15, 16, 17, 18);
        double[] tied = {10.1, 10.4, 10.7, 10.7, 11.0, 11.3, 11.6};
        assertThat(broken(analyse(concat(repeat(6, 10, 12), tied, repeat(6, 10, 12)), SEVENS), SpcRule.TREND))
                .isEmpty();
        double[] short6 = Arrays.copyOf(rising, 6);
        assertThat(broken(analyse(concat(repeat(6, 10, 12), short6, repeat(6, 10, 12)), SEVENS), SpcRule.TREND))
                .isEmpty();
    }

    @Test
    void sqlATrendCarriesAcrossARecalculationButAShiftDoesNot() {
        // SQL Step 4H: the trend flags are partitioned by [ChartID] only ("works across partitions", change log
        // 2.2); Step 4G partitions shifts by [PartitionIDExcludeGhosting]. Six rising points, three each side of a
        // rebase at point 14: a trend. R groups trends by rebase_group and would not flag it; the engine follows MDC.
        double[] v = concat(
                repeat(6, 10, 12), new double[] {10, 12}, new double[] {9, 9.5, 10, 10.5, 11, 11.5}, repeat(6, 10, 12));
        SpcResult r = SpcCalculator.analyse(
                monthly(v), Direction.UP, (Double) null, List.of(MONTH_START.plusMonths(17)), SpcOptions.defaults());
        assertThat(r.segments()).hasSize(2);
        assertThat(broken(r, SpcRule.TREND)).containsExactly(14, 15, 16, 17, 18, 19);
        assertThat(r.points().get(17).segment()).isEqualTo(1);
        assertThat(r.points().get(16).segment()).isEqualTo(0);
    }

    // ---- Two of three

    /** 24 alternating base points ending low, the pattern (1 = close to the upper limit, 0 = above the mean), 24 more. */
    static SpcResult twoInThree(int... close) {
        double[] pattern =
                Arrays.stream(close).mapToDouble(c -> c == 1 ? 15.5 : 12.5).toArray();
        SpcResult r = analyse(concat(repeat(12, 12, 10), pattern, repeat(12, 10, 12)), SpcOptions.defaults());
        Segment s = r.currentSegment();
        // The pattern's premises: 12.5 above the mean and below 2 sigma; 15.5 between 2 sigma and the limit.
        assertThat(12.5).isGreaterThan(s.centre()).isLessThan(s.upperTwoSigma());
        assertThat(15.5).isGreaterThan(s.upperTwoSigma()).isLessThan(s.upperLimit());
        return r;
    }

    static List<Integer> inPattern(SpcResult r) {
        return broken(r, SpcRule.TWO_OF_THREE).stream().map(i -> i - 24).toList();
    }

    @Test
    void rTwoInThreeFlagsOnlyThePointsCloseToTheLimit() {
        // R test-ptd_calculate_point_type.R, "ptd_part_of_two_in_three works as expected": cv c(1,0,1) -> c(1,0,1);
        // dv c(0,1,1) -> c(0,1,1); ev c(1,1,0) -> c(1,1,0); fv c(0,0,1,0,1,0,0) -> points 3 and 5 (1-based);
        // gv c(0,0,1,1,0,0,0) -> 3 and 4; hv c(1,0,0,1) -> none; iv c(1,0,0,1,1) -> 4 and 5.
        assertThat(inPattern(twoInThree(1, 0, 1))).containsExactly(0, 2);
        assertThat(inPattern(twoInThree(0, 1, 1))).containsExactly(1, 2);
        assertThat(inPattern(twoInThree(1, 1, 0))).containsExactly(0, 1);
        assertThat(inPattern(twoInThree(0, 0, 1, 0, 1, 0, 0))).containsExactly(2, 4);
        assertThat(inPattern(twoInThree(0, 0, 1, 1, 0, 0, 0))).containsExactly(2, 3);
        assertThat(inPattern(twoInThree(1, 0, 0, 1))).isEmpty();
        assertThat(inPattern(twoInThree(1, 0, 0, 1, 1))).containsExactly(3, 4);
    }

    @Test
    void rTwoOfThreeCloseToTheLimitsOnOppositeSidesOfTheMeanIsCommonCause() {
        // R test-ptd_spc_standard.R, "it only reports special cause for 2of3 points close to limits when they are on
        // the same side of the mean": rep(c(1, -1), 8) with data[15] <- 5.5 and data[16] <- -5.5. Mean 0; MR sum
        // 13 × 2 + 6.5 + 11 = 43.5 over 15 = 2.9; 2 sigma ±5.143, limits ±7.714: both are close, on opposite sides.
        double[] v = repeat(8, 1, -1);
        v[14] = 5.5;
        v[15] = -5.5;
        SpcResult r = SpcCalculator.analyse(daily(v), Direction.UP);
        assertThat(r.currentSegment().upperTwoSigma()).isCloseTo(2.66 * 2 / 3 * 2.9, within(1e-9));
        assertThat(r.points().get(14).signal()).isEqualTo(Signal.NONE);
        assertThat(r.points().get(15).signal()).isEqualTo(Signal.NONE);
    }

    @Test
    void aPointBeyondTheLimitDoesNotCountTowardsTwoOfThree() {
        // SQL Step 4I (v2.4): a two-to-three sigma point lies beyond 2 sigma "but not beyond the three-sigma line";
        // R's close_to_limits is !outside_limits & beyond 2 sigma (ptd_spc_standard.R). The MDC checklist agrees.
        // The issue reports the SQL v2.6 counts it; the engine follows R, the checklist and the v2.4 text.
        // 20 beyond the limit, then 15.5 close, then 12.5 above the mean: one close point only.
        SpcResult r = analyse(
                concat(repeat(12, 12, 10), new double[] {20, 15.5, 12.5}, repeat(12, 10, 12)), SpcOptions.defaults());
        Segment s = r.currentSegment();
        assertThat(20.0).isGreaterThan(s.upperLimit());
        assertThat(15.5).isGreaterThan(s.upperTwoSigma()).isLessThan(s.upperLimit());
        assertThat(broken(r, SpcRule.BEYOND_LIMIT)).containsExactly(24);
        assertThat(broken(r, SpcRule.TWO_OF_THREE)).isEmpty();
    }

    // ---- Assurance

    /** 14 points alternating mean ± d with 2.66 × 2d = half the width: limits exactly mean ± half. */
    static SpcResult limits(double lower, double upper, Direction direction, double target) {
        double mean = (lower + upper) / 2;
        double d = (upper - lower) / 2 / 2.66 / 2;
        double[] v = IntStream.range(0, 14)
                .mapToDouble(i -> i % 2 == 0 ? mean + d : mean - d)
                .toArray();
        SpcResult r = SpcCalculator.analyse(monthly(v), direction, target, List.of(), SpcOptions.defaults());
        assertThat(r.currentSegment().lowerLimit()).isCloseTo(lower, within(1e-9));
        assertThat(r.currentSegment().upperLimit()).isCloseTo(upper, within(1e-9));
        return r;
    }

    @Test
    void rAssuranceWhenIncreaseIsBetter() {
        // R test-ptd_calculate_assurance_type.R, "... when improvement_direction is increase": target 4 with limits
        // 1..3 -> consistent_fail, 5..7 -> consistent_pass; between the limits -> inconsistent (hit and miss).
        assertThat(limits(1, 3, Direction.UP, 4).assurance()).isEqualTo(AssuranceIcon.CONSISTENTLY_FAILS);
        assertThat(limits(5, 7, Direction.UP, 4).assurance()).isEqualTo(AssuranceIcon.CONSISTENTLY_PASSES);
        assertThat(limits(3, 5, Direction.UP, 4).assurance()).isEqualTo(AssuranceIcon.HIT_AND_MISS);
    }

    @Test
    void rAssuranceWhenDecreaseIsBetter() {
        // R test-ptd_calculate_assurance_type.R, "... when improvement_direction is decrease".
        assertThat(limits(1, 3, Direction.DOWN, 4).assurance()).isEqualTo(AssuranceIcon.CONSISTENTLY_PASSES);
        assertThat(limits(5, 7, Direction.DOWN, 4).assurance()).isEqualTo(AssuranceIcon.CONSISTENTLY_FAILS);
        assertThat(limits(3, 5, Direction.DOWN, 4).assurance()).isEqualTo(AssuranceIcon.HIT_AND_MISS);
    }

    @Test
    void rNoAssuranceForANeutralMeasure() {
        // R test-ptd_calculate_assurance_type.R, "... when improvement_direction is neutral": NA. SQL Step 4D
        // joins targets only when [MetricImprovement] IN ('Up', 'Down').
        SpcResult r = limits(1, 3, Direction.NEUTRAL, 4);
        assertThat(r.assurance()).isEqualTo(AssuranceIcon.NONE);
        assertThat(r.target()).isNull();
    }

    @Test
    void rAssuranceUsesTheLatestBaseline() {
        // R test-ptd_calculate_assurance_type.R, "... when rebase": the last group's limits decide. Limits 1..3 for
        // twelve points, then 5..7 after a rebase: lower is better and the target 4 is below 5, so it fails.
        double d = 1 / 2.66 / 2;
        double[] v = concat(
                IntStream.range(0, 12)
                        .mapToDouble(i -> i % 2 == 0 ? 2 + d : 2 - d)
                        .toArray(),
                IntStream.range(0, 12)
                        .mapToDouble(i -> i % 2 == 0 ? 6 + d : 6 - d)
                        .toArray());
        SpcResult r = SpcCalculator.analyse(
                monthly(v), Direction.DOWN, 4.0, List.of(MONTH_START.plusMonths(12)), SpcOptions.defaults());
        assertThat(r.currentSegment().lowerLimit()).isCloseTo(5, within(1e-9));
        assertThat(r.assurance()).isEqualTo(AssuranceIcon.CONSISTENTLY_FAILS);
    }

    @Test
    void aTargetExactlyOnALimitCountsAsPassOrFailAsTheMdcSqlDoes() {
        // SQL change log 2.1: "Updated [AssuranceIcon] to be a pass/fail when the target is on a process limit".
        // R compares strictly (target > upl, target < lpl) and would say inconsistent. The engine follows the SQL.
        assertThat(limits(1, 4, Direction.UP, 4).assurance()).isEqualTo(AssuranceIcon.CONSISTENTLY_FAILS);
        assertThat(limits(4, 6, Direction.UP, 4).assurance()).isEqualTo(AssuranceIcon.CONSISTENTLY_PASSES);
    }

    @Test
    void sqlTargetsChangeOverTimeAndTheOneInForceAtTheLatestPointDecides() {
        // SQL Step 4D: targets with [StartDate] and [EndDate] join the points they cover. Limits 3..5: a target of 6
        // to the end of 2024 (fails, higher is better), then 2 from 2025 (passes); the latest point is in 2025.
        double d = 1 / 2.66 / 2;
        double[] v = IntStream.range(0, 14)
                .mapToDouble(i -> i % 2 == 0 ? 4 + d : 4 - d)
                .toArray();
        List<SpcTarget> targets = List.of(
                new SpcTarget(6, null, LocalDate.of(2024, 12, 31)), new SpcTarget(2, LocalDate.of(2025, 1, 1), null));
        SpcResult r = SpcCalculator.analyse(monthly(v), Direction.UP, targets, List.of(), SpcOptions.defaults());
        assertThat(r.points().get(0).target()).isEqualTo(6.0);
        assertThat(r.points().get(12).target()).isEqualTo(2.0);
        assertThat(r.target()).isEqualTo(2.0);
        assertThat(r.assurance()).isEqualTo(AssuranceIcon.CONSISTENTLY_PASSES);
    }

    // ---- Neutral direction and conflicts

    @Test
    void neutralSpecialCauseIsNeitherImprovementNorConcern() {
        // R test-ptd_calculate_point_type.R / ptd_point_type: improvement_direction 0 gives special_cause_neutral_high
        // and _low; SQL Step 4J: [SpecialCauseNeitherHighFlag] / [SpecialCauseNeitherLowFlag].
        double[] v = {10, 12, 11, 13, 10, 12, 11, 13, 10, 12, 11, 13, 10, 12, 30};
        SpcResult high = SpcCalculator.analyse(monthly(v), Direction.NEUTRAL);
        assertThat(high.points().getLast().signal()).isEqualTo(Signal.NEUTRAL);
        assertThat(high.variation()).isEqualTo(VariationIcon.NEUTRAL_HIGH);
        v[14] = -10;
        SpcResult low = SpcCalculator.analyse(monthly(v), Direction.NEUTRAL);
        assertThat(low.variation()).isEqualTo(VariationIcon.NEUTRAL_LOW);
        assertThat(low.variation().describe(Direction.NEUTRAL)).contains("neither higher nor lower is better");
    }

    @Test
    void sqlMetricConflictRuleDecidesAPointFlaggedBothWays() {
        // SQL Step 4J: a point with both an improvement and a concern value keeps one, by [MetricConflictRule], and
        // sets [SpecialCauseConflictFlag]. Mean 10, LCL -0.83: -8 is below the limit (concern when higher is
        // better) and starts the rise -8, 9, 10, 11, 12, 13 (improvement). Default: improvement, as the MDC tool.
        double[] v = {10, 12, 11, 13, 10, 12, 11, 13, -8, 9, 10, 11, 12, 13, 11};
        SpcResult improvement = SpcCalculator.analyse(monthly(v), Direction.UP);
        assertThat(improvement.points().get(8).signal()).isEqualTo(Signal.IMPROVEMENT);
        assertThat(improvement.points().get(8).conflict()).isTrue();
        SpcResult concern = SpcCalculator.analyse(
                monthly(v),
                Direction.UP,
                (Double) null,
                List.of(),
                SpcOptions.defaults().withConflictRule(ConflictRule.CONCERN));
        assertThat(concern.points().get(8).signal()).isEqualTo(Signal.CONCERN);
        assertThat(concern.warnings())
                .anyMatch(w ->
                        w.kind() == SpcWarning.Kind.POINT_CONFLICT && w.date().equals(MONTH_START.plusMonths(8)));
    }

    @Test
    void theIconWarnsWhenTheLatestPointIsAConflict() {
        // MDC tool / SQL Step 5: a conflict on the icon is reported. 16 points of 10/12, then 20 down to 15: sum 281
        // over 22, mean 12.77, so the last six are a shift above the mean (improvement, higher is better) and a
        // six-point fall (concern). The latest point is both; the default shows improvement and warns.
        double[] v = concat(repeat(8, 10, 12), new double[] {20, 19, 18, 17, 16, 15});
        SpcResult r = SpcCalculator.analyse(monthly(v), Direction.UP);
        assertThat(r.points().getLast().rules())
                .containsEntry(SpcRule.SHIFT, Side.HIGH)
                .containsEntry(SpcRule.TREND, Side.LOW);
        assertThat(r.variation()).isEqualTo(VariationIcon.IMPROVEMENT);
        assertThat(r.warnings()).anyMatch(w -> w.kind() == SpcWarning.Kind.ICON_CONFLICT);
    }

    // ---- Baselines

    @Test
    void sqlBaselineContainingSpecialCauseIsWarnedAbout() {
        // SQL change log 2.2: "Added warning for baseline including special cause variation". Limits fixed on the
        // first 14 points, which include a point far above the others.
        double[] v = {10, 12, 11, 13, 10, 12, 40, 13, 10, 12, 11, 13, 10, 12, 11, 13, 10, 12, 11, 13};
        SpcResult r = SpcCalculator.analyse(
                monthly(v),
                Direction.UP,
                (Double) null,
                List.of(),
                SpcOptions.defaults().withFixAfter(14));
        assertThat(r.points().get(6).isSpecialCause()).isTrue();
        assertThat(r.warnings()).anyMatch(w -> w.kind() == SpcWarning.Kind.BASELINE_SPECIAL_CAUSE);
    }

    // ---- Rare events: T and G charts

    @Test
    void sqlTChartWorksOnDaysBetweenEventsRaisedTo1Over36() {
        // SQL Step 4E: [DayDifference] between events; transformed = DayDifference ^ (1 / 3.6); mean and limits on
        // the transformed scale, back-transformed by ^ 3.6; a lower line only when the transformed value >= 0.
        // 14 events 10 then 20 days apart alternately: 13 gaps. Worked by hand below.
        List<Observation> events = new ArrayList<>();
        LocalDate day = LocalDate.of(2024, 1, 1);
        for (int i = 0; i < 14; i++) {
            events.add(new Observation(day, 1));
            day = day.plusDays(i % 2 == 0 ? 10 : 20);
        }
        SpcResult r = SpcCalculator.analyse(
                events,
                Direction.UP,
                (Double) null,
                List.of(),
                SpcOptions.defaults().withChart(ChartKind.T));
        assertThat(r.points()).hasSize(13);
        assertThat(r.points().get(0).value()).isEqualTo(10.0);
        assertThat(r.points().get(1).value()).isEqualTo(20.0);
        double a = Math.pow(10, 1 / 3.6);
        double b = Math.pow(20, 1 / 3.6);
        double mean = (7 * a + 6 * b) / 13; // gaps 10,20,...,10: seven tens, six twenties
        double mr = Math.abs(b - a); // every moving range
        assertThat(r.currentSegment().centre()).isCloseTo(Math.pow(mean, 3.6), within(1e-9));
        assertThat(r.currentSegment().upperLimit()).isCloseTo(Math.pow(mean + 2.66 * mr, 3.6), within(1e-9));
        assertThat(r.currentSegment().lowerLimit()).isCloseTo(Math.pow(mean - 2.66 * mr, 3.6), within(1e-9));
        assertThat(r.assurance()).isEqualTo(AssuranceIcon.NONE);
    }

    @Test
    void sqlGChartHasGeometricUpperLimitAndCentreAt0693TimesTheMean() {
        // SQL Step 4E: G chart [UpperProcessLimit] = Mean + 3 × SQRT(Mean × (Mean + 1)), no lower or 2-sigma lines,
        // then [Mean] = [Mean] × 0.693. 13 counts: 20 and 40 alternately, 7 × 20 + 6 × 40 = 380, mean 29.2308.
        double[] v = {20, 40, 20, 40, 20, 40, 20, 40, 20, 40, 20, 40, 20};
        SpcResult r = SpcCalculator.analyse(
                monthly(v), Direction.UP, 10.0, List.of(), SpcOptions.defaults().withChart(ChartKind.G));
        double mean = 380.0 / 13;
        assertThat(r.currentSegment().centre()).isCloseTo(0.693 * mean, within(1e-9));
        assertThat(r.currentSegment().upperLimit()).isCloseTo(mean + 3 * Math.sqrt(mean * (mean + 1)), within(1e-9));
        assertThat(r.currentSegment().lowerLimit()).isNull();
        assertThat(r.currentSegment().upperTwoSigma()).isNull();
        assertThat(r.target()).isNull();
    }

    // ---- Duplicates

    @Test
    void duplicateDatesAreRefused() {
        // MDC SQL Step 5 warns on duplicate dates for a metric; the engine refuses them outright.
        List<Observation> twice = List.of(
                new Observation(MONTH_START, 1),
                new Observation(MONTH_START.plusMonths(1), 2),
                new Observation(MONTH_START, 3));
        assertThatThrownBy(() -> SpcCalculator.analyse(twice, Direction.UP))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("01/01/2024");
    }
}
