package org.qcommons.meetings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import java.util.function.Consumer;
import org.qcommons.base.ui.FirstError;
import org.qcommons.meetings.Meeting;
import org.qcommons.meetings.MeetingGroup;
import org.qcommons.meetings.MeetingService;

/** Schedules a meeting, or changes when and where one is; the time is UK time. */
class ScheduleMeetingDialog extends Dialog {

    final TextField title = new TextField("Title");
    final DateTimePicker startsAt = new DateTimePicker("Starts (UK time)");
    final IntegerField durationMinutes = new IntegerField("Length in minutes");
    final TextField place = new TextField("Place");
    final TextField videoLink = new TextField("Video link");
    final Button save = new Button("Save");

    ScheduleMeetingDialog(MeetingGroup group, MeetingService meetings, Consumer<Meeting> saved) {
        this(group, null, meetings, saved);
    }

    ScheduleMeetingDialog(MeetingGroup group, Meeting existing, MeetingService meetings, Consumer<Meeting> saved) {
        setHeaderTitle(existing == null ? "Schedule a meeting of " + group.getName() : "Change meeting details");
        durationMinutes.setMax(Meeting.TIME_LIMIT_MINUTES);
        // The field's own max check runs before the entity's, so it needs the same words or it shows none.
        durationMinutes.setI18n(new IntegerField.IntegerFieldI18n()
                .setMaxErrorMessage("Meetings last two hours at most")
                .setBadInputErrorMessage("Enter the length as a whole number of minutes"));
        durationMinutes.setStepButtonsVisible(true);
        durationMinutes.setHelperText("Two hours at most");
        videoLink.setHelperText("https:// link for people joining remotely");
        BeanValidationBinder<Meeting> binder = new BeanValidationBinder<>(Meeting.class);
        // Bound by name so the entity's @Min/@Max apply; required because the entity holds a primitive int.
        binder.forField(durationMinutes)
                .asRequired("Give the length in minutes")
                .bind("durationMinutes");
        binder.forField(videoLink).withNullRepresentation("").bind(Meeting::getVideoLink, Meeting::setVideoLink);
        binder.forField(place).withNullRepresentation("").bind(Meeting::getPlace, Meeting::setPlace);
        binder.bindInstanceFields(this);
        Meeting bean = existing != null ? existing : new Meeting(group, "Quarterly meeting", null);
        binder.readBean(bean);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            try {
                binder.writeBean(bean);
                Meeting result = existing == null
                        ? meetings.schedule(
                                group.getId(),
                                bean.getTitle(),
                                bean.getStartsAt(),
                                bean.getDurationMinutes(),
                                bean.getPlace(),
                                bean.getVideoLink())
                        : meetings.updateDetails(bean);
                close();
                saved.accept(result);
            } catch (ValidationException invalid) {
                // Fields are marked and nothing typed is lost; focus goes to the first field in error (WCAG 3.3.1),
                // where its message is read with it, rather than staying on Save.
                FirstError.focus(
                        invalid.getFieldValidationErrors(), title, startsAt, durationMinutes, place, videoLink);
            } catch (RuntimeException ex) {
                // The meeting's header refreshes itself when someone else saves, so reloading is closing.
                ConflictDialog.showOrError(ex, this::close);
            }
        });
        add(new FormLayout(title, startsAt, durationMinutes, place, videoLink));
        getFooter().add(new Button("Cancel", e -> close()), save);
        setWidth("min(40rem, 95vw)");
    }
}
