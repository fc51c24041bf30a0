package org.qcommons.spc;

/** Which way a measure should move to count as improvement: it decides whether a signal is good or bad news. */
public enum Direction {
    UP("Higher is better"),
    DOWN("Lower is better");

    private final String label;

    Direction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether a signal on this side of the centre line is an improvement. */
    public boolean favours(Side side) {
        return (this == UP) == (side == Side.HIGH);
    }
}
