package org.qcommons.governance;

public enum ElectionStatus {
    NOMINATIONS("Nominations open"),
    VOTING("Voting open"),
    CLOSED("Voting closed"),
    COUNTED("Counted"),
    PUBLISHED("Results published"),
    CANCELLED("Cancelled");

    private final String label;

    ElectionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
