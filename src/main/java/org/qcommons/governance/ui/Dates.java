package org.qcommons.governance.ui;

import static org.qcommons.governance.ui.Wording.t;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.qcommons.governance.Election;
import org.qcommons.governance.ElectionStatus;

/** UK dates, date pickers that read and write them, and the election's status badge. */
final class Dates {

    static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);
    static final DateTimeFormatter UK_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.UK);

    private Dates() {}

    static String uk(LocalDate d) {
        return d == null ? "" : UK.format(d);
    }

    static String uk(Instant at) {
        return at == null ? "" : UK_TIME.format(at.atZone(ZoneId.of("Europe/London")));
    }

    static DatePicker picker(String label) {
        DatePicker p = new DatePicker(label);
        p.setLocale(Locale.UK);
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setDateFormats("dd/MM/yyyy", "d/M/yyyy");
        i18n.setBadInputErrorMessage(t("dates.badInput"));
        p.setI18n(i18n);
        p.setRequiredIndicatorVisible(true);
        return p;
    }

    static Span status(Election e) {
        Span s = new Span(e.getStatus().label());
        String theme = e.getStatus() == ElectionStatus.PUBLISHED
                ? "success"
                : e.getStatus() == ElectionStatus.CANCELLED ? "error" : "contrast";
        s.getElement().getThemeList().add("badge " + theme);
        return s;
    }

    static String schedule(Election e) {
        return t(
                "dates.schedule",
                uk(e.getNominationsOpen()),
                uk(e.getNominationsClose()),
                uk(e.getVotingOpen()),
                uk(e.getVotingClose()),
                uk(e.getTermStart()),
                uk(e.getTermEnd()));
    }
}
