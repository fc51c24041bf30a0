package org.qcommons.meetings;

/** One seat's attendance at one meeting; status is null while not yet recorded. */
public record AttendanceRow(Long seatId, String name, String role, AttendanceStatus status) {}
