package org.qcommons.spc;

/**
 * Run lengths for the shift and trend rules. Making Data Count uses 6 for both; some teams prefer 7 or 8 to cut
 * false alarms, so 6 to 8 is allowed.
 */
public record SpcOptions(int shiftLength, int trendLength) {

    public static final int MIN_RUN = 6;
    public static final int MAX_RUN = 8;

    public SpcOptions {
        check("shift", shiftLength);
        check("trend", trendLength);
    }

    public static SpcOptions defaults() {
        return new SpcOptions(6, 6);
    }

    private static void check(String rule, int length) {
        if (length < MIN_RUN || length > MAX_RUN) {
            throw new IllegalArgumentException("The " + rule + " rule needs a run length from " + MIN_RUN + " to "
                    + MAX_RUN + " points, not " + length);
        }
    }
}
