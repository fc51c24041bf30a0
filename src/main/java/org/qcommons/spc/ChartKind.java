package org.qcommons.spc;

public enum ChartKind {
    /** Individuals and moving range chart: mean, process limits and 2-sigma lines. */
    XMR,
    /** Too few points for limits: a run chart around the median, with the shift and trend rules only. */
    RUN
}
