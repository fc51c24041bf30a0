package org.qcommons.meetings;

/** A member's answer to a meeting invitation; the convenor still records who came. */
public enum ReplyAnswer {
    ATTENDING("Attending"),
    TENTATIVE("Tentative"),
    APOLOGIES("Apologies");

    private final String label;

    ReplyAnswer(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
