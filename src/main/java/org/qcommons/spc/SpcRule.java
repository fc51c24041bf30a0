package org.qcommons.spc;

/** The NHS "Making Data Count" special-cause rules, in order of precedence when one point breaks several. */
public enum SpcRule {
    BEYOND_LIMIT("Point beyond a process limit"),
    TWO_OF_THREE("Two out of three points beyond 2 sigma"),
    SHIFT("Shift: run of points on one side of the centre line"),
    TREND("Trend: run of points rising or falling"),
    /** Anhøj rules only: a point of a run longer than round(log2(useful points)) + 3 (decision 120). */
    LONG_RUN("Unusually long run on one side of the median");

    private final String label;

    SpcRule(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
