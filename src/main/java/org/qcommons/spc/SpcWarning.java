package org.qcommons.spc;

import java.time.LocalDate;

/** One of Making Data Count's chart warnings, with the date it is about (null when about the whole chart). */
public record SpcWarning(Kind kind, LocalDate date, String message) {

    public enum Kind {
        /** A recalculation (rebase) or a fixed baseline rests on fewer points than MDC recommends. */
        SHORT_BASELINE,
        /** A fixed baseline contains special cause, so the limits frozen from it are suspect. */
        BASELINE_SPECIAL_CAUSE,
        /** A point was flagged as both improvement and concern; the measure's conflict rule decided. */
        POINT_CONFLICT,
        /** The latest point, and so the variation icon, was flagged both ways. */
        ICON_CONFLICT,
        /** Points are ghosted on a T or G chart, where MDC does not allow ghosting, so they were counted. */
        GHOSTS_IGNORED
    }
}
