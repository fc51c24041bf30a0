package org.qcommons.meetings;

/**
 * What the current user may do with one meeting. {@code manage} and {@code edit} are false once the minutes
 * are published, which freezes the record.
 */
public record MeetingPermissions(boolean seeAgenda, boolean seeMinutes, boolean manage, boolean edit,
                                 boolean approve, boolean seatHolder, boolean comment, boolean manageGroup) {
}
