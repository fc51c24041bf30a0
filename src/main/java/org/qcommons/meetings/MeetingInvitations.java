package org.qcommons.meetings;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ITIPValidator;
import net.fortuna.ical4j.validate.ValidationResult;
import org.qcommons.base.config.QcommonsProperties;
import org.qcommons.base.security.CurrentUser;
import org.qcommons.notifications.NotificationKind;
import org.qcommons.notifications.NotificationService;
import org.qcommons.people.Member;
import org.springframework.stereotype.Component;

/**
 * Sends each seat holder an iCalendar invitation (RFC 5546, iTIP) when a meeting is scheduled, moved or cancelled:
 * {@code METHOD:REQUEST} or {@code CANCEL}, with the same UID as the meeting's .ics download, its SEQUENCE, the group
 * as ORGANIZER and the member as ATTENDEE. Every invitation passes ical4j's iTIP validator before it is queued, so a
 * calendar never receives one it would refuse (decision 089). Replies are made in the app, hence RSVP=FALSE.
 */
@Component
class MeetingInvitations {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.UK);

    private final SeatRepository seats;
    private final NotificationService notifications;
    private final QcommonsProperties settings;
    private final Clock clock;

    MeetingInvitations(
            SeatRepository seats, NotificationService notifications, QcommonsProperties settings, Clock clock) {
        this.seats = seats;
        this.notifications = notifications;
        this.settings = settings;
        this.clock = clock;
    }

    /** A new meeting, or one that moved: every seat holder gets a REQUEST with the meeting's current SEQUENCE. */
    void invite(Meeting m, boolean moved) {
        String subject = (moved ? "Meeting changed: " : "Invitation: ") + m.getTitle();
        String body = (moved ? "The meeting has changed. " : "You are invited to a meeting of ")
                + m.getGroup().getName() + ", " + WHEN.format(m.startsAt(zone())) + " (UK time)"
                + where(m) + ". Reply in Q Commons: attending, tentative or apologies.";
        send(m, ImmutableMethod.REQUEST, subject, body);
    }

    /** A reminder, not an invitation: the calendar already has the meeting. */
    void agendaPublished(Meeting m) {
        if (CurrentUser.get().isEmpty()) {
            return;
        }
        for (Seat s : seats.findByGroup(m.getGroup().getId())) {
            if (s.getMember() != null && s.getMember().isActive()) {
                notifications.notify(
                        s.getMember(),
                        NotificationKind.REMINDERS,
                        MeetingRules.cut("Agenda published: " + m.getTitle()),
                        "The agenda and papers for " + WHEN.format(m.startsAt(zone())) + " are ready to read.",
                        "meetings/" + m.getId(),
                        null);
            }
        }
    }

    void cancel(Meeting m) {
        send(
                m,
                ImmutableMethod.CANCEL,
                "Cancelled: " + m.getTitle(),
                "The meeting of " + m.getGroup().getName() + " on " + WHEN.format(m.startsAt(zone()))
                        + " has been cancelled.");
    }

    private void send(Meeting m, Method method, String subject, String body) {
        // Start-up seeding runs as SYSTEM and must not email the demo accounts.
        if (CurrentUser.get().isEmpty()) {
            return;
        }
        for (Seat s : seats.findByGroup(m.getGroup().getId())) {
            Member member = s.getMember();
            if (member != null && member.isActive()) {
                notifications.notify(
                        member,
                        NotificationKind.MEETING_INVITATIONS,
                        MeetingRules.cut(subject),
                        body,
                        "meetings/" + m.getId(),
                        calendar(m, method, member, s.isConvenor()));
            }
        }
    }

    /** The invitation for one attendee, validated; package-private so that tests can read it. */
    String calendar(Meeting m, Method method, Member attendee, boolean chair) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Q Commons//Meeting invitations//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(method);
        calendar.add(event(m, method, attendee, chair));
        ValidationResult result = new ITIPValidator().validate(calendar);
        if (result.hasErrors()) {
            throw new IllegalStateException("Invalid meeting invitation: " + result);
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(true).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private VEvent event(Meeting m, Method method, Member attendee, boolean chair) {
        VEvent e = new VEvent(
                m.startsAt(zone()).toInstant(),
                m.endsAt(zone()).toInstant(),
                m.getGroup().getName() + ": " + m.getTitle());
        e.replace(new DtStamp(clock.instant()));
        e.add(new Uid(CalendarUid.of(m)));
        e.add(new Sequence(m.getIcsSequence()));
        e.add(new Organizer(URI.create("mailto:" + settings.mail().from()))
                .add(new Cn(m.getGroup().getName())));
        e.add(new Attendee(URI.create("mailto:" + attendee.getEmail()))
                .add(new Cn(attendee.getFullName()))
                .add(chair ? Role.CHAIR : Role.REQ_PARTICIPANT)
                .add(PartStat.NEEDS_ACTION)
                .add(Rsvp.FALSE));
        boolean cancelled = method.equals(ImmutableMethod.CANCEL);
        e.add(new Status(cancelled ? Status.VALUE_CANCELLED : Status.VALUE_CONFIRMED));
        String place = m.getPlace() != null ? m.getPlace() : m.getVideoLink();
        if (place != null) {
            e.add(new Location(place));
        }
        String link = base() + "/meetings/" + m.getId();
        e.add(new Url(URI.create(link)));
        e.add(new Description((cancelled ? "This meeting has been cancelled. " : "Reply, agenda and papers: ")
                + link
                + (m.getVideoLink() != null && !cancelled ? "\nVideo link: " + m.getVideoLink() : "")));
        return e;
    }

    private String where(Meeting m) {
        return m.getPlace() != null ? " at " + m.getPlace() : m.getVideoLink() != null ? ", online" : "";
    }

    private ZoneId zone() {
        return clock.getZone();
    }

    private String base() {
        String base = settings.baseUrl();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
