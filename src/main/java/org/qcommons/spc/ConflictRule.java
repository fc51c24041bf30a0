package org.qcommons.spc;

/**
 * What a point shows when rules flag it both ways, for example a rising trend that starts below the lower limit.
 * The Making Data Count SQL takes this per metric ({@code MetricConflictRule}); the chart warns either way.
 */
public enum ConflictRule {
    IMPROVEMENT("Show it as improvement (Making Data Count default)"),
    CONCERN("Show it as concern");

    private final String label;

    ConflictRule(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
