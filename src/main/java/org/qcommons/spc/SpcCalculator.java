package org.qcommons.spc;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Statistical process control as NHS England's "Making Data Count" (MDC) does it (decisions 050 and 096): XmR charts
 * with limits at mean ± 2.66 × mean moving range, T and G charts for rare events, a run chart when a measure asks
 * for one, four special-cause rules, the variation and assurance icons, MDC's warnings and its ghosted points
 * (decision 127: drawn, but in no calculation). Pure Java: no UI or
 * persistence types, so it can be tested against the references' own cases.
 */
public final class SpcCalculator {

    /**
     * Raised whenever a change to the rules can change a stored signal, so that stored measures are re-flagged once
     * (see the insights feature's SpcRulesRefresh). 1 = issue 21.
     */
    public static final int RULES_VERSION = 1;
    /** MDC shows special cause and the icons only from this many points. */
    public static final int MIN_POINTS_FOR_SPECIAL_CAUSE = 13;
    /** MDC warns when a baseline (a recalculation, or a fixed baseline) rests on fewer points. */
    public static final int MIN_BASELINE = 12;
    /** 3 / d2 for subgroups of two (d2 = 1.128): converts the mean moving range into three sigma. */
    public static final double LIMIT_FACTOR = 2.66;
    /** D4 for subgroups of two: the moving-range chart's upper limit, and the outlier screen's threshold. */
    public static final double MR_LIMIT_FACTOR = 3.267;
    /** The MDC SQL's T chart works on days between events raised to 1 / 3.6, which makes them near normal. */
    public static final double T_POWER = 3.6;
    /** The MDC SQL's G chart draws its centre line at 0.693 × the mean, about the median of a geometric count. */
    public static final double G_CENTRE_FACTOR = 0.693;

    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private SpcCalculator() {}

    public static SpcResult analyse(List<Observation> observations, Direction direction) {
        return analyse(observations, direction, (Double) null, List.of(), SpcOptions.defaults());
    }

    public static SpcResult analyse(
            List<Observation> observations,
            Direction direction,
            Double target,
            Collection<LocalDate> rebases,
            SpcOptions options) {
        List<SpcTarget> targets = target == null ? List.of() : List.of(new SpcTarget(target, null, null));
        return analyse(observations, direction, targets, rebases, options);
    }

    public static SpcResult analyse(
            List<Observation> observations,
            Direction direction,
            List<SpcTarget> targets,
            Collection<LocalDate> rebases,
            SpcOptions options) {
        Objects.requireNonNull(direction, "direction");
        SpcOptions opts = options == null ? SpcOptions.defaults() : options;
        ChartKind kind = opts.chart();
        List<Observation> sorted = sortedAndChecked(observations);
        List<String> notes = new ArrayList<>();
        List<SpcWarning> warnings = new ArrayList<>();
        List<Observation> ghosts = Ghosts.ghosted(sorted);
        if (!kind.allowsGhosts() && !ghosts.isEmpty()) {
            warnings.add(Ghosts.ignored(kind, ghosts.size()));
            ghosts = List.of();
        }
        List<Observation> series = charted(ghosts.isEmpty() ? sorted : Ghosts.counted(sorted), kind);
        if (series.isEmpty()) {
            notes.add(
                    !ghosts.isEmpty()
                            ? "Every point is ghosted, so there is nothing to calculate the chart from."
                            : kind == ChartKind.T && observations != null && observations.size() == 1
                                    ? "One event so far: a T chart counts the days from one event to the next."
                                    : "No data points yet.");
            return new SpcResult(
                    kind,
                    direction,
                    null,
                    List.of(),
                    List.of(),
                    VariationIcon.NO_DATA,
                    AssuranceIcon.NONE,
                    notes,
                    List.of(),
                    null);
        }
        int n = series.size();
        double[] v = series.stream().mapToDouble(Observation::value).toArray();
        List<Integer> starts = kind.runChart() ? List.of(0) : segmentStarts(series, rebases, warnings);
        if (kind.runChart() && rebases != null && !rebases.isEmpty()) {
            notes.add("A run chart has one median for all its points, so rebase annotations do not move it.");
        }
        boolean judged = kind.runChart() || n >= MIN_POINTS_FOR_SPECIAL_CAUSE;
        boolean anhoej = kind == ChartKind.RUN_ANHOEJ;
        List<Map<SpcRule, Side>> rules = new ArrayList<>();
        series.forEach(o -> rules.add(new EnumMap<>(SpcRule.class)));
        List<Segment> segments = new ArrayList<>();
        for (int s = 0; s < starts.size(); s++) {
            int from = starts.get(s);
            int to = s + 1 < starts.size() ? starts.get(s + 1) : n;
            Segment seg = SpcLines.segment(kind, s, series, v, from, to, opts);
            segments.add(seg);
            if (judged && !anhoej) {
                SpcRules.beyondLimits(v, from, to, seg, rules);
                SpcRules.twoOfThree(v, from, to, seg, rules);
                SpcRules.shifts(v, from, to, seg.centre(), opts.shiftLength(), rules);
            }
        }
        RunsAnalysis runs = null;
        if (anhoej) {
            runs = anhoej(v, segments.getFirst().centre(), rules, notes);
        } else if (judged) {
            // MDC SQL v2.2 on: a trend carries across a recalculation of limits.
            SpcRules.trends(v, 0, n, opts.trendLength(), rules);
        }
        notes.addAll(SpcLines.notes(kind, n, opts));
        if (!ghosts.isEmpty()) {
            notes.add(Ghosts.note(ghosts.size()));
        }
        List<SpcPoint> points = points(series, v, segments, rules, direction, targets, kind, opts, warnings);
        baselineWarnings(segments, points, opts, warnings);
        // The icons read the last counted point, as MDC's do the last non-ghosted one.
        SpcPoint last = points.getLast();
        VariationIcon variation = judged ? variation(last) : VariationIcon.TOO_FEW_POINTS;
        if (judged && last.conflict()) {
            warnings.add(new SpcWarning(
                    SpcWarning.Kind.ICON_CONFLICT,
                    last.date(),
                    "The latest point was flagged as both improvement and concern, so the variation icon shows "
                            + "the measure's choice: " + last.signal().label().toLowerCase() + "."));
        }
        AssuranceIcon assurance = judged && kind.takesTargets()
                ? assurance(direction, last.target(), segments.getLast())
                : AssuranceIcon.NONE;
        return new SpcResult(
                kind,
                direction,
                last.target(),
                List.copyOf(Ghosts.merge(
                        points, ghosts, segments, rebases, date -> targetOn(date, targets, kind, direction))),
                List.copyOf(segments),
                variation,
                assurance,
                List.copyOf(notes),
                List.copyOf(warnings),
                runs);
    }

    /** The Anhøj rules in place of MDC's four (decision 120): the long run's points carry the signal's side. */
    private static RunsAnalysis anhoej(double[] v, double median, List<Map<SpcRule, Side>> rules, List<String> notes) {
        Side[] sides = new Side[v.length];
        for (int i = 0; i < v.length; i++) {
            sides[i] = SpcRules.side(v[i], median);
        }
        RunsAnalysis runs = RunsAnalysis.of(sides);
        if (runs.longRunSignal()) {
            RunsAnalysis.markLongRuns(sides, runs.longestRunLimit(), rules);
        }
        notes.add(
                runs.useful() == 0
                        ? "Every point is on the median, so the Anhøj rules have nothing to judge."
                        : "Anhøj rules on " + runs.useful() + " points off the median: longest run " + runs.longestRun()
                                + " (more than " + runs.longestRunLimit() + " suggests a shift), " + runs.crossings()
                                + " crossing" + (runs.crossings() == 1 ? "" : "s") + " of the median (fewer than "
                                + runs.crossingsLimit() + " suggests a shift): "
                                + (runs.signal() ? "non-random variation." : "random variation only."));
        return runs;
    }

    private static List<Observation> sortedAndChecked(List<Observation> observations) {
        if (observations == null) {
            return List.of();
        }
        Set<LocalDate> seen = new HashSet<>();
        for (int i = 0; i < observations.size(); i++) {
            Observation o = observations.get(i);
            if (o == null || o.date() == null) {
                throw new IllegalArgumentException("Data point " + (i + 1) + " has no date: every point needs one");
            }
            if (!Double.isFinite(o.value())) {
                throw new IllegalArgumentException("Data point " + (i + 1) + " has no usable value");
            }
            if (!seen.add(o.date())) {
                throw new IllegalArgumentException("Two data points share the date " + UK_DATE.format(o.date())
                        + ": each date may have one value");
            }
        }
        return observations.stream()
                .sorted(Comparator.comparing(Observation::date))
                .toList();
    }

    /** What the chart plots: the values, or for a T chart the days from each event to the next. */
    private static List<Observation> charted(List<Observation> sorted, ChartKind kind) {
        if (kind != ChartKind.T) {
            return sorted;
        }
        List<Observation> days = new ArrayList<>();
        for (int i = 1; i < sorted.size(); i++) {
            days.add(new Observation(
                    sorted.get(i).date(),
                    ChronoUnit.DAYS.between(
                            sorted.get(i - 1).date(), sorted.get(i).date())));
        }
        return days;
    }

    /**
     * Where each baseline starts. As in MDC, every recalculation is applied; one that leaves a baseline under
     * {@value #MIN_BASELINE} points is warned about.
     */
    private static List<Integer> segmentStarts(
            List<Observation> series, Collection<LocalDate> rebases, List<SpcWarning> warnings) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        if (rebases == null) {
            return starts;
        }
        List<LocalDate> dates =
                rebases.stream().filter(Objects::nonNull).distinct().sorted().toList();
        for (LocalDate rebase : dates) {
            int at = 0;
            while (at < series.size() && series.get(at).date().isBefore(rebase)) {
                at++;
            }
            if (at > starts.getLast() && at < series.size()) {
                starts.add(at);
            }
        }
        for (int s = 0; s < starts.size() && starts.size() > 1; s++) {
            int size = (s + 1 < starts.size() ? starts.get(s + 1) : series.size()) - starts.get(s);
            if (size < MIN_BASELINE) {
                LocalDate start = series.get(starts.get(s)).date();
                warnings.add(new SpcWarning(
                        SpcWarning.Kind.SHORT_BASELINE,
                        start,
                        "The limits from " + UK_DATE.format(start) + " rest on " + size + " point"
                                + (size == 1 ? "" : "s") + ": Making Data Count recommends at least " + MIN_BASELINE
                                + " before limits are recalculated."));
            }
        }
        return starts;
    }

    private static List<SpcPoint> points(
            List<Observation> series,
            double[] v,
            List<Segment> segments,
            List<Map<SpcRule, Side>> rules,
            Direction direction,
            List<SpcTarget> targets,
            ChartKind kind,
            SpcOptions opts,
            List<SpcWarning> warnings) {
        List<SpcPoint> points = new ArrayList<>(series.size());
        for (Segment seg : segments) {
            int first = points.size();
            for (int i = first; i < first + seg.size(); i++) {
                Map<SpcRule, Side> r = rules.get(i);
                Verdict verdict = verdict(r, direction, opts.conflictRule());
                if (verdict.conflict()) {
                    warnings.add(new SpcWarning(
                            SpcWarning.Kind.POINT_CONFLICT,
                            series.get(i).date(),
                            "The point on " + UK_DATE.format(series.get(i).date())
                                    + " is both improvement and concern; it is shown as "
                                    + verdict.signal().label().toLowerCase() + "."));
                }
                Double mr = (kind == ChartKind.XMR || kind.runChart()) && i > first ? Math.abs(v[i] - v[i - 1]) : null;
                points.add(new SpcPoint(
                        series.get(i).date(),
                        v[i],
                        seg.index(),
                        seg.centre(),
                        seg.upperLimit(),
                        seg.lowerLimit(),
                        seg.upperTwoSigma(),
                        seg.lowerTwoSigma(),
                        mr,
                        targetOn(series.get(i).date(), targets, kind, direction),
                        Collections.unmodifiableMap(r),
                        verdict.signal(),
                        verdict.side(),
                        verdict.conflict(),
                        false));
            }
        }
        return points;
    }

    private static Double targetOn(LocalDate date, List<SpcTarget> targets, ChartKind kind, Direction direction) {
        if (targets == null || !kind.takesTargets() || direction == Direction.NEUTRAL) {
            return null;
        }
        // The latest-starting target in force wins, so a new target overrides an open-ended one.
        return targets.stream()
                .filter(t -> t.inForceOn(date))
                .max(Comparator.comparing(t -> t.from() == null ? LocalDate.MIN : t.from()))
                .map(SpcTarget::value)
                .orElse(null);
    }

    private record Verdict(Signal signal, Side side, boolean conflict) {}

    /** Reads a point's rules with the direction; rules are taken in {@link SpcRule} order for the side shown. */
    private static Verdict verdict(Map<SpcRule, Side> rules, Direction direction, ConflictRule conflictRule) {
        if (rules.isEmpty()) {
            return new Verdict(Signal.NONE, null, false);
        }
        Side firstSide = rules.values().iterator().next();
        if (direction == Direction.NEUTRAL) {
            return new Verdict(Signal.NEUTRAL, firstSide, false);
        }
        Side good = null;
        Side bad = null;
        for (Side side : rules.values()) {
            if (direction.favours(side)) {
                good = good == null ? side : good;
            } else {
                bad = bad == null ? side : bad;
            }
        }
        if (good != null && bad != null) {
            return conflictRule == ConflictRule.IMPROVEMENT
                    ? new Verdict(Signal.IMPROVEMENT, good, true)
                    : new Verdict(Signal.CONCERN, bad, true);
        }
        return good != null ? new Verdict(Signal.IMPROVEMENT, good, false) : new Verdict(Signal.CONCERN, bad, false);
    }

    private static void baselineWarnings(
            List<Segment> segments, List<SpcPoint> points, SpcOptions opts, List<SpcWarning> warnings) {
        if (opts.fixAfter() == null) {
            return;
        }
        int first = 0;
        for (Segment seg : segments) {
            if (seg.limitPoints() < seg.size() && seg.limitPoints() < MIN_BASELINE) {
                warnings.add(new SpcWarning(
                        SpcWarning.Kind.SHORT_BASELINE,
                        seg.start(),
                        "The limits from " + UK_DATE.format(seg.start()) + " are fixed on " + seg.limitPoints()
                                + " points: Making Data Count recommends a baseline of at least " + MIN_BASELINE
                                + "."));
            }
            boolean special =
                    points.subList(first, first + seg.limitPoints()).stream().anyMatch(SpcPoint::isSpecialCause);
            if (special && seg.limitPoints() < seg.size()) {
                warnings.add(new SpcWarning(
                        SpcWarning.Kind.BASELINE_SPECIAL_CAUSE,
                        seg.start(),
                        "The baseline from " + UK_DATE.format(seg.start())
                                + " contains special cause, so the limits fixed on it may not describe the process."));
            }
            first += seg.size();
        }
    }

    private static VariationIcon variation(SpcPoint last) {
        return switch (last.signal()) {
            case NONE -> VariationIcon.COMMON_CAUSE;
            case IMPROVEMENT -> VariationIcon.IMPROVEMENT;
            case CONCERN -> VariationIcon.CONCERN;
            case NEUTRAL -> last.side() == Side.HIGH ? VariationIcon.NEUTRAL_HIGH : VariationIcon.NEUTRAL_LOW;
        };
    }

    /**
     * Target on or beyond a limit counts as consistently passing or failing, as the MDC SQL does from v2.1
     * (NHSRplotthedots needs it strictly beyond; decision 096).
     */
    private static AssuranceIcon assurance(Direction direction, Double target, Segment current) {
        if (target == null || direction == Direction.NEUTRAL || current.upperLimit() == null) {
            return AssuranceIcon.NONE;
        }
        boolean onOrAboveUpper = SpcRules.side(target, current.upperLimit()) != Side.LOW;
        boolean onOrBelowLower =
                current.lowerLimit() != null && SpcRules.side(target, current.lowerLimit()) != Side.HIGH;
        // Passing is tested first, so zero-width limits on the target itself count as passing.
        boolean passes = direction == Direction.UP ? onOrBelowLower : onOrAboveUpper;
        boolean fails = direction == Direction.UP ? onOrAboveUpper : onOrBelowLower;
        if (passes) {
            return AssuranceIcon.CONSISTENTLY_PASSES;
        }
        if (fails) {
            return AssuranceIcon.CONSISTENTLY_FAILS;
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
