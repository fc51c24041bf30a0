package org.qcommons.meetings;

/**
 * One seat's attendance at one meeting; status is null while not yet recorded. {@code expected} is the seat holder's
 * reply to the invitation (null when none), and {@code note} its note, shown only to the group's seat holders.
 */
public record AttendanceRow(
        Long seatId, String name, String role, AttendanceStatus status, ReplyAnswer expected, String note) {

    public AttendanceRow(Long seatId, String name, String role, AttendanceStatus status) {
        this(seatId, name, role, status, null, null);
    }
}
