package org.qcommons.buddying.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import org.qcommons.base.BusinessException;
import org.qcommons.base.ui.LostFocus;
import org.qcommons.base.ui.UserMessages;
import org.qcommons.buddying.BuddyMode;
import org.qcommons.buddying.BuddyPairService;
import org.qcommons.buddying.CheckIn;

/** Records a meeting of the pair. The note is private to the two of them. */
class CheckInForm extends VerticalLayout {

    final DatePicker heldOn = new DatePicker("Date you met");
    final Select<BuddyMode> mode = new Select<>();
    final TextArea note = new TextArea("Short note (only the two of you can see it)");
    final Button record = new Button("Record check-in");

    CheckInForm(BuddyPairService pairs, Long pairId, LocalDate today, Runnable afterSave) {
        setPadding(false);
        heldOn.setValue(today);
        heldOn.setMax(today);
        heldOn.setRequired(true);
        mode.setLabel("How you met");
        mode.setItems(BuddyMode.values());
        mode.setItemLabelGenerator(BuddyMode::label);
        mode.setValue(BuddyMode.VIDEO);
        LostFocus.keepOnSelect(mode);
        note.setMaxLength(CheckIn.NOTE_MAX);
        note.setHelperText("Up to " + CheckIn.NOTE_MAX + " characters");
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        record.addClickListener(e -> {
            heldOn.setInvalid(false);
            try {
                pairs.checkIn(pairId, heldOn.getValue(), mode.getValue(), note.getValue());
                note.clear();
                UserMessages.showSuccess("Check-in recorded");
                afterSave.run();
            } catch (BusinessException ex) {
                if (ex.getMessage().contains("date")) {
                    heldOn.setInvalid(true);
                    heldOn.setErrorMessage(ex.getMessage());
                } else {
                    UserMessages.showError(ex);
                }
            }
        });
        FormLayout form = new FormLayout(heldOn, mode, note);
        form.setColspan(note, 2);
        add(new H3("Record a check-in"), form, record);
    }
}
