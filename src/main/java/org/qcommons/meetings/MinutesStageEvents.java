package org.qcommons.meetings;

/** What happens to a meeting that the minutes' approval path reacts to, inside the same transaction. */
final class MinutesStageEvents {

    private MinutesStageEvents() {}

    record MeetingScheduled(Long meetingId) {}

    record MinutesCirculated(Long meetingId) {}
}
