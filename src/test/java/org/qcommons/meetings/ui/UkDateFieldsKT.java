package org.qcommons.meetings.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.qcommons.meetings.AgendaService;
import org.qcommons.meetings.GroupService;
import org.qcommons.meetings.MeetingGroup;
import org.qcommons.meetings.MeetingService;
import org.qcommons.meetings.MeetingsFixture;
import org.qcommons.meetings.Visibility;
import org.qcommons.testsupport.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The interface is en-GB whatever the browser says (issue 24): the schedule dialog's date and time once took
 * 05/11/2026 as 11 May and showed "10:00 AM". Date pickers parse by their locale in the browser, so a field's
 * locale is what decides it; the keyboard browser tests type UK dates into these same fields.
 */
class UkDateFieldsKT extends KaribuTest {

    @Autowired
    GroupService groups;

    @Autowired
    MeetingService meetings;

    @Autowired
    AgendaService agendaService;

    @Test
    void everyUiAndTheScheduleDialogsDateAndTimeFieldsAreBritish() {
        MeetingsFixture fx = new MeetingsFixture(groups, meetings, agendaService, accountService);
        MeetingGroup group = fx.group(Visibility.PUBLIC);
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.US); // a machine (and a mock browser) that would otherwise make the UI American
        try {
            signInAs(MeetingsFixture.CONVENOR);
        } finally {
            Locale.setDefault(before);
        }
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.UK);
        GroupView view = navigateTo("groups/" + group.getSlug() + "?tab=meetings", GroupView.class);
        _click(view.meetingsPanel.schedule);
        ScheduleMeetingDialog dialog = _get(ScheduleMeetingDialog.class);

        assertThat(dialog.startsAt.getLocale()).isEqualTo(Locale.UK);
        for (DatePicker picker : _find(DatePicker.class)) {
            assertThat(picker.getLocale()).as(picker.getLabel()).isEqualTo(Locale.UK);
        }
        for (TimePicker picker : _find(TimePicker.class)) {
            assertThat(picker.getLocale()).as(picker.getLabel()).isEqualTo(Locale.UK);
        }
        for (DateTimePicker picker : _find(DateTimePicker.class)) {
            assertThat(picker.getLocale()).as(picker.getLabel()).isEqualTo(Locale.UK);
        }
    }
}
