package org.qcommons.meetings;

/**
 * The one UID of a meeting in every calendar: the download, the feed and the emailed invitations must agree, or a
 * calendar shows the same meeting twice. It repeats the form CalendarService writes.
 */
final class CalendarUid {

    private CalendarUid() {}

    static String of(Meeting m) {
        return "meeting-" + m.getId() + "@qcommons";
    }
}
