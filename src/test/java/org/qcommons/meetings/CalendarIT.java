package org.qcommons.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qcommons.meetings.MeetingsFixture.CONVENOR;
import static org.qcommons.meetings.MeetingsFixture.MEMBER;
import static org.qcommons.meetings.MeetingsFixture.OUTSIDER;
import static org.qcommons.meetings.MeetingsFixture.PATIENT;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qcommons.base.security.AccessChanged;
import org.qcommons.security.AccountService;
import org.qcommons.testsupport.HostileInputs;
import org.qcommons.testsupport.IntegrationTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/** .ics files parse back with ical4j, keep their UID and raise SEQUENCE when a meeting changes. */
class CalendarIT extends IntegrationTestBase {

    @Autowired
    GroupService groups;

    @Autowired
    MeetingService meetings;

    @Autowired
    AgendaService agendaService;

    @Autowired
    AccountService accounts;

    @Autowired
    CalendarService calendars;

    @Autowired
    CalendarFeeds feeds;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @LocalServerPort
    int port;

    MeetingsFixture fx;

    @BeforeEach
    void setUp() {
        fx = new MeetingsFixture(groups, meetings, agendaService, accounts);
    }

    @Test
    void meetingFileParsesAndSequenceRisesOnChange() throws Exception {
        MeetingGroup g = fx.group(Visibility.PUBLIC);
        // 14:00 in London in July is 13:00 UTC (British Summer Time).
        Meeting m = fx.meeting(g, LocalDateTime.of(2031, 7, 10, 14, 0));
        VEvent before = onlyEvent(http("calendar/meetings/" + m.getId() + ".ics", 200));
        assertThat(before.getProperty(Property.SUMMARY).orElseThrow().getValue())
                .contains(g.getName())
                .contains(m.getTitle());
        Instant start = Instant.from(before.getStartDate().orElseThrow().getDate());
        assertThat(start).isEqualTo(Instant.parse("2031-07-10T13:00:00Z"));
        assertThat(before.getProperty(Property.LOCATION).orElseThrow().getValue())
                .isEqualTo("Room 1");
        int sequence = Integer.parseInt(
                before.getProperty(Property.SEQUENCE).orElseThrow().getValue());

        Meeting loaded = fx.as(CONVENOR, () -> meetings.meeting(m.getId()).orElseThrow());
        loaded.setStartsAt(LocalDateTime.of(2031, 7, 10, 15, 0));
        loaded.setPlace("Room 3");
        fx.as(CONVENOR, () -> meetings.updateDetails(loaded));
        VEvent after = onlyEvent(calendars.meetingIcs(m.getId()).orElseThrow());
        assertThat(after.getProperty(Property.UID).orElseThrow().getValue())
                .isEqualTo(before.getProperty(Property.UID).orElseThrow().getValue());
        assertThat(Integer.parseInt(
                        after.getProperty(Property.SEQUENCE).orElseThrow().getValue()))
                .isGreaterThan(sequence);
        assertThat(after.getProperty(Property.LOCATION).orElseThrow().getValue())
                .isEqualTo("Room 3");
    }

    @Test
    void groupFeedNeedsItsSecretToken() throws Exception {
        MeetingGroup g = fx.group(Visibility.PRIVATE);
        fx.meeting(g, LocalDateTime.now().plusDays(10));
        fx.meeting(g, LocalDateTime.now().plusDays(100));
        String path = fx.as(MEMBER, () -> groups.calendarFeedPath(g));
        Calendar feed = new CalendarBuilder().build(new StringReader(http(path, 200)));
        List<VEvent> events = feed.getComponents("VEVENT");
        assertThat(events).hasSize(2);
        http("calendar/groups/" + g.getSlug() + ".ics?token=wrong", 404);
        http("calendar/groups/" + g.getSlug() + ".ics", 404);
        // A private group's meeting file is not served to anonymous callers.
        Meeting any = fx.as(MEMBER, () -> meetings.meetings(g)).get(0);
        http("calendar/meetings/" + any.getId() + ".ics", 404);
    }

    @Test
    void aMeetingFileHoldsTheVideoLinkOnlyWhereThePageShowsIt() throws Exception {
        MeetingGroup g = fx.group(Visibility.PUBLIC);
        String video = "https://video.example/secret-room";
        Meeting planned = fx.as(
                CONVENOR,
                () -> meetings.schedule(
                        g.getId(), "Planning", LocalDateTime.now().plusDays(5), 60, null, video));
        String anonymous = http("calendar/meetings/" + planned.getId() + ".ics", 200);
        assertThat(anonymous).doesNotContain(video);
        assertThat(fx.as(null, () -> meetings.viewer(planned).seeAgenda())).isFalse();
        assertThat(fx.as(MEMBER, () -> calendars.meetingIcs(planned.getId()).orElseThrow()))
                .as("a seat holder sees the draft agenda, and the link, on the page")
                .contains(video);
        assertThat(http(fx.as(MEMBER, () -> groups.calendarFeedPath(g)), 200))
                .as("the seat holder's feed, as their page")
                .contains(video);
        String outsiders = fx.as(OUTSIDER, () -> groups.calendarFeedPath(g));
        assertThat(http(outsiders, 200)).as("a member without a seat").doesNotContain(video);

        fx.as(CONVENOR, () -> meetings.publishAgenda(planned.getId()));
        assertThat(http("calendar/meetings/" + planned.getId() + ".ics", 200)).contains(video);
        assertThat(http(outsiders, 200)).contains(video);
    }

    @Test
    void feedLinksArePerMemberRevocableAndWithdrawnWhenAccessChanges() throws Exception {
        MeetingGroup g = fx.group(Visibility.PRIVATE);
        fx.meeting(g, LocalDateTime.now().plusDays(10));
        String mine = fx.as(MEMBER, () -> groups.calendarFeedPath(g));
        String theirs = fx.as(PATIENT, () -> groups.calendarFeedPath(g));
        assertThat(mine).isNotEqualTo(theirs);
        assertThat(fx.as(MEMBER, () -> groups.calendarFeedPath(g)))
                .as("stable until renewed")
                .isEqualTo(mine);
        http(mine, 200);
        http(theirs, 200);

        // Revoked from the profile: that member's link stops, the other goes on.
        CalendarFeeds.Feed feed = fx.as(MEMBER, () -> feeds.myFeeds()).stream()
                .filter(f -> f.groupSlug().equals(g.getSlug()))
                .findFirst()
                .orElseThrow();
        fx.as(MEMBER, () -> feeds.revoke(feed.id()));
        http(mine, 404);
        http(theirs, 200);

        // Someone else cannot revoke it.
        CalendarFeeds.Feed patients = fx.as(PATIENT, () -> feeds.myFeeds()).getFirst();
        fx.as(MEMBER, () -> feeds.revoke(patients.id()));
        http(theirs, 200);

        // A change of access withdraws every link of that member.
        transactions.executeWithoutResult(t -> events.publishEvent(new AccessChanged(fx.memberId(PATIENT), "test")));
        long deadline = System.currentTimeMillis() + 15_000;
        while (status(theirs) != 404 && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        http(theirs, 404);
        assertThat(fx.as(PATIENT, () -> groups.calendarFeedPath(g)))
                .as("a new link")
                .isNotEqualTo(theirs);
    }

    @Test
    void aFeedStopsWhenItsMemberMayNoLongerSeeThePrivateGroup() throws Exception {
        MeetingGroup g = fx.group(Visibility.PRIVATE);
        fx.meeting(g, LocalDateTime.now().plusDays(10));
        String mine = fx.as(MEMBER, () -> groups.calendarFeedPath(g));
        http(mine, 200);
        SeatHolder seat = fx.as(CONVENOR, () -> groups.seats(g)).stream()
                .filter(s -> fx.memberId(MEMBER).equals(s.memberId()))
                .findFirst()
                .orElseThrow();
        fx.as(CONVENOR, () -> groups.removeSeat(seat.seatId()));
        http(mine, 404);
    }

    @Test
    void hostileTokensAndGroupNamesFindNothingAndNeverFail() throws Exception {
        MeetingGroup g = fx.group(Visibility.PUBLIC);
        fx.meeting(g, LocalDateTime.now().plusDays(4));
        List<String> failures = new ArrayList<>();
        for (String hostile : HostileInputs.all()) {
            String value = URLEncoder.encode(hostile, StandardCharsets.UTF_8).replace("+", "%20");
            for (String path : List.of(
                    "calendar/groups/" + g.getSlug() + ".ics?token=" + value,
                    "calendar/groups/" + value + ".ics?token=" + value)) {
                HttpResponse<String> r = HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/" + path))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() >= 500
                        || r.body().contains("Exception")
                        || r.body().contains("BEGIN:VEVENT")) {
                    failures.add(r.statusCode() + " " + path);
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    private int status(String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/" + path))
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    @Test
    void calendarFilesAreNeverCached() throws Exception {
        MeetingGroup g = fx.group(Visibility.PUBLIC);
        Meeting m = fx.meeting(g, LocalDateTime.now().plusDays(3));
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(
                                        "http://localhost:" + port + "/calendar/meetings/" + m.getId() + ".ics"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    private String http(String path, int expectedStatus) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/" + path))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(expectedStatus);
        if (expectedStatus == 200) {
            assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
        }
        return response.body();
    }

    private static VEvent onlyEvent(String ics) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        calendar.validate();
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(1);
        return events.get(0);
    }
}
