package org.qcommons.meetings;

/** Attendance over the meetings a member's seat was recorded for. */
public record AttendanceRate(Long memberId, String name, long present, long apologies, long absent) {

    public long recorded() {
        return present + apologies + absent;
    }

    public int percent() {
        return recorded() == 0 ? 0 : (int) Math.round(100.0 * present / recorded());
    }
}
