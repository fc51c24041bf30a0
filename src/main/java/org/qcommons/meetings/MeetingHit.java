package org.qcommons.meetings;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One meeting found by the meetings search, with its highlighted snippets. Each snippet is safe HTML: the text is
 * escaped and only {@code <mark>} is markup.
 */
public record MeetingHit(
        Long meetingId, String meetingTitle, String groupName, LocalDateTime startsAt, List<Snippet> snippets) {

    /** Where in the meeting the words were found: agenda, minutes, decision or action. */
    public record Snippet(String where, String html) {}
}
