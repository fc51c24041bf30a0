package org.qcommons.meetings;

/** What the convenor records when a proposal closes. */
public enum ProposalOutcome {
    AGREED("Agreed"),
    NOT_AGREED("Not agreed"),
    WITHDRAWN("Withdrawn");

    private final String label;

    ProposalOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
