package org.qcommons.meetings;

/** A seat holder's response to a proposal made between meetings; a block means they cannot live with it. */
public enum Stance {
    AGREE("Agree"),
    ABSTAIN("Abstain"),
    DISAGREE("Disagree"),
    BLOCK("Block");

    private final String label;

    Stance(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
