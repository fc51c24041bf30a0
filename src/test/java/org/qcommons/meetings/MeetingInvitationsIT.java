package org.qcommons.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.qcommons.meetings.MeetingsFixture.CONVENOR;
import static org.qcommons.meetings.MeetingsFixture.MEMBER;
import static org.qcommons.meetings.MeetingsFixture.OUTSIDER;
import static org.qcommons.meetings.MeetingsFixture.PATIENT;

import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.validate.ITIPValidator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qcommons.base.config.QcommonsProperties;
import org.qcommons.base.tasks.MemberTasks;
import org.qcommons.notifications.NotificationChannel;
import org.qcommons.notifications.NotificationKind;
import org.qcommons.notifications.NotificationPreferences;
import org.qcommons.security.AccountService;
import org.qcommons.testsupport.IntegrationTestBase;
import org.qcommons.testsupport.TestMail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Scheduling, moving and cancelling a meeting sends each seat holder a valid iTIP invitation by the outbox; replies
 * fill the attendance register's expected list; the one-click unsubscribe stops the next one (RFC 8058).
 */
class MeetingInvitationsIT extends IntegrationTestBase {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Autowired
    GroupService groups;

    @Autowired
    MeetingService meetings;

    @Autowired
    AgendaService agendaService;

    @Autowired
    AttendanceService attendance;

    @Autowired
    MeetingReplies replies;

    @Autowired
    MemberTasks tasks;

    @Autowired
    NotificationPreferences preferences;

    @Autowired
    AccountService accounts;

    @Autowired
    QcommonsProperties settings;

    @Autowired
    Clock clock;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    MeetingsFixture fx;

    @BeforeEach
    void setUp() {
        fx = new MeetingsFixture(groups, meetings, agendaService, accounts);
    }

    private static MimeMessage awaitMail(String to, String subject) {
        return await().atMost(WAIT)
                .until(
                        () -> TestMail.to(to).stream()
                                .filter(m -> subject.equals(subjectOf(m)))
                                .findFirst(),
                        Optional::isPresent)
                .orElseThrow();
    }

    private static String subjectOf(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            return "";
        }
    }

    private static BodyPart part(MimeMessage mail, String type) throws Exception {
        MimeMultipart parts = (MimeMultipart) mail.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            if (parts.getBodyPart(i).getContentType().toLowerCase().startsWith(type)) {
                return parts.getBodyPart(i);
            }
        }
        throw new AssertionError("No " + type + " part");
    }

    private static Calendar calendarOf(MimeMessage mail) throws Exception {
        String ics = new String(part(mail, "text/calendar").getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        assertThat(new ITIPValidator().validate(calendar).hasErrors()).isFalse();
        return calendar;
    }

    private static String prop(Calendar c, String name) {
        VEvent e = c.<VEvent>getComponents().getFirst();
        return e.getProperty(name).orElseThrow().getValue();
    }

    @Test
    void schedulingMovingAndCancellingSendValidInvitationsToEverySeatHolder() throws Exception {
        MeetingGroup g = fx.group(Visibility.MEMBERS);
        String title = "Invitations " + UUID.randomUUID().toString().substring(0, 8);
        LocalDateTime starts = LocalDateTime.now(clock)
                .plusDays(20)
                .withHour(14)
                .withMinute(0)
                .withSecond(0)
                .withNano(0);
        Meeting m = fx.as(CONVENOR, () -> meetings.schedule(g.getId(), title, starts, 90, "Room 3", null));

        MimeMessage invite = awaitMail(MEMBER, "Q Commons: Invitation: " + title);
        assertThat(part(invite, "text/calendar").getContentType()).containsIgnoringCase("method=REQUEST");
        Calendar request = calendarOf(invite);
        assertThat(request.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("REQUEST");
        assertThat(prop(request, "UID")).isEqualTo("meeting-" + m.getId() + "@qcommons");
        assertThat(prop(request, "SEQUENCE")).isEqualTo("0");
        assertThat(prop(request, "ORGANIZER"))
                .isEqualTo("mailto:" + settings.mail().from());
        assertThat(prop(request, "ATTENDEE")).isEqualToIgnoringCase("mailto:" + MEMBER);
        String text = (String) part(invite, "text/plain").getContent();
        assertThat(text).contains(settings.baseUrl() + "/meetings/" + m.getId());
        assertThat(invite.getHeader("List-Unsubscribe")[0])
                .startsWith("<" + settings.baseUrl() + "/unsubscribe?token=");
        assertThat(invite.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
        awaitMail(PATIENT, "Q Commons: Invitation: " + title);

        fx.as(CONVENOR, () -> {
            Meeting edited = meetings.meeting(m.getId()).orElseThrow();
            edited.setStartsAt(starts.plusDays(1));
            return meetings.updateDetails(edited);
        });
        Calendar moved = calendarOf(awaitMail(MEMBER, "Q Commons: Meeting changed: " + title));
        assertThat(prop(moved, "UID")).isEqualTo("meeting-" + m.getId() + "@qcommons");
        assertThat(Integer.parseInt(prop(moved, "SEQUENCE"))).isGreaterThan(0);

        fx.as(CONVENOR, () -> meetings.cancel(m.getId()));
        MimeMessage cancel = awaitMail(MEMBER, "Q Commons: Cancelled: " + title);
        Calendar cancelled = calendarOf(cancel);
        assertThat(cancelled.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("CANCEL");
        assertThat(prop(cancelled, "STATUS")).isEqualTo("CANCELLED");
        assertThat(Integer.parseInt(prop(cancelled, "SEQUENCE")))
                .isGreaterThan(Integer.parseInt(prop(moved, "SEQUENCE")));
        assertThatThrownBy(() -> fx.as(MEMBER, () -> replies.reply(m.getId(), ReplyAnswer.ATTENDING, null)))
                .hasMessageContaining("cancelled");
    }

    @Test
    void repliesFillTheExpectedListOfTheAttendanceRegister() {
        MeetingGroup g = fx.group(Visibility.MEMBERS);
        Meeting m = fx.meeting(g, LocalDateTime.now(clock).plusDays(10));
        fx.as(MEMBER, () -> replies.reply(m.getId(), ReplyAnswer.APOLOGIES, "On leave; Sam will come instead"));
        fx.as(PATIENT, () -> replies.reply(m.getId(), ReplyAnswer.TENTATIVE, " "));
        assertThatThrownBy(() -> fx.as(OUTSIDER, () -> replies.reply(m.getId(), ReplyAnswer.ATTENDING, null)))
                .isInstanceOf(AccessDeniedException.class);

        List<AttendanceRow> rows = fx.as(CONVENOR, () -> attendance.attendance(m));
        AttendanceRow member = rows.stream()
                .filter(r -> r.expected() == ReplyAnswer.APOLOGIES)
                .findFirst()
                .orElseThrow();
        assertThat(member.note()).isEqualTo("On leave; Sam will come instead");
        assertThat(member.status()).isNull(); // the convenor still records who came
        assertThat(rows).anyMatch(r -> r.expected() == ReplyAnswer.TENTATIVE && r.note() == null);

        // A second reply replaces the first.
        fx.as(MEMBER, () -> replies.reply(m.getId(), ReplyAnswer.ATTENDING, null));
        assertThat(fx.as(MEMBER, () -> replies.mine(m.getId())).orElseThrow().getAnswer())
                .isEqualTo(ReplyAnswer.ATTENDING);
        assertThat(fx.as(MEMBER, () -> tasks.mine()))
                .anyMatch(t ->
                        t.link().equals("meetings/" + m.getId()) && t.title().contains("you replied: Attending"));
    }

    @Test
    void oneClickUnsubscribeStopsTheNextInvitationWithoutSigningIn() throws Exception {
        MeetingGroup g = fx.group(Visibility.MEMBERS);
        String title = "Unsubscribe " + UUID.randomUUID().toString().substring(0, 8);
        LocalDateTime starts = LocalDateTime.now(clock)
                .plusDays(30)
                .withHour(10)
                .withMinute(0)
                .withSecond(0)
                .withNano(0);
        fx.as(CONVENOR, () -> meetings.schedule(g.getId(), title, starts, 60, null, null));
        MimeMessage invite = awaitMail(PATIENT, "Q Commons: Invitation: " + title);
        String header = invite.getHeader("List-Unsubscribe")[0];
        String link = header.substring(1, header.length() - 1).replace(settings.baseUrl(), "http://localhost:" + port);
        HttpClient http = HttpClient.newHttpClient();
        try {
            // Link checkers follow every GET: it only asks.
            assertThat(http.send(HttpRequest.newBuilder(URI.create(link)).build(), HttpResponse.BodyHandlers.ofString())
                            .body())
                    .contains("Stop these emails?");
            assertThat(fx.as(PATIENT, () -> preferences.mine().get(NotificationKind.MEETING_INVITATIONS)))
                    .isEqualTo(NotificationChannel.EMAIL);
            HttpResponse<String> forged = http.send(
                    HttpRequest.newBuilder(URI.create(link + "x"))
                            .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(forged.statusCode()).isEqualTo(404);
            HttpResponse<String> posted = http.send(
                    HttpRequest.newBuilder(URI.create(link))
                            .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(posted.statusCode()).isEqualTo(200);
            assertThat(fx.as(PATIENT, () -> preferences.mine().get(NotificationKind.MEETING_INVITATIONS)))
                    .isEqualTo(NotificationChannel.OFF);

            String second = title + " again";
            fx.as(CONVENOR, () -> meetings.schedule(g.getId(), second, starts.plusDays(7), 60, null, null));
            awaitMail(MEMBER, "Q Commons: Invitation: " + second);
            // Queued in the same transaction as the member's: had it been queued at all, its row would be there.
            assertThat(jdbc.queryForObject(
                            "select count(*) from sent_mail where recipient = ? and subject = ?",
                            Integer.class,
                            PATIENT,
                            "Q Commons: Invitation: " + second))
                    .isZero();
            assertThat(TestMail.subjectsTo(PATIENT)).doesNotContain("Q Commons: Invitation: " + second);
        } finally {
            fx.as(PATIENT, () -> preferences.choose(NotificationKind.MEETING_INVITATIONS, NotificationChannel.EMAIL));
        }
    }
}
