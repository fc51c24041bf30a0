package org.qcommons.meetings;

/** The life of a meeting, in order; a meeting only moves forward. */
public enum MeetingStatus {
    PLANNED("Planned"),
    AGENDA_PUBLISHED("Agenda published"),
    HELD("Held"),
    MINUTES_DRAFTED("Minutes circulated for amendments"),
    /** Approved at the next meeting or by circulation; not yet shared beyond the seat holders. */
    MINUTES_APPROVED("Minutes approved"),
    MINUTES_PUBLISHED("Minutes approved and published");

    private final String label;

    MeetingStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean atLeast(MeetingStatus other) {
        return ordinal() >= other.ordinal();
    }
}
