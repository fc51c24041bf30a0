package org.qcommons.meetings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.qcommons.meetings.AgendaItem;
import org.qcommons.meetings.AgendaService;
import org.qcommons.meetings.Meeting;

/** Adds or edits an agenda item: title, presenter, time allotted and declarations of interest. */
class AgendaItemDialog extends Dialog {

    final TextField title = new TextField("Title");
    final TextField presenter = new TextField("Presenter");
    final IntegerField minutesAllotted = new IntegerField("Minutes allotted");
    final TextArea declarations = new TextArea("Declarations of interest");
    final Button save = new Button("Save");

    AgendaItemDialog(Meeting meeting, AgendaItem existing, AgendaService agenda) {
        setHeaderTitle(existing == null ? "Add agenda item" : "Edit agenda item");
        title.setRequired(true);
        title.setMaxLength(200);
        presenter.setMaxLength(120);
        minutesAllotted.setMin(1);
        minutesAllotted.setMax(Meeting.TIME_LIMIT_MINUTES);
        minutesAllotted.setStepButtonsVisible(true);
        minutesAllotted.setValue(existing == null ? 10 : existing.getMinutesAllotted());
        declarations.setMaxLength(1000);
        declarations.setHelperText("Anyone with an interest in this item, and what it is");
        if (existing != null) {
            title.setValue(existing.getTitle());
            presenter.setValue(existing.getPresenter() == null ? "" : existing.getPresenter());
            declarations.setValue(existing.getDeclarations() == null ? "" : existing.getDeclarations());
        }
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            if (title.isEmpty()) {
                title.setInvalid(true);
                title.setErrorMessage("Enter a title");
                return;
            }
            Integer mins = minutesAllotted.getValue();
            if (mins == null || mins < 1 || mins > Meeting.TIME_LIMIT_MINUTES) {
                minutesAllotted.setInvalid(true);
                minutesAllotted.setErrorMessage("Allow between 1 and " + Meeting.TIME_LIMIT_MINUTES + " minutes");
                return;
            }
            try {
                if (existing == null) {
                    agenda.addItem(
                            meeting.getId(), title.getValue(), presenter.getValue(), mins, declarations.getValue());
                } else {
                    agenda.updateItem(
                            existing.getId(),
                            existing.getVersion(),
                            title.getValue(),
                            presenter.getValue(),
                            mins,
                            declarations.getValue());
                }
                close();
            } catch (RuntimeException ex) {
                ConflictDialog.showOrError(ex, this::close);
            }
        });
        add(new FormLayout(title, presenter, minutesAllotted, declarations));
        getFooter().add(new Button("Cancel", e -> close()), save);
        setWidth("min(40rem, 95vw)");
    }
}
