package org.qcommons.meetings;

/** A tracked amendment is open until the convenor accepts it into the minutes or rejects it. */
public enum AmendmentStatus {
    OPEN("Open"),
    ACCEPTED("Accepted"),
    REJECTED("Rejected");

    private final String label;

    AmendmentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
