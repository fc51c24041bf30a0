package org.qcommons.meetings;

/** The stages of a meeting's minutes that are kept in their audited history. */
public enum MinutesEventKind {
    CIRCULATED("Circulated for amendments"),
    AMENDMENT_ACCEPTED("Amendment accepted"),
    AMENDMENT_REJECTED("Amendment rejected"),
    APPROVED_AT_MEETING("Approved at the next meeting"),
    APPROVED_BY_CIRCULATION("Approved by circulation"),
    PUBLISHED("Published"),
    UNPUBLISHED("Unpublished");

    private final String label;

    MinutesEventKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
