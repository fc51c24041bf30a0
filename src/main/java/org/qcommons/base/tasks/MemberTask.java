package org.qcommons.base.tasks;

import java.time.LocalDate;

/**
 * One thing that waits for a member: what it is, where to go to do it, and when it falls due.
 *
 * @param group the heading it appears under on the home page, such as "Exchanges" or "Meetings"
 * @param kind a short stable name for the sort of task, such as "exchange.invitation"
 * @param title what to do, in the member's words
 * @param link a route inside the app, without a leading slash
 * @param urgency how soon it needs the member
 * @param due the day it falls due, or null when it has no date
 */
public record MemberTask(String group, String kind, String title, String link, TaskUrgency urgency, LocalDate due) {

    /** Urgency from the due date alone: overdue, due within three days, or later. */
    public static TaskUrgency urgencyFor(LocalDate due, LocalDate today) {
        if (due == null) {
            return TaskUrgency.SOON;
        }
        if (due.isBefore(today)) {
            return TaskUrgency.OVERDUE;
        }
        return due.isAfter(today.plusDays(3)) ? TaskUrgency.LATER : TaskUrgency.SOON;
    }
}
