package org.qcommons.governance;

public enum ConcernStatus {
    OPEN("Open"),
    IN_MEDIATION("In mediation"),
    CLOSED("Closed");

    private final String label;

    ConcernStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
