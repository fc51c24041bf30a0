package org.qcommons.exchange;

public enum ExchangeState {
    INVITED("Invited"),
    ACCEPTED("Accepted, awaiting release"),
    DECLINED("Declined"),
    RELEASE_REFUSED("Release refused"),
    AGREED("Agreed"),
    DAYS_LOGGED("Days logged"),
    CONFIRMED("Days confirmed"),
    COMPLETE("Complete"),
    CANCELLED("Cancelled");

    private final String label;

    ExchangeState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isFinished() {
        return this == DECLINED || this == RELEASE_REFUSED || this == COMPLETE || this == CANCELLED;
    }
}
