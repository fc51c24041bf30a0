package org.qcommons.spc;

/** The chart a measure is drawn as. Chosen per measure: the engine never switches type by itself. */
public enum ChartKind {
    /** Individuals and moving range chart: mean, process limits and 2-sigma lines. */
    XMR("XmR chart (individuals and moving range)"),
    /** A run chart around the median, with the shift and trend rules only. */
    RUN("Run chart (median, shift and trend rules)"),
    /**
     * A run chart judged by the Anhøj rules (unusually long runs, unusually few crossings) as qicharts2 does
     * (decision 120). The name fits the 10-character chart_type column.
     */
    RUN_ANHOEJ("Run chart (median, Anhøj rules)"),
    /** Rare events: days between events, on a transformed scale as the Making Data Count SQL does. */
    T("T chart (days between rare events)"),
    /** Rare events: cases between events, with geometric limits as the Making Data Count SQL does. */
    G("G chart (cases between rare events)");

    private final String label;

    ChartKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Run charts draw a median and no limits, over one baseline. */
    public boolean runChart() {
        return this == RUN || this == RUN_ANHOEJ;
    }

    /**
     * Whether a point may be ghosted (decision 127). Not on T and G charts, as in the MDC SQL (its warning
     * "[GhostFlag] = 1 when [ChartType] is 'T' or 'G'"): each point is the gap between two events.
     */
    public boolean allowsGhosts() {
        return this != T && this != G;
    }

    /** Whether the chart has a target line and an assurance icon (the MDC SQL sets none for T and G charts). */
    public boolean takesTargets() {
        return this == XMR;
    }
}
