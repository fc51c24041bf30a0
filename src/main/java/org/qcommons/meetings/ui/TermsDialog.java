package org.qcommons.meetings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import org.qcommons.base.ui.FirstError;
import org.qcommons.base.ui.UserMessages;
import org.qcommons.meetings.MeetingGroup;
import org.qcommons.meetings.TermsOfReference;
import org.qcommons.meetings.TermsService;

/** Edits a copy of the current terms; saving makes a new version and keeps the old one in the history. */
class TermsDialog extends Dialog {

    final TextArea purpose = new TextArea("Purpose");
    final TextArea scope = new TextArea("Scope");
    final TextArea membership = new TextArea("Membership");
    final TextArea meetingArrangements = new TextArea("Meeting arrangements");
    final TextArea waysOfWorking = new TextArea("Ways of working");
    final TextArea reporting = new TextArea("Reporting");
    final TextArea resources = new TextArea("Resources");
    final TextArea successCriteria = new TextArea("Success criteria");
    final DatePicker reviewDate = new DatePicker("Review date");
    final TextField changeNote = new TextField("What changed");
    final Button save = new Button("Save as new version");

    TermsDialog(MeetingGroup group, TermsOfReference draft, TermsService terms, Runnable saved) {
        setHeaderTitle("Terms of reference: " + group.getName());
        Binder<TermsOfReference> binder = new Binder<>(TermsOfReference.class);
        binder.bindInstanceFields(this);
        binder.readBean(draft);
        changeNote.setRequired(true);
        changeNote.setMaxLength(500);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            if (changeNote.isEmpty()) {
                changeNote.setInvalid(true);
                changeNote.setErrorMessage("Say briefly what changed, for the version history");
                return;
            }
            try {
                binder.writeBean(draft);
                terms.saveTerms(group.getId(), draft, changeNote.getValue());
                close();
                UserMessages.showSuccess("New version of the terms of reference saved.");
                saved.run();
            } catch (ValidationException invalid) {
                // Fields are marked and nothing typed is lost; focus goes to the first field in error.
                FirstError.focus(binder, invalid.getFieldValidationErrors());
            } catch (RuntimeException ex) {
                UserMessages.showError(ex);
            }
        });
        FormLayout form = new FormLayout(
                purpose,
                scope,
                membership,
                meetingArrangements,
                waysOfWorking,
                reporting,
                resources,
                successCriteria,
                reviewDate,
                changeNote);
        add(form);
        getFooter().add(new Button("Cancel", e -> close()), save);
        setWidth("min(60rem, 95vw)");
    }
}
