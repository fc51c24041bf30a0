package org.qcommons.spc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Ghosted points as the Making Data Count SQL (v2.4, Steps 4B to 4L) treats them (decision 127). The engine
 * analyses the counted points alone, so a ghosted point is in no mean, moving range, limit, rule or icon, and the
 * moving range after it is taken from the counted point before it. This class then puts the ghosts back on the
 * chart with the lines of the baseline they fall in.
 */
final class Ghosts {

    private Ghosts() {}

    static List<Observation> counted(List<Observation> sorted) {
        return sorted.stream().filter(o -> !o.ghosted()).toList();
    }

    static List<Observation> ghosted(List<Observation> sorted) {
        return sorted.stream().filter(Observation::ghosted).toList();
    }

    static String note(int count) {
        return (count == 1 ? "1 point is" : count + " points are")
                + " ghosted: drawn hollow but left out of the mean, the moving ranges, the limits and the rules, as "
                + "in Making Data Count. The moving range after a ghosted point is taken from the point before it.";
    }

    static SpcWarning ignored(ChartKind kind, int count) {
        return new SpcWarning(
                SpcWarning.Kind.GHOSTS_IGNORED,
                null,
                count + " ghosted point" + (count == 1 ? " is" : "s are") + " counted: Making Data Count does not "
                        + "ghost points on a " + (kind == ChartKind.T ? "T" : "G") + " chart, where each point is "
                        + "the gap between events.");
    }

    /** The counted points with the ghosts put back in date order, each drawn with its baseline's lines. */
    static List<SpcPoint> merge(
            List<SpcPoint> counted,
            List<Observation> ghosts,
            List<Segment> segments,
            Collection<LocalDate> rebases,
            Function<LocalDate, Double> targetOn) {
        if (ghosts.isEmpty() || counted.isEmpty()) {
            return counted;
        }
        List<LocalDate> dates = rebases == null
                ? List.of()
                : rebases.stream().filter(Objects::nonNull).sorted().toList();
        List<SpcPoint> all = new ArrayList<>(counted);
        for (Observation g : ghosts) {
            Segment seg = segments.get(segmentOf(g.date(), counted, dates));
            all.add(new SpcPoint(
                    g.date(),
                    g.value(),
                    seg.index(),
                    seg.centre(),
                    seg.upperLimit(),
                    seg.lowerLimit(),
                    seg.upperTwoSigma(),
                    seg.lowerTwoSigma(),
                    null,
                    targetOn.apply(g.date()),
                    Map.of(),
                    Signal.NONE,
                    null,
                    false,
                    true));
        }
        all.sort(Comparator.comparing(SpcPoint::date));
        return all;
    }

    /**
     * The baseline a ghost falls in. Between two counted points of different baselines, the ghost joins the later
     * one when it is on or after the rebase that started it, as MDC's partitions run from the rebase date.
     */
    private static int segmentOf(LocalDate date, List<SpcPoint> counted, List<LocalDate> rebases) {
        SpcPoint before = null;
        SpcPoint after = null;
        for (SpcPoint p : counted) {
            if (p.date().isBefore(date)) {
                before = p;
            } else if (after == null) {
                after = p;
            }
        }
        if (before == null) {
            return after.segment();
        }
        if (after == null || after.segment() == before.segment()) {
            return before.segment();
        }
        LocalDate from = before.date();
        LocalDate to = after.date();
        LocalDate rebase = rebases.stream()
                .filter(r -> r.isAfter(from) && !r.isAfter(to))
                .findFirst()
                .orElse(to);
        return date.isBefore(rebase) ? before.segment() : after.segment();
    }
}
