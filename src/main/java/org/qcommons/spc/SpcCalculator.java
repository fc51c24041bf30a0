package org.qcommons.spc;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Statistical process control as the NHS "Making Data Count" guidance describes it: an XmR chart with process
 * limits at mean ± 2.66 × mean moving range, four special-cause rules, and the variation and assurance icons.
 * With fewer than {@value #MIN_POINTS_FOR_LIMITS} points it draws a run chart around the median instead.
 * Pure Java: no UI or persistence types, so it can be tested with hand-checked numbers.
 */
public final class SpcCalculator {

    /** Below this many points limits are too unstable to trust, so a run chart is drawn. */
    public static final int MIN_POINTS_FOR_LIMITS = 13;
    /** Limits are recalculated from a rebase point only if both baselines keep at least this many points. */
    public static final int MIN_BASELINE = 12;
    /** 3 / d2 for subgroups of two (d2 = 1.128): converts the mean moving range into three sigma. */
    public static final double LIMIT_FACTOR = 2.66;

    private static final double TWO_SIGMA_FACTOR = LIMIT_FACTOR * 2 / 3;
    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("d MMM yyyy");

    private SpcCalculator() {}

    public static SpcResult analyse(
            List<Observation> observations,
            Direction direction,
            Double target,
            Collection<LocalDate> rebases,
            SpcOptions options) {
        Objects.requireNonNull(direction, "direction");
        SpcOptions opts = options == null ? SpcOptions.defaults() : options;
        List<Observation> sorted = sortedAndChecked(observations);
        List<String> notes = new ArrayList<>();
        if (sorted.isEmpty()) {
            return new SpcResult(
                    ChartKind.RUN,
                    direction,
                    target,
                    List.of(),
                    List.of(),
                    VariationIcon.NO_DATA,
                    AssuranceIcon.NONE,
                    List.of("No data points yet."));
        }
        List<Map<SpcRule, Side>> rules = new ArrayList<>();
        sorted.forEach(o -> rules.add(new EnumMap<>(SpcRule.class)));
        List<Segment> segments = new ArrayList<>();
        ChartKind kind;
        if (sorted.size() < MIN_POINTS_FOR_LIMITS) {
            kind = ChartKind.RUN;
            notes.add("Fewer than " + MIN_POINTS_FOR_LIMITS + " points: a run chart around the median is shown; "
                    + "process limits appear from " + MIN_POINTS_FOR_LIMITS + " points.");
            if (rebases != null && !rebases.isEmpty()) {
                notes.add("Rebase points are applied once there are enough points for process limits.");
            }
            double median =
                    median(sorted.stream().mapToDouble(Observation::value).toArray());
            segments.add(new Segment(
                    0,
                    sorted.getFirst().date(),
                    sorted.getLast().date(),
                    sorted.size(),
                    median,
                    null,
                    null,
                    null,
                    null,
                    null));
            double[] values = sorted.stream().mapToDouble(Observation::value).toArray();
            markShifts(values, 0, values.length, median, opts.shiftLength(), rules);
            markTrends(values, 0, values.length, opts.trendLength(), rules);
        } else {
            kind = ChartKind.XMR;
            List<Integer> starts = segmentStarts(sorted, rebases, notes);
            double[] values = sorted.stream().mapToDouble(Observation::value).toArray();
            for (int s = 0; s < starts.size(); s++) {
                int from = starts.get(s);
                int to = s + 1 < starts.size() ? starts.get(s + 1) : values.length;
                Segment seg = xmrSegment(s, sorted, values, from, to);
                segments.add(seg);
                markBeyondLimits(values, from, to, seg, rules);
                markTwoOfThree(values, from, to, seg, rules);
                markShifts(values, from, to, seg.centre(), opts.shiftLength(), rules);
                markTrends(values, from, to, opts.trendLength(), rules);
            }
        }
        List<SpcPoint> points = new ArrayList<>(sorted.size());
        int first = 0;
        for (Segment seg : segments) {
            for (int i = first; i < first + seg.size(); i++) {
                Double mr = kind == ChartKind.XMR && i > first
                        ? Math.abs(sorted.get(i).value() - sorted.get(i - 1).value())
                        : null;
                points.add(new SpcPoint(
                        sorted.get(i).date(),
                        sorted.get(i).value(),
                        seg.index(),
                        seg.centre(),
                        seg.upperLimit(),
                        seg.lowerLimit(),
                        seg.upperTwoSigma(),
                        seg.lowerTwoSigma(),
                        mr,
                        Collections.unmodifiableMap(rules.get(i)),
                        signal(rules.get(i), direction)));
            }
            first += seg.size();
        }
        VariationIcon variation = switch (points.getLast().signal()) {
            case NONE -> VariationIcon.COMMON_CAUSE;
            case IMPROVEMENT -> VariationIcon.IMPROVEMENT;
            case CONCERN -> VariationIcon.CONCERN;
        };
        AssuranceIcon assurance = assurance(kind, direction, target, segments.getLast());
        return new SpcResult(
                kind,
                direction,
                target,
                List.copyOf(points),
                List.copyOf(segments),
                variation,
                assurance,
                List.copyOf(notes));
    }

    public static SpcResult analyse(List<Observation> observations, Direction direction) {
        return analyse(observations, direction, null, List.of(), SpcOptions.defaults());
    }

    private static List<Observation> sortedAndChecked(List<Observation> observations) {
        if (observations == null) {
            return List.of();
        }
        for (int i = 0; i < observations.size(); i++) {
            Observation o = observations.get(i);
            if (o == null || o.date() == null) {
                throw new IllegalArgumentException("Data point " + (i + 1) + " has no date: every point needs one");
            }
            if (!Double.isFinite(o.value())) {
                throw new IllegalArgumentException("Data point " + (i + 1) + " has no usable value");
            }
        }
        // A stable sort keeps the entry order of points that share a date.
        return observations.stream()
                .sorted(Comparator.comparing(Observation::date))
                .toList();
    }

    /** Where each baseline starts. A rebase that would leave either side with too few points is ignored, and said so. */
    private static List<Integer> segmentStarts(
            List<Observation> sorted, Collection<LocalDate> rebases, List<String> notes) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        if (rebases == null) {
            return starts;
        }
        List<LocalDate> dates =
                rebases.stream().filter(Objects::nonNull).distinct().sorted().toList();
        for (LocalDate rebase : dates) {
            int at = 0;
            while (at < sorted.size() && sorted.get(at).date().isBefore(rebase)) {
                at++;
            }
            int previous = starts.getLast();
            int before = at - previous;
            int after = sorted.size() - at;
            if (at == previous && at == 0) {
                continue; // a rebase on or before the first point changes nothing
            }
            if (before >= MIN_BASELINE && after >= MIN_BASELINE) {
                starts.add(at);
            } else {
                notes.add("Rebase on " + UK_DATE.format(rebase) + " not applied yet: each baseline needs at least "
                        + MIN_BASELINE + " points (it would leave " + before + " before and " + after + " after).");
            }
        }
        return starts;
    }

    private static Segment xmrSegment(int index, List<Observation> sorted, double[] v, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += v[i];
        }
        double mean = sum / (to - from);
        double mrSum = 0;
        for (int i = from + 1; i < to; i++) {
            mrSum += Math.abs(v[i] - v[i - 1]);
        }
        double mrBar = mrSum / (to - from - 1);
        return new Segment(
                index,
                sorted.get(from).date(),
                sorted.get(to - 1).date(),
                to - from,
                mean,
                mrBar,
                mean + LIMIT_FACTOR * mrBar,
                mean - LIMIT_FACTOR * mrBar,
                mean + TWO_SIGMA_FACTOR * mrBar,
                mean - TWO_SIGMA_FACTOR * mrBar);
    }

    private static double tolerance(double reference) {
        return 1e-9 * Math.max(1, Math.abs(reference));
    }

    /** Side of a line, or null when the value is on it (within rounding of the arithmetic). */
    private static Side side(double value, double line) {
        double eps = tolerance(line);
        if (value > line + eps) {
            return Side.HIGH;
        }
        if (value < line - eps) {
            return Side.LOW;
        }
        return null;
    }

    private static void markBeyondLimits(double[] v, int from, int to, Segment seg, List<Map<SpcRule, Side>> rules) {
        for (int i = from; i < to; i++) {
            if (side(v[i], seg.upperLimit()) == Side.HIGH) {
                rules.get(i).put(SpcRule.BEYOND_LIMIT, Side.HIGH);
            } else if (side(v[i], seg.lowerLimit()) == Side.LOW) {
                rules.get(i).put(SpcRule.BEYOND_LIMIT, Side.LOW);
            }
        }
    }

    /**
     * Two of any three consecutive points beyond the same 2-sigma line, with all three on that side of the mean, as
     * Making Data Count, its SQL v2.6 and NHSRplotthedots require; only the points beyond the line are flagged.
     */
    private static void markTwoOfThree(double[] v, int from, int to, Segment seg, List<Map<SpcRule, Side>> rules) {
        for (int start = from; start + 3 <= to; start++) {
            markWindow(v, start, seg.centre(), seg.upperTwoSigma(), Side.HIGH, rules);
            markWindow(v, start, seg.centre(), seg.lowerTwoSigma(), Side.LOW, rules);
        }
    }

    private static void markWindow(
            double[] v, int start, double centre, double twoSigma, Side towards, List<Map<SpcRule, Side>> rules) {
        int beyond = 0;
        for (int i = start; i < start + 3; i++) {
            if (side(v[i], centre) != towards) {
                return;
            }
            if (side(v[i], twoSigma) == towards) {
                beyond++;
            }
        }
        if (beyond < 2) {
            return;
        }
        for (int i = start; i < start + 3; i++) {
            if (side(v[i], twoSigma) == towards) {
                rules.get(i).put(SpcRule.TWO_OF_THREE, towards);
            }
        }
    }

    /** Runs of points strictly on one side of the centre; a point on the centre line ends a run. */
    private static void markShifts(
            double[] v, int from, int to, double centre, int length, List<Map<SpcRule, Side>> rules) {
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
    private static void markTrends(double[] v, int from, int to, int length, List<Map<SpcRule, Side>> rules) {
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

    private static Signal signal(Map<SpcRule, Side> rules, Direction direction) {
        for (SpcRule rule : SpcRule.values()) {
            Side side = rules.get(rule);
            if (side != null) {
                return direction.favours(side) ? Signal.IMPROVEMENT : Signal.CONCERN;
            }
        }
        return Signal.NONE;
    }

    private static AssuranceIcon assurance(ChartKind kind, Direction direction, Double target, Segment current) {
        if (target == null || kind != ChartKind.XMR) {
            return AssuranceIcon.NONE;
        }
        Side aboveUpper = side(target, current.upperLimit());
        Side belowLower = side(target, current.lowerLimit());
        if (aboveUpper == Side.HIGH) {
            return direction == Direction.UP ? AssuranceIcon.CONSISTENTLY_FAILS : AssuranceIcon.CONSISTENTLY_PASSES;
        }
        if (belowLower == Side.LOW) {
            return direction == Direction.UP ? AssuranceIcon.CONSISTENTLY_PASSES : AssuranceIcon.CONSISTENTLY_FAILS;
        }
        return AssuranceIcon.HIT_AND_MISS;
    }

    static double median(double[] values) {
        double[] copy = values.clone();
        Arrays.sort(copy);
        int n = copy.length;
        return n % 2 == 1 ? copy[n / 2] : (copy[n / 2 - 1] + copy[n / 2]) / 2;
    }
}
