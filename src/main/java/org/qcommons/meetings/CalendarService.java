package org.qcommons.meetings;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.qcommons.base.config.QcommonsProperties;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * iCalendar for meetings: one file per meeting and a per-group feed behind a secret token. Each event keeps a
 * stable UID and carries the meeting's SEQUENCE, so calendars update an invite instead of adding a second one.
 */
@Service
@Transactional(readOnly = true)
public class CalendarService {

    private final MeetingRepository meetings;
    private final FeedTokenRepository feedTokens;
    private final GroupAccess access;
    private final String baseUrl;
    private final ZoneId zone;

    CalendarService(
            MeetingRepository meetings,
            FeedTokenRepository feedTokens,
            GroupAccess access,
            QcommonsProperties properties,
            Clock clock) {
        this.meetings = meetings;
        this.feedTokens = feedTokens;
        this.access = access;
        this.zone = clock.getZone();
        String baseUrl = properties.baseUrl();
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @PreAuthorize("permitAll()")
    public Optional<String> meetingIcs(Long meetingId) {
        return meetings.findWithGroup(meetingId)
                .filter(m -> access.canSee(m.getGroup()))
                .map(m -> write(List.of(m), access::canSeeAgenda));
    }

    /**
     * A member's feed of one group (decision 107). The token stands in for sign-in, because calendar apps cannot
     * sign in: it is that member's, for that group, and the feed holds what the group's pages show that member
     * now. A wrong token, another group's token or a member who may no longer see the group finds nothing.
     */
    @PreAuthorize("permitAll()")
    public Optional<String> groupFeed(String slug, String token) {
        if (token == null || token.isBlank() || token.length() > 64) {
            return Optional.empty();
        }
        return feedTokens
                .findByToken(token)
                .filter(t -> t.getGroup().getSlug().equals(slug))
                .filter(t -> MessageDigest.isEqual(
                        t.getToken().getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8)))
                .filter(t -> new GroupViewer(
                                access.roleOf(t.getGroup(), t.getMember()),
                                t.getGroup().getVisibility())
                        .canSee())
                .map(t -> write(
                        meetings.findByGroup(t.getGroup().getId()),
                        m -> access.viewerOf(m, t.getMember()).seeAgenda()));
    }

    /** Each event as the page shows it to the same reader: {@code videoShown} decides the video link. */
    private String write(List<Meeting> list, Predicate<Meeting> videoShown) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Q Commons//Meeting workspaces//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        for (Meeting m : list) {
            calendar.add(event(m, videoShown.test(m)));
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private VEvent event(Meeting m, boolean videoShown) {
        VEvent e = new VEvent(
                m.startsAt(zone).toInstant(),
                m.endsAt(zone).toInstant(),
                m.getGroup().getName() + ": " + m.getTitle());
        e.add(new Uid("meeting-" + m.getId() + "@qcommons"));
        e.add(new Sequence(m.getIcsSequence()));
        String video = videoShown ? m.getVideoLink() : null;
        String where = m.getPlace() != null ? m.getPlace() : video;
        if (where != null) {
            e.add(new Location(where));
        }
        String link = baseUrl + "/meetings/" + m.getId();
        e.add(new Url(URI.create(link)));
        e.add(new Description("Status: " + m.getStatus().label() + ". Agenda, papers and minutes: " + link
                + (video != null ? "\nVideo link: " + video : "")));
        return e;
    }
}
