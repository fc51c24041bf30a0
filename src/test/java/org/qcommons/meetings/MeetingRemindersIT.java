package org.qcommons.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qcommons.meetings.MeetingsFixture.CONVENOR;
import static org.qcommons.meetings.MeetingsFixture.MEMBER;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.qcommons.base.security.SystemRunner;
import org.qcommons.notifications.NotificationService;
import org.qcommons.security.AccountService;
import org.qcommons.testsupport.IntegrationTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The reminders job, run at fixed clocks: two days before a meeting, three days before an action falls due and once
 * it is overdue, and when a decision reaches its review date; a second run (another node, or after a crash) sends
 * none of them again.
 */
class MeetingRemindersIT extends IntegrationTestBase {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired
    GroupService groups;

    @Autowired
    MeetingService meetings;

    @Autowired
    AgendaService agendaService;

    @Autowired
    ActionService actions;

    @Autowired
    DecisionService decisions;

    @Autowired
    AccountService accounts;

    @Autowired
    MeetingReminderRepository repository;

    @Autowired
    SeatRepository seats;

    @Autowired
    NotificationService notifications;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    private MeetingReminders at(LocalDateTime when) {
        return new MeetingReminders(
                repository,
                seats,
                notifications,
                jdbc,
                Clock.fixed(when.atZone(LONDON).toInstant(), LONDON));
    }

    private int titled(String email, String title) {
        return jdbc.queryForObject(
                "select count(*) from notification n join member m on m.id = n.recipient_id"
                        + " where m.email = ? and n.title = ?",
                Integer.class,
                email,
                title);
    }

    @Test
    void eachReminderIsSentOnceWhenItFallsDue() {
        MeetingsFixture fx = new MeetingsFixture(groups, meetings, agendaService, accounts);
        MeetingGroup g = fx.group(Visibility.MEMBERS);
        LocalDateTime now =
                LocalDateTime.now(clock).withHour(7).withMinute(0).withSecond(0).withNano(0);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Meeting soon = fx.meeting(g, now.plusDays(2).withHour(14));
        String action = "Send the run chart " + tag;
        String decision = "Review the discharge pilot " + tag;
        SystemRunner.asSystem(() -> {
            actions.addAction(
                    soon.getId(), action, fx.memberId(MEMBER), now.toLocalDate().plusDays(2));
            Meeting past = fx.meeting(g, now.minusDays(30));
            decisions.addDecision(past.getId(), decision, now.toLocalDate());
            meetings.markHeld(past.getId());
            meetings.circulateDraft(past.getId(), 7);
            meetings.approveMinutes(past.getId());
        });

        // The day before: the action is three days away, the meeting not yet two.
        int first = SystemRunner.asSystem(() -> at(now.minusDays(1)).sendDue(now.minusDays(1)));
        assertThat(first).isPositive();
        assertThat(titled(MEMBER, "Action due soon: " + action)).isEqualTo(1);
        assertThat(titled(MEMBER, "Meeting soon: " + soon.getTitle())).isZero();

        int second = SystemRunner.asSystem(() -> at(now).sendDue(now));
        assertThat(second).isPositive();
        assertThat(titled(MEMBER, "Meeting soon: " + soon.getTitle())).isEqualTo(1);
        assertThat(titled(CONVENOR, "Meeting soon: " + soon.getTitle())).isEqualTo(1);
        assertThat(titled(CONVENOR, "Decision due for review: " + decision)).isEqualTo(1);
        assertThat(titled(MEMBER, "Decision due for review: " + decision)).isZero();

        // The same day again, as another node or a restart would: nothing twice.
        assertThat(SystemRunner.asSystem(() -> at(now.plusHours(1)).sendDue(now.plusHours(1))))
                .isZero();
        assertThat(titled(MEMBER, "Action due soon: " + action)).isEqualTo(1);

        LocalDateTime late = now.plusDays(4);
        SystemRunner.asSystem(() -> at(late).sendDue(late));
        assertThat(titled(MEMBER, "Action overdue: " + action)).isEqualTo(1);
        assertThat(titled(MEMBER, "Meeting soon: " + soon.getTitle())).isEqualTo(1);
    }
}
