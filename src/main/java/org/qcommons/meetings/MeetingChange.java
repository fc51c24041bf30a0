package org.qcommons.meetings;

/** What changed in a meeting or a group, so open views refresh only the part that changed. */
public record MeetingChange(Kind kind, Long id, Long itemId) {

    public enum Kind {
        AGENDA,
        ATTENDANCE,
        MINUTES,
        ACTIONS,
        DECISIONS,
        STATUS,
        COMMENTS,
        PRESENCE,
        DISCUSSION
    }
}
