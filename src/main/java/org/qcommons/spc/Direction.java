package org.qcommons.spc;

/**
 * Which way a measure should move to count as improvement: it decides whether a signal is good or bad news. NEUTRAL
 * is Making Data Count's "neither": special cause is still found, but it is neither improvement nor concern.
 */
public enum Direction {
    UP("Higher is better"),
    DOWN("Lower is better"),
    NEUTRAL("Neither is better");

    private final String label;

    Direction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether a signal on this side of the centre line is an improvement; never for a neutral measure. */
    public boolean favours(Side side) {
        return this != NEUTRAL && (this == UP) == (side == Side.HIGH);
    }
}
