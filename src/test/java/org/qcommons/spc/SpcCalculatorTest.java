package org.qcommons.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Every expected number here was worked out by hand (arithmetic in the comments) and cross-checked with an
 * independent script, never by running this code.
 */
class SpcCalculatorTest {

    private static final LocalDate START = LocalDate.of(2024, 1, 1);
    private static final double EPS = 1e-9;

    /** Monthly points from January 2024. */
    static List<Observation> monthly(double... values) {
        List<Observation> list = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            list.add(new Observation(START.plusMonths(i), values[i]));
        }
        return list;
    }

    static SpcResult up(double... values) {
        return SpcCalculator.analyse(monthly(values), Direction.UP);
    }

    /** Index of each flagged point, with the rules it broke. */
    static Map<Integer, Map<SpcRule, Side>> flags(SpcResult r) {
        Map<Integer, Map<SpcRule, Side>> out = new TreeMap<>();
        for (int i = 0; i < r.points().size(); i++) {
            if (!r.points().get(i).rules().isEmpty()) {
                out.put(i, r.points().get(i).rules());
            }
        }
        return out;
    }

    // 10,12,11,13 repeated: sum 171 over 15 points, mean 11.4; moving ranges 2,1,2,3,... sum 27 over 14,
    // mean MR 27/14 = 1.928571; limits 11.4 ± 2.66 × 1.928571 = 16.53 / 6.27; 2-sigma 11.4 ± 3.42 = 14.82 / 7.98.
    static final double[] STABLE = {10, 12, 11, 13, 10, 12, 11, 13, 10, 12, 11, 13, 10, 12, 11};

    // ---- XmrLines
    @Test
    void meanMovingRangesLimitsAndTwoSigmaLines() {
        SpcResult r = up(STABLE);
        assertThat(r.kind()).isEqualTo(ChartKind.XMR);
        Segment s = r.currentSegment();
        assertThat(s.centre()).isCloseTo(11.4, within(EPS));
        assertThat(s.meanMovingRange()).isCloseTo(27.0 / 14, within(EPS));
        assertThat(s.upperLimit()).isCloseTo(16.53, within(EPS));
        assertThat(s.lowerLimit()).isCloseTo(6.27, within(EPS));
        assertThat(s.upperTwoSigma()).isCloseTo(14.82, within(EPS));
        assertThat(s.lowerTwoSigma()).isCloseTo(7.98, within(EPS));
        assertThat(r.points().get(0).movingRange()).isNull();
        assertThat(r.points().get(1).movingRange()).isEqualTo(2.0);
        assertThat(r.points().get(3).movingRange()).isEqualTo(2.0);
        assertThat(r.points().get(4).movingRange()).isEqualTo(3.0);
        assertThat(r.points()).allSatisfy(p -> assertThat(p.upperLimit()).isCloseTo(16.53, within(EPS)));
    }

    @Test
    void aStableProcessHasNoSignalsAndShowsCommonCause() {
        SpcResult r = up(STABLE);
        assertThat(flags(r)).isEmpty();
        assertThat(r.variation()).isEqualTo(VariationIcon.COMMON_CAUSE);
        assertThat(r.latestSignal()).isEqualTo(Signal.NONE);
    }

    @Test
    void pointsComeOutInDateOrderWhateverTheEntryOrder() {
        List<Observation> shuffled = new ArrayList<>(monthly(STABLE));
        Collections.reverse(shuffled);
        SpcResult r = SpcCalculator.analyse(shuffled, Direction.UP);
        assertThat(r.points().getFirst().date()).isEqualTo(START);
        assertThat(r.points().getFirst().value()).isEqualTo(10);
        assertThat(r.currentSegment().meanMovingRange()).isCloseTo(27.0 / 14, within(EPS));
    }

    // ---- BeyondALimit
    // STABLE with the 8th point 13 -> 25: sum 183, mean 12.2; MRs 27 - 2 - 3 + 14 + 15 = 51, 51/14 = 3.642857;
    // UCL 12.2 + 9.69 = 21.89, LCL 2.51. Only 25 lies beyond; 2-sigma 18.66 is passed by 25 alone.
    @Test
    void aPointBeyondALimitTriggers() {
        double[] v = STABLE.clone();
        v[7] = 25;
        SpcResult r = up(v);
        assertThat(r.currentSegment().upperLimit()).isCloseTo(21.89, within(EPS));
        assertThat(r.currentSegment().lowerLimit()).isCloseTo(2.51, within(EPS));
        assertThat(flags(r)).containsOnlyKeys(7);
        assertThat(flags(r).get(7)).containsExactly(Map.entry(SpcRule.BEYOND_LIMIT, Side.HIGH));
        assertThat(r.points().get(7).signal()).isEqualTo(Signal.IMPROVEMENT);
        // The icon describes the latest point, which is ordinary again.
        assertThat(r.variation()).isEqualTo(VariationIcon.COMMON_CAUSE);
    }

    @Test
    void doesNotTriggerInsideTheLimits() {
        assertThat(flags(up(STABLE)).values()).noneMatch(m -> m.containsKey(SpcRule.BEYOND_LIMIT));
    }

    @Test
    void aLowPointIsConcernWhenHigherIsBetterAndImprovementWhenLowerIsBetter() {
        // Mirror image of the series above: 24 - x. The latest point is the outlier: -1 against LCL 2.51 mirrored.
        double[] v = new double[STABLE.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = 24 - STABLE[i];
        }
        v[14] = -1; // mirrored mean etc. change; check the rule by its side, not by a number
        SpcResult upResult = up(v);
        assertThat(upResult.points().get(14).rules()).containsEntry(SpcRule.BEYOND_LIMIT, Side.LOW);
        assertThat(upResult.variation()).isEqualTo(VariationIcon.CONCERN);
        SpcResult downResult = SpcCalculator.analyse(monthly(v), Direction.DOWN);
        assertThat(downResult.variation()).isEqualTo(VariationIcon.IMPROVEMENT);
        assertThat(downResult.latestSignal()).isEqualTo(Signal.IMPROVEMENT);
    }

    // ---- Shift
    // Sum 140 over 14 points: mean exactly 10. Points 5..10 (index 4..9) are 11,12,11,12,11,12: six above.
    // MR sum 57, mean MR 4.3846; 2-sigma 17.78 and limits 21.66 / -1.66 are never crossed.
    static final double[] SIX_ABOVE = {14, 6, 14, 6, 11, 12, 11, 12, 11, 12, 6, 14, 6, 5};

    @Test
    void sixOnOneSideTriggers() {
        SpcResult r = up(SIX_ABOVE);
        assertThat(r.currentSegment().centre()).isEqualTo(10.0);
        assertThat(flags(r)).containsOnlyKeys(4, 5, 6, 7, 8, 9);
        assertThat(flags(r).values()).allMatch(m -> m.equals(Map.of(SpcRule.SHIFT, Side.HIGH)));
        assertThat(r.points().get(4).signal()).isEqualTo(Signal.IMPROVEMENT);
    }

    @Test
    void fiveOnOneSideDoesNotTrigger() {
        // 11,12,11,12,11 then 6: mean 142/14 = 10.14, a run of five only.
        assertThat(flags(up(14, 6, 14, 6, 11, 12, 11, 12, 11, 6, 14, 6, 14, 5))).isEmpty();
    }

    @Test
    void aPointExactlyOnTheMeanBreaksTheRun() {
        // As SIX_ABOVE with index 7 set to 10 and the last point 7: sum still 140, mean exactly 10,
        // so the six become 11,12,11 | 10 | 11,12.
        SpcResult r = up(14, 6, 14, 6, 11, 12, 11, 10, 11, 12, 6, 14, 6, 7);
        assertThat(r.currentSegment().centre()).isEqualTo(10.0);
        assertThat(flags(r)).isEmpty();
    }

    @Test
    void runLengthIsConfigurableFromSixToEight() {
        var seven = new SpcOptions(7, 6);
        assertThat(flags(SpcCalculator.analyse(monthly(SIX_ABOVE), Direction.UP, (Double) null, List.of(), seven)))
                .isEmpty();
        assertThatThrownBy(() -> new SpcOptions(5, 6)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SpcOptions(6, 9)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new SpcOptions(8, 8).shiftLength()).isEqualTo(8);
    }

    @Test
    void aShiftBelowTheMeanIsConcernWhenHigherIsBetter() {
        double[] v = new double[SIX_ABOVE.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = 20 - SIX_ABOVE[i]; // mirror around 10
        }
        SpcResult r = up(v);
        assertThat(flags(r)).containsOnlyKeys(4, 5, 6, 7, 8, 9);
        assertThat(r.points().get(4).rules()).containsEntry(SpcRule.SHIFT, Side.LOW);
        assertThat(r.points().get(4).signal()).isEqualTo(Signal.CONCERN);
    }

    // ---- Trend
    // 4,6,8,10,12,14 at index 5..10 rise six times in a row; mean 9.6, MR 80/14 = 5.714, no other rule fires.
    @Test
    void sixRisingTrigger() {
        SpcResult r = up(14, 6, 14, 6, 14, 4, 6, 8, 10, 12, 14, 6, 14, 6, 10);
        assertThat(r.currentSegment().centre()).isCloseTo(9.6, within(EPS));
        assertThat(flags(r)).containsOnlyKeys(5, 6, 7, 8, 9, 10);
        assertThat(flags(r).values()).allMatch(m -> m.equals(Map.of(SpcRule.TREND, Side.HIGH)));
    }

    @Test
    void sixFallingTriggerAsConcernWhenHigherIsBetter() {
        SpcResult r = up(6, 14, 6, 14, 6, 16, 14, 12, 10, 8, 6, 14, 6, 14, 10);
        assertThat(flags(r)).containsOnlyKeys(5, 6, 7, 8, 9, 10);
        assertThat(r.points().get(5).rules()).containsEntry(SpcRule.TREND, Side.LOW);
        assertThat(r.points().get(5).signal()).isEqualTo(Signal.CONCERN);
    }

    @Test
    void fiveRisingDoNotTrigger() {
        assertThat(flags(up(14, 6, 14, 6, 14, 4, 6, 8, 10, 12, 6, 14, 6, 14, 10)))
                .isEmpty();
    }

    @Test
    void equalNeighboursBreakATrend() {
        // 4,6,8,8,12,14: the repeated 8 splits it into 3 and 3.
        assertThat(flags(up(14, 6, 14, 6, 14, 4, 6, 8, 8, 12, 14, 6, 14, 6, 10)))
                .isEmpty();
    }

    // ---- TwoOfThree
    // 10,11 alternating with index 10 and 12 raised to 14: sum 218, mean 10.9; MRs 19 + 8 = 27, 27/19 = 1.42105;
    // upper 2-sigma 10.9 + 1.77333 × 1.42105 = 13.42, UCL 14.68: both 14s are between them.
    static final double[] TWO_HIGH = {10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 14, 11, 14, 11, 10, 11, 10, 11, 10, 11};

    @Test
    void twoOfThreeBeyondTwoSigmaFlagsOnlyThoseTwo() {
        SpcResult r = up(TWO_HIGH);
        assertThat(r.currentSegment().upperTwoSigma()).isCloseTo(10.9 + 2.66 * 2 / 3 * 27 / 19, within(EPS));
        assertThat(flags(r)).containsOnlyKeys(10, 12);
        assertThat(flags(r).get(10)).containsExactly(Map.entry(SpcRule.TWO_OF_THREE, Side.HIGH));
        assertThat(r.points().get(11).isSpecialCause()).isFalse();
    }

    @Test
    void twoOfThreeNeedsAllThreeOnTheSameSideOfTheMean() {
        // As TWO_HIGH, but the point between the two 14s is 9, below the mean (10.8): MRs 31/19 = 1.63158, upper
        // 2-sigma 10.8 + 1.77333 x 1.63158 = 13.69 and UCL 15.14, so both 14s are beyond the 2-sigma line but the
        // window 14, 9, 14 crosses the mean. Making Data Count, its SQL v2.6 and NHSRplotthedots flag nothing here.
        double[] crossing = TWO_HIGH.clone();
        crossing[11] = 9;
        SpcResult r = up(crossing);
        assertThat(r.currentSegment().upperTwoSigma()).isCloseTo(10.8 + 2.66 * 2 / 3 * 31 / 19, within(EPS));
        assertThat(crossing[10]).isGreaterThan(r.currentSegment().upperTwoSigma());
        assertThat(crossing[12]).isGreaterThan(r.currentSegment().upperTwoSigma());
        assertThat(flags(r)).isEmpty();
    }

    @Test
    void belowTheLowerLineToo() {
        SpcResult r = up(11, 10, 11, 10, 11, 10, 11, 10, 11, 10, 7, 10, 7, 10, 11, 10, 11, 10, 11, 10);
        assertThat(flags(r)).containsOnlyKeys(10, 12);
        assertThat(flags(r).get(12)).containsExactly(Map.entry(SpcRule.TWO_OF_THREE, Side.LOW));
    }

    @Test
    void twoHighPointsFurtherApartDoNotTrigger() {
        // 14s at index 10 and 13: no window of three holds both. Mean 10.85, 2-sigma 13.56.
        assertThat(flags(up(10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 14, 11, 10, 14, 10, 11, 10, 11, 10, 11)))
                .isEmpty();
    }

    // ---- Assurance
    // STABLE: limits 6.27 .. 16.53
    @Test
    void higherIsBetter() {
        assertThat(assurance(Direction.UP, 5.0)).isEqualTo(AssuranceIcon.CONSISTENTLY_PASSES);
        assertThat(assurance(Direction.UP, 18.0)).isEqualTo(AssuranceIcon.CONSISTENTLY_FAILS);
        assertThat(assurance(Direction.UP, 12.0)).isEqualTo(AssuranceIcon.HIT_AND_MISS);
    }

    @Test
    void lowerIsBetter() {
        assertThat(assurance(Direction.DOWN, 18.0)).isEqualTo(AssuranceIcon.CONSISTENTLY_PASSES);
        assertThat(assurance(Direction.DOWN, 5.0)).isEqualTo(AssuranceIcon.CONSISTENTLY_FAILS);
        assertThat(assurance(Direction.DOWN, 6.5)).isEqualTo(AssuranceIcon.HIT_AND_MISS);
    }

    @Test
    void noTargetNoAssurance() {
        assertThat(assurance(Direction.UP, null)).isEqualTo(AssuranceIcon.NONE);
    }

    private AssuranceIcon assurance(Direction direction, Double target) {
        return SpcCalculator.analyse(monthly(STABLE), direction, target, List.of(), SpcOptions.defaults())
                .assurance();
    }

    // ---- RunChart (an explicit chart type now) and short XmR series
    static SpcOptions run() {
        return SpcOptions.defaults().withChart(ChartKind.RUN);
    }

    @Test
    void aRunChartIsDrawnAroundTheMedianWhenTheMeasureAsksForOne() {
        // 12 points: sorted middle pair 4 and 6, median 5. Six below then six above: two shifts.
        SpcResult r =
                SpcCalculator.analyse(monthly(3, 4, 3, 4, 3, 4, 6, 7, 6, 7, 6, 7), Direction.UP, 5.0, List.of(), run());
        assertThat(r.kind()).isEqualTo(ChartKind.RUN);
        assertThat(r.currentSegment().centre()).isEqualTo(5.0);
        assertThat(r.points()).allSatisfy(p -> {
            assertThat(p.upperLimit()).isNull();
            assertThat(p.lowerTwoSigma()).isNull();
            assertThat(p.target()).isNull();
        });
        assertThat(flags(r)).hasSize(12);
        assertThat(r.points().get(0).rules()).containsExactly(Map.entry(SpcRule.SHIFT, Side.LOW));
        assertThat(r.variation()).isEqualTo(VariationIcon.IMPROVEMENT);
        assertThat(r.assurance()).isEqualTo(AssuranceIcon.NONE);
    }

    @Test
    void twelvePointsKeepTheMeanWithoutSpecialCauseOrIcons() {
        // MDC: with 12 points or fewer, no special-cause colouring and no icons, but the mean stays (no switch to a
        // run chart). Same 12 points as above: mean 5, and without the minimum both shifts go unflagged.
        SpcResult r = SpcCalculator.analyse(
                monthly(3, 4, 3, 4, 3, 4, 6, 7, 6, 7, 6, 7), Direction.UP, 5.0, List.of(), SpcOptions.defaults());
        assertThat(r.kind()).isEqualTo(ChartKind.XMR);
        assertThat(r.currentSegment().centre()).isEqualTo(5.0);
        assertThat(flags(r)).isEmpty();
        assertThat(r.variation()).isEqualTo(VariationIcon.TOO_FEW_POINTS);
        assertThat(r.assurance()).isEqualTo(AssuranceIcon.NONE);
        assertThat(r.notes()).anyMatch(n -> n.contains("from 13 points"));
    }

    @Test
    void thirteenPointsBringSpecialCauseAndTheIcons() {
        assertThat(up(Arrays.copyOf(STABLE, 13)).variation()).isEqualTo(VariationIcon.COMMON_CAUSE);
        assertThat(up(Arrays.copyOf(STABLE, 12)).variation()).isEqualTo(VariationIcon.TOO_FEW_POINTS);
        assertThat(up(Arrays.copyOf(STABLE, 12)).kind()).isEqualTo(ChartKind.XMR);
    }

    @Test
    void aRunChartHasNoLimitRules() {
        // 40 would be far beyond any limit, but run charts have none; median 5 (odd count 11).
        SpcResult r = SpcCalculator.analyse(
                monthly(5, 4, 6, 5, 4, 40, 5, 4, 6, 5, 6), Direction.UP, (Double) null, List.of(), run());
        assertThat(r.currentSegment().centre()).isEqualTo(5.0);
        assertThat(flags(r)).isEmpty();
    }

    @Test
    void aTrendOnARunChart() {
        SpcResult r = SpcCalculator.analyse(
                monthly(1, 2, 3, 4, 5, 6, 5, 4, 5, 4, 5, 4), Direction.UP, (Double) null, List.of(), run());
        assertThat(flags(r)).containsKeys(0, 1, 2, 3, 4, 5);
        assertThat(r.points().get(0).rules()).containsEntry(SpcRule.TREND, Side.HIGH);
    }

    @Test
    void noDataAtAll() {
        SpcResult r = SpcCalculator.analyse(List.of(), Direction.UP);
        assertThat(r.points()).isEmpty();
        assertThat(r.variation()).isEqualTo(VariationIcon.NO_DATA);
        assertThat(r.latestSignal()).isEqualTo(Signal.NONE);
    }

    // ---- Rebase
    // 12 points alternating 10/12 (mean 11, MR 2), then 12 alternating 20/22 (mean 21, MR 2).
    static final double[] STEP = {
        10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 20, 22, 20, 22, 20, 22, 20, 22, 20, 22, 20, 22
    };

    @Test
    void limitsAreRecalculatedFromTheRebasePoint() {
        SpcResult r = SpcCalculator.analyse(
                monthly(STEP), Direction.UP, (Double) null, List.of(START.plusMonths(12)), SpcOptions.defaults());
        assertThat(r.segments()).hasSize(2);
        Segment before = r.segments().get(0);
        Segment after = r.segments().get(1);
        assertThat(before.size()).isEqualTo(12);
        assertThat(before.centre()).isEqualTo(11.0);
        assertThat(before.meanMovingRange()).isEqualTo(2.0);
        assertThat(before.upperLimit()).isCloseTo(11 + 5.32, within(EPS));
        assertThat(after.centre()).isEqualTo(21.0);
        assertThat(after.meanMovingRange()).isEqualTo(2.0); // the jump 12 -> 20 is not a moving range of either
        assertThat(after.lowerLimit()).isCloseTo(21 - 5.32, within(EPS));
        assertThat(r.points().get(12).movingRange()).isNull();
        assertThat(r.points().get(12).segment()).isEqualTo(1);
        assertThat(r.points().get(12).centre()).isEqualTo(21.0);
        assertThat(flags(r)).isEmpty();
    }

    @Test
    void withoutTheRebaseTheStepIsSpecialCause() {
        SpcResult r = up(STEP);
        assertThat(r.segments()).hasSize(1);
        assertThat(r.currentSegment().centre()).isEqualTo(16.0);
        assertThat(flags(r)).hasSize(24); // twelve below then twelve above the mean of 16
        assertThat(r.variation()).isEqualTo(VariationIcon.IMPROVEMENT);
    }

    @Test
    void aRebaseLeavingFewerThanTwelvePointsIsAppliedWithAWarningAsMdcDoes() {
        SpcResult r = SpcCalculator.analyse(
                monthly(STEP), Direction.UP, (Double) null, List.of(START.plusMonths(13)), SpcOptions.defaults());
        assertThat(r.segments()).hasSize(2);
        assertThat(r.segments().get(1).size()).isEqualTo(11);
        assertThat(r.warnings()).singleElement().satisfies(w -> {
            assertThat(w.kind()).isEqualTo(SpcWarning.Kind.SHORT_BASELINE);
            assertThat(w.date()).isEqualTo(START.plusMonths(13));
            assertThat(w.message()).contains("rest on 11 points").contains("01/02/2025");
        });
    }

    @Test
    void aRebaseBetweenDatesStartsAtTheNextPoint() {
        LocalDate midMonth = START.plusMonths(11).plusDays(10);
        SpcResult r = SpcCalculator.analyse(
                monthly(STEP), Direction.UP, (Double) null, List.of(midMonth), SpcOptions.defaults());
        assertThat(r.segments()).hasSize(2);
        assertThat(r.segments().get(1).start()).isEqualTo(START.plusMonths(12));
    }

    // ---- EdgeCases
    @Test
    void aConstantSeriesHasZeroWidthLimitsAndNoSignals() {
        double[] v = IntStream.range(0, 15).mapToDouble(i -> 7.0).toArray();
        SpcResult r = SpcCalculator.analyse(monthly(v), Direction.UP, 7.0, List.of(), SpcOptions.defaults());
        assertThat(r.currentSegment().meanMovingRange()).isZero();
        assertThat(r.currentSegment().upperLimit()).isEqualTo(7.0);
        assertThat(r.currentSegment().lowerLimit()).isEqualTo(7.0);
        // Every point sits on the mean, so no run, no trend and nothing beyond a line.
        assertThat(flags(r)).isEmpty();
        assertThat(r.variation()).isEqualTo(VariationIcon.COMMON_CAUSE);
        // The target sits on both zero-width limits: MDC counts a target on a limit, and passing is tested first.
        assertThat(r.assurance()).isEqualTo(AssuranceIcon.CONSISTENTLY_PASSES);
        assertThat(SpcCalculator.analyse(monthly(v), Direction.UP, 8.0, List.of(), SpcOptions.defaults())
                        .assurance())
                .isEqualTo(AssuranceIcon.CONSISTENTLY_FAILS);
    }

    @Test
    void aMissingMonthDoesNotChangeTheArithmetic() {
        // The same values with March 2024 skipped: XmR charts take the points in order, gaps and all.
        List<Observation> gappy = new ArrayList<>();
        for (int i = 0; i < STABLE.length; i++) {
            LocalDate date = START.plusMonths(i < 2 ? i : i + 1);
            gappy.add(new Observation(date, STABLE[i]));
        }
        SpcResult r = SpcCalculator.analyse(gappy, Direction.UP);
        assertThat(r.points()).hasSize(15);
        assertThat(r.points().get(2).date()).isEqualTo(LocalDate.of(2024, 4, 1));
        assertThat(r.points().get(2).movingRange()).isEqualTo(1.0);
        assertThat(r.currentSegment().centre()).isCloseTo(11.4, within(EPS));
        assertThat(r.currentSegment().meanMovingRange()).isCloseTo(27.0 / 14, within(EPS));
    }

    @Test
    void aPointWithoutADateIsRejectedWithItsPosition() {
        List<Observation> list = new ArrayList<>(monthly(STABLE));
        list.set(3, new Observation(null, 12));
        assertThatThrownBy(() -> SpcCalculator.analyse(list, Direction.UP))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Data point 4 has no date");
    }

    @Test
    void aNonNumberIsRejected() {
        List<Observation> list = new ArrayList<>(monthly(STABLE));
        list.set(0, new Observation(START, Double.NaN));
        assertThatThrownBy(() -> SpcCalculator.analyse(list, Direction.UP))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPointFlaggedBothWaysFollowsTheConflictRuleAndIsWarnedAbout() {
        // Sum 150 over 15, mean 10; MR sum 57, mean MR 4.0714, LCL -0.83. The -8 is beyond the lower limit
        // (concern) and also starts a six-point rise -8,9,10,11,12,13 (improvement). MDC's tool favours improvement.
        double[] v = {10, 12, 11, 13, 10, 12, 11, 13, -8, 9, 10, 11, 12, 13, 11};
        SpcResult r = up(v);
        assertThat(r.points().get(8).rules())
                .containsEntry(SpcRule.BEYOND_LIMIT, Side.LOW)
                .containsEntry(SpcRule.TREND, Side.HIGH);
        assertThat(r.points().get(8).signal()).isEqualTo(Signal.IMPROVEMENT);
        assertThat(r.points().get(8).conflict()).isTrue();
        assertThat(r.points().get(9).signal()).isEqualTo(Signal.IMPROVEMENT);
        assertThat(flags(r)).containsOnlyKeys(8, 9, 10, 11, 12, 13);
        assertThat(r.warnings()).extracting(SpcWarning::kind).containsExactly(SpcWarning.Kind.POINT_CONFLICT);
        SpcResult concern = SpcCalculator.analyse(
                monthly(v),
                Direction.UP,
                (Double) null,
                List.of(),
                SpcOptions.defaults().withConflictRule(ConflictRule.CONCERN));
        assertThat(concern.points().get(8).signal()).isEqualTo(Signal.CONCERN);
        assertThat(concern.points().get(8).side()).isEqualTo(Side.LOW);
    }
}
