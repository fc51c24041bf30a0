package org.qcommons.meetings;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.qcommons.notifications.NotificationKind;
import org.qcommons.notifications.NotificationService;
import org.qcommons.people.Member;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The meetings reminders: two days before a meeting (each seat holder), three days before an action falls due and
 * once it is overdue (its owner), and when a decision reaches its review date (the group's convenors). Windows rather
 * than exact days, so that a missed run catches up; each reminder's key is recorded with it, so none goes twice.
 */
@Component
class MeetingReminders {

    static final int MEETING_DAYS_BEFORE = 2;
    static final int ACTION_DAYS_BEFORE = 3;
    /** A review reminder is still worth sending this long after the date, for a run that was missed. */
    static final int REVIEW_CATCH_UP_DAYS = 7;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.UK);

    private final MeetingReminderRepository repository;
    private final SeatRepository seats;
    private final NotificationService notifications;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    MeetingReminders(
            MeetingReminderRepository repository,
            SeatRepository seats,
            NotificationService notifications,
            JdbcTemplate jdbc,
            Clock clock) {
        this.repository = repository;
        this.seats = seats;
        this.notifications = notifications;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Sends what is due at {@code now}; returns how many reminders were queued. */
    @Transactional
    int sendDue(LocalDateTime now) {
        LocalDate today = now.toLocalDate();
        int sent = 0;
        for (Meeting m : repository.findStartingBetween(
                now, today.plusDays(MEETING_DAYS_BEFORE + 1).atStartOfDay())) {
            for (Seat s : seats.findByGroup(m.getGroup().getId())) {
                Member member = s.getMember();
                if (member != null
                        && member.isActive()
                        && once("meeting:" + m.getId() + ":member:" + member.getId() + ":soon")) {
                    notifications.notify(
                            member,
                            NotificationKind.REMINDERS,
                            MeetingRules.cut("Meeting soon: " + m.getTitle()),
                            m.getGroup().getName() + " meets on " + WHEN.format(m.getStartsAt()) + " (UK time).",
                            "meetings/" + m.getId(),
                            null);
                    sent++;
                }
            }
        }
        for (ActionItem a : repository.findOpenActionsDueBy(today.plusDays(ACTION_DAYS_BEFORE))) {
            boolean overdue = a.getDueDate().isBefore(today);
            if (a.getOwner() != null
                    && a.getOwner().isActive()
                    && once("action:" + a.getId() + (overdue ? ":overdue" : ":due-soon"))) {
                notifications.notify(
                        a.getOwner(),
                        NotificationKind.REMINDERS,
                        MeetingRules.cut((overdue ? "Action overdue: " : "Action due soon: ") + a.getDescription()),
                        "Due " + DAY.format(a.getDueDate()) + ", from "
                                + a.getMeeting().getGroup().getName() + ".",
                        "meetings/" + a.getMeeting().getId(),
                        null);
                sent++;
            }
        }
        for (Decision d : repository.findReviewsReached(today.minusDays(REVIEW_CATCH_UP_DAYS), today)) {
            List<Seat> convenors = seats.findByGroup(d.getMeeting().getGroup().getId()).stream()
                    .filter(Seat::isConvenor)
                    .filter(s -> s.getMember() != null && s.getMember().isActive())
                    .toList();
            for (Seat s : convenors) {
                if (once("decision:" + d.getId() + ":member:" + s.getMember().getId() + ":review")) {
                    notifications.notify(
                            s.getMember(),
                            NotificationKind.REMINDERS,
                            MeetingRules.cut("Decision due for review: " + d.getText()),
                            "Its review date was " + DAY.format(d.getReviewDate()) + ".",
                            "meetings/" + d.getMeeting().getId(),
                            null);
                    sent++;
                }
            }
        }
        return sent;
    }

    /** True the first time a key is seen; the row commits or rolls back with the reminder itself. */
    private boolean once(String key) {
        return jdbc.update(
                        "insert ignore into mtg_reminder_sent (reminder_key, sent_at) values (?, ?)",
                        key,
                        Timestamp.from(clock.instant()))
                == 1;
    }
}
