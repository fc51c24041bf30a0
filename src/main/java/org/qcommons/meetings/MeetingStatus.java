package org.qcommons.meetings;

/** The life of a meeting, in order; a meeting only moves forward. */
public enum MeetingStatus {
    PLANNED("Planned"),
    AGENDA_PUBLISHED("Agenda published"),
    HELD("Held"),
    MINUTES_DRAFTED("Minutes drafted"),
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
