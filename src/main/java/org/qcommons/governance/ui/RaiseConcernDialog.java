package org.qcommons.governance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.qcommons.base.ui.UserMessages;
import org.qcommons.governance.ConcernService;
import org.qcommons.governance.ConcernSubject;

/** Raises a concern: why, and whether to keep the raiser's name from the person concerned. */
class RaiseConcernDialog extends Dialog {

    final TextArea reason = new TextArea("Why are you concerned?");
    final Checkbox confidential = new Checkbox("Keep my name confidential");
    final Button send = new Button("Raise the concern");

    RaiseConcernDialog(ConcernService concerns, ConcernSubject type, Long subjectId, String about) {
        setHeaderTitle("Raise a concern");
        reason.setWidthFull();
        reason.setMaxLength(4000);
        reason.setRequiredIndicatorVisible(true);
        confidential.setHelperText("Convenors and ADMINs handling it see your name; the person concerned does not.");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> {
            if (reason.getValue().isBlank()) {
                reason.setErrorMessage("Say why you are concerned");
                reason.setInvalid(true);
                reason.focus();
                return;
            }
            try {
                concerns.raise(type, subjectId, reason.getValue(), confidential.getValue());
                close();
                UserMessages.showSuccess("Your concern is with the convenors. You will be told the outcome.");
            } catch (RuntimeException ex) {
                UserMessages.showError(ex);
            }
        });
        add(new Paragraph("About: " + about), reason, confidential);
        getFooter().add(new Button("Cancel", e -> close()), send);
        setWidth("min(36rem, 95vw)");
    }
}
