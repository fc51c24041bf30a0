package org.qcommons.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Ghosted points against the Making Data Count SQL v2.4 (decision 127), by its step. Each series puts a ghost
 * where counting it would move the mean, the moving ranges, the limits or a rule, so every test fails if a ghost
 * is counted. Expected values are worked by hand in the comments.
 */
class GhostedPointsTest {

    private static final LocalDate START = LocalDate.of(2024, 1, 1);
    private static final double EPS = 1e-9;
    /** Mean 171 / 15 = 11.4; moving ranges sum 27 over 14 (see SpcCalculatorTest.STABLE). */
    private static final double[] STABLE = {10, 12, 11, 13, 10, 12, 11, 13, 10, 12, 11, 13, 10, 12, 11};

    private static List<Observation> monthly(double... values) {
        List<Observation> list = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            list.add(new Observation(START.plusMonths(i), values[i]));
        }
        return list;
    }

    /** The series with a ghost of {@code value} half-way through the month after counted point {@code after}. */
    private static List<Observation> withGhost(double[] values, int after, double value) {
        List<Observation> list = monthly(values);
        list.add(new Observation(START.plusMonths(after).plusDays(14), value, true));
        return list;
    }

    private static SpcResult up(List<Observation> data) {
        return SpcCalculator.analyse(data, Direction.UP);
    }

    private static SpcPoint ghostOf(SpcResult r) {
        return r.points().stream().filter(SpcPoint::ghosted).findFirst().orElseThrow();
    }

    @Test
    void aGhostIsLeftOutOfTheMeanTheMovingRangesAndTheLimits() {
        // SQL Step 4E: [Mean] is AVG over [PartitionIDExcludeGhosting], so 40 is not in it: 171 / 15 = 11.4, not
        // 211 / 16. Counted: 11.4 + 2.66 × 27/14 = 16.53; with the ghost counted the limits would be far wider.
        SpcResult r = up(withGhost(STABLE, 6, 40));
        Segment s = r.currentSegment();
        assertThat(r.points()).hasSize(16);
        assertThat(s.size()).isEqualTo(15);
        assertThat(s.centre()).isCloseTo(11.4, within(EPS));
        assertThat(s.meanMovingRange()).isCloseTo(27.0 / 14, within(EPS));
        assertThat(s.upperLimit()).isCloseTo(11.4 + 2.66 * 27.0 / 14, within(EPS));
        SpcPoint ghost = ghostOf(r);
        assertThat(ghost.value()).isEqualTo(40);
        assertThat(ghost.centre()).isCloseTo(11.4, within(EPS));
        assertThat(ghost.upperLimit()).isCloseTo(s.upperLimit(), within(EPS));
    }

    @Test
    void theMovingRangeAfterAGhostBridgesToTheCountedPointBeforeIt() {
        // SQL Step 4E: [MovingRangeWithPartition] is ABS([Value] - LAG([Value]) OVER(PARTITION BY ...,
        // [PartitionIDExcludeGhosting])), and the ghost's own is NULL. Ghost 40 sits between 11 (July) and 13
        // (August): August's range is |13 - 11| = 2, not |13 - 40| = 27.
        SpcResult r = up(withGhost(STABLE, 6, 40));
        List<SpcPoint> p = r.points();
        assertThat(p.get(7).ghosted()).isTrue();
        assertThat(p.get(7).movingRange()).isNull();
        assertThat(p.get(8).value()).isEqualTo(13);
        assertThat(p.get(8).movingRange()).isCloseTo(2, within(EPS));
        assertThat(p.get(6).movingRange()).isCloseTo(1, within(EPS));
    }

    @Test
    void aGhostIsNeverSpecialCauseThoughFarBeyondTheLimit() {
        // SQL Step 4F: a ghosted point's single-point flags are 0. 40 > 16.53 would otherwise be improvement.
        SpcPoint ghost = ghostOf(up(withGhost(STABLE, 6, 40)));
        assertThat(ghost.rules()).isEmpty();
        assertThat(ghost.signal()).isEqualTo(Signal.NONE);
        assertThat(ghost.isSpecialCause()).isFalse();
    }

    @Test
    void theIconsAndTheProjectSignalReadTheLastCountedPoint() {
        // SQL Step 4K: icons go on [PointExcludeGhostingRankDescending] = 1. A last ghost of 40 would be improvement.
        List<Observation> data = monthly(STABLE);
        data.add(new Observation(START.plusMonths(STABLE.length), 40, true));
        SpcResult r = up(data);
        assertThat(r.points().getLast().ghosted()).isTrue();
        assertThat(r.variation()).isEqualTo(VariationIcon.COMMON_CAUSE);
        assertThat(r.latestSignal()).isEqualTo(Signal.NONE);
        assertThat(r.ghostedCount()).isEqualTo(1);
    }

    @Test
    void aGhostDoesNotBreakAShift() {
        // SQL Step 4G counts runs over [PartitionIDExcludeGhosting], so a ghost neither joins nor breaks one.
        // Counted: mean 43 / 13 = 3.31; the last six (5, 6, 5, 6, 5, 6) are above it, a shift of six. Counting the
        // ghost 0 between the third and fourth would split them into two runs of three.
        double[] v = {1, 2, 1, 2, 1, 2, 1, 5, 6, 5, 6, 5, 6};
        SpcResult r = up(withGhost(v, 9, 0));
        List<SpcPoint> counted = r.points().stream().filter(p -> !p.ghosted()).toList();
        assertThat(counted).hasSize(13);
        assertThat(r.currentSegment().centre()).isCloseTo(43.0 / 13, within(EPS));
        for (int i = 7; i < 13; i++) {
            assertThat(counted.get(i).rules()).containsEntry(SpcRule.SHIFT, Side.HIGH);
        }
        assertThat(ghostOf(r).rules()).isEmpty();
    }

    @Test
    void aGhostDoesNotBreakATrend() {
        // SQL Step 4H compares each non-ghosted point with the previous non-ghosted one (LAG over [GhostFlag]).
        // 8, 9, 10, 11, 12, 13 rise six times running; a ghost 5 after the 10 would end the run at three.
        double[] v = {10, 12, 11, 13, 10, 12, 11, 8, 9, 10, 11, 12, 13};
        SpcResult r = up(withGhost(v, 9, 5));
        List<SpcPoint> counted = r.points().stream().filter(p -> !p.ghosted()).toList();
        for (int i = 7; i < 13; i++) {
            assertThat(counted.get(i).rules()).containsEntry(SpcRule.TREND, Side.HIGH);
        }
        assertThat(ghostOf(r).rules()).isEmpty();
    }

    @Test
    void ghostsDoNotCountTowardsTheThirteenPoints() {
        // SQL Step 4L: [RowCountExcludeGhosting] leaves ghosts out. Twelve counted points and a ghost are too few.
        double[] twelve = java.util.Arrays.copyOf(STABLE, 12);
        SpcResult r = up(withGhost(twelve, 11, 12));
        assertThat(r.points()).hasSize(13);
        assertThat(r.variation()).isEqualTo(VariationIcon.TOO_FEW_POINTS);
        assertThat(r.notes()).anyMatch(n -> n.startsWith("12 points so far"));
        assertThat(r.notes()).anyMatch(n -> n.startsWith("1 point is ghosted"));
    }

    @Test
    void aGhostOnARebaseDateJoinsTheNewBaselineAndOneBeforeItTheOld() {
        // SQL Step 4B: [PartitionID] runs from the point flagged to recalculate, ghosted or not.
        double[] v = new double[30];
        for (int i = 0; i < 15; i++) {
            v[i] = STABLE[i];
            v[i + 15] = STABLE[i] + 10;
        }
        List<Observation> data = monthly(v);
        LocalDate rebase = START.plusMonths(15).minusDays(10);
        data.add(new Observation(rebase, 100, true));
        data.add(new Observation(rebase.minusDays(5), -50, true));
        SpcResult r = SpcCalculator.analyse(data, Direction.UP, (Double) null, List.of(rebase), SpcOptions.defaults());
        assertThat(r.segments()).hasSize(2);
        assertThat(r.segments().get(0).centre()).isCloseTo(11.4, within(EPS));
        assertThat(r.segments().get(1).centre()).isCloseTo(21.4, within(EPS));
        SpcPoint onRebase = r.points().stream()
                .filter(p -> p.date().equals(rebase))
                .findFirst()
                .orElseThrow();
        SpcPoint before = r.points().stream()
                .filter(p -> p.date().equals(rebase.minusDays(5)))
                .findFirst()
                .orElseThrow();
        assertThat(onRebase.segment()).isEqualTo(1);
        assertThat(onRebase.centre()).isCloseTo(21.4, within(EPS));
        assertThat(before.segment()).isZero();
        assertThat(before.centre()).isCloseTo(11.4, within(EPS));
    }

    @Test
    void aRunChartsMedianLeavesGhostsOut() {
        // Counted 1..5: median 3. Counting the ghost 100 would make it 3.5.
        SpcResult r = SpcCalculator.analyse(
                withGhost(new double[] {1, 2, 3, 4, 5}, 2, 100),
                Direction.UP,
                (Double) null,
                List.of(),
                SpcOptions.defaults().withChart(ChartKind.RUN));
        assertThat(r.currentSegment().centre()).isCloseTo(3, within(EPS));
        assertThat(ghostOf(r).centre()).isCloseTo(3, within(EPS));
    }

    @Test
    void tAndGChartsCountGhostsWithAWarning() {
        // SQL Step 3B: "[GhostFlag] = 1 when [ChartType] is 'T' or 'G'" is a warning; each point is a gap.
        double[] cases = new double[14];
        java.util.Arrays.fill(cases, 20);
        List<Observation> data = withGhost(cases, 3, 50);
        SpcResult g = SpcCalculator.analyse(
                data,
                Direction.UP,
                (Double) null,
                List.of(),
                SpcOptions.defaults().withChart(ChartKind.G));
        assertThat(g.points()).hasSize(15).noneMatch(SpcPoint::ghosted);
        assertThat(g.currentSegment().size()).isEqualTo(15);
        assertThat(g.warnings()).anyMatch(w -> w.kind() == SpcWarning.Kind.GHOSTS_IGNORED);
    }

    @Test
    void aChartOfGhostsAloneHasNothingToCalculate() {
        List<Observation> data =
                List.of(new Observation(START, 1, true), new Observation(START.plusMonths(1), 2, true));
        SpcResult r = up(data);
        assertThat(r.points()).isEmpty();
        assertThat(r.variation()).isEqualTo(VariationIcon.NO_DATA);
        assertThat(r.notes())
                .containsExactly("Every point is ghosted, so there is nothing to calculate the chart from.");
    }
}
