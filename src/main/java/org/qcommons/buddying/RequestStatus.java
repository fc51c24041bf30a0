package org.qcommons.buddying;

public enum RequestStatus {
    /** In the queue: no buddy proposed yet, or the last proposal was declined. */
    WAITING("Waiting"),
    /** A buddy has been asked and has not answered yet. */
    PROPOSED("Buddy asked"),
    /** Paired with a buddy (active or paused). */
    MATCHED("Paired"),
    CLOSED("Closed"),
    WITHDRAWN("Withdrawn");

    private final String label;

    RequestStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isOpen() {
        return this == WAITING || this == PROPOSED || this == MATCHED;
    }
}
