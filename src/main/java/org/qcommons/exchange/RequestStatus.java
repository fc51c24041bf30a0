package org.qcommons.exchange;

public enum RequestStatus {
    OPEN("Open"),
    FILLED("Filled"),
    CLOSED("Closed"),
    CANCELLED("Cancelled");

    private final String label;

    RequestStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
