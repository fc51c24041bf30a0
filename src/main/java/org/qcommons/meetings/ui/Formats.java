package org.qcommons.meetings.ui;

import com.vaadin.flow.component.html.Span;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.qcommons.meetings.Meeting;
import org.qcommons.meetings.MeetingStatus;

/** Dates as people in the UK write them, and the small badges used across the meeting views. */
final class Formats {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    private Formats() {}

    static String when(Meeting m) {
        return DAY.format(m.getStartsAt()) + ", " + TIME.format(m.getStartsAt()) + " to "
                + TIME.format(m.getStartsAt().plusMinutes(m.getDurationMinutes())) + " (UK time)";
    }

    static String shortDate(LocalDate d) {
        return d == null ? "" : SHORT_DAY.format(d);
    }

    static Span badge(String text, String theme) {
        Span s = new Span(text);
        s.getElement().getThemeList().add("badge " + theme);
        return s;
    }

    static Span status(MeetingStatus status) {
        String theme = switch (status) {
            case MINUTES_PUBLISHED -> "success";
            case HELD, MINUTES_DRAFTED -> "contrast";
            default -> "";
        };
        return badge(status.label(), theme);
    }

    static Span minutesDue() {
        Span s = badge("Minutes due", "error");
        s.getElement().setAttribute("title", "Held more than two weeks ago without approved minutes");
        return s;
    }

    static boolean isDue(Meeting m, Clock clock) {
        return m.isMinutesDue(LocalDate.now(clock));
    }
}
