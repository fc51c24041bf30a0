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
    private final GroupRepository groups;
    private final GroupAccess access;
    private final String baseUrl;
    private final ZoneId zone;

    CalendarService(
            MeetingRepository meetings,
            GroupRepository groups,
            GroupAccess access,
            QcommonsProperties properties,
            Clock clock) {
        this.meetings = meetings;
        this.groups = groups;
        this.access = access;
        this.zone = clock.getZone();
        String baseUrl = properties.baseUrl();
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @PreAuthorize("permitAll()")
    public Optional<String> meetingIcs(Long meetingId) {
        return meetings.findWithGroup(meetingId)
                .filter(m -> access.canSee(m.getGroup()))
                .map(m -> write(List.of(m)));
    }

    /** The token stands in for sign-in, because calendar apps cannot sign in; a wrong token finds nothing. */
    @PreAuthorize("permitAll()")
    public Optional<String> groupFeed(String slug, String token) {
        return groups.findBySlug(slug)
                .filter(g -> token != null
                        && MessageDigest.isEqual(
                                g.getCalendarToken().getBytes(StandardCharsets.UTF_8),
                                token.getBytes(StandardCharsets.UTF_8)))
                .map(g -> write(meetings.findByGroup(g.getId())));
    }

    private String write(List<Meeting> list) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Q Commons//Meeting workspaces//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        for (Meeting m : list) {
            calendar.add(event(m));
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private VEvent event(Meeting m) {
        VEvent e = new VEvent(
                m.startsAt(zone).toInstant(),
                m.endsAt(zone).toInstant(),
                m.getGroup().getName() + ": " + m.getTitle());
        e.add(new Uid("meeting-" + m.getId() + "@qcommons"));
        e.add(new Sequence(m.getIcsSequence()));
        String where = m.getPlace() != null ? m.getPlace() : m.getVideoLink();
        if (where != null) {
            e.add(new Location(where));
        }
        String link = baseUrl + "/meetings/" + m.getId();
        e.add(new Url(URI.create(link)));
        e.add(new Description("Status: " + m.getStatus().label() + ". Agenda, papers and minutes: " + link
                + (m.getVideoLink() != null ? "\nVideo link: " + m.getVideoLink() : "")));
        return e;
    }
}
