package org.qcommons.meetings;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A meeting as a PDSA cycle, drawn from its records: Plan, the agenda items and their aims; Do, the actions
 * agreed; Study, the review (attendance, time against the plan, the last cycle's actions done); Act, the
 * decisions. Only the reflection is written by people.
 */
public record PdsaCycle(
        Long meetingId,
        long meetingVersion,
        String title,
        LocalDateTime startsAt,
        List<Plan> plan,
        List<String> actions,
        Study study,
        List<String> decisions,
        String reflection) {

    public record Plan(Long itemId, String title, String aim) {}

    /**
     * @param present seats recorded present
     * @param recorded seats whose attendance was recorded
     * @param allottedMinutes the agenda's total time
     * @param plannedMinutes the meeting's length
     * @param carriedDone actions from earlier meetings now done
     * @param carriedOpen actions from earlier meetings still open
     */
    public record Study(
            int present, int recorded, int allottedMinutes, int plannedMinutes, int carriedDone, int carriedOpen) {

        public String summary() {
            String attendance = recorded == 0
                    ? "Attendance not recorded"
                    : present + " of " + recorded + " present (" + Math.round(100.0 * present / recorded) + "%)";
            return attendance + "; " + allottedMinutes + " minutes allotted against " + plannedMinutes
                    + " planned; actions from earlier meetings: " + carriedDone + " done, " + carriedOpen + " open";
        }
    }
}
