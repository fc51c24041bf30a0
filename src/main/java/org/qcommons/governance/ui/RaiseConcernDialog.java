package org.qcommons.governance.ui;

import static org.qcommons.governance.ui.Wording.t;

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

    final TextArea reason = new TextArea(t("concern.dialog.reason"));
    final Checkbox confidential = new Checkbox(t("concern.dialog.confidential"));
    final Button send = new Button(t("concern.dialog.send"));

    RaiseConcernDialog(ConcernService concerns, ConcernSubject type, Long subjectId, String about) {
        setHeaderTitle(t("concern.dialog.title"));
        reason.setWidthFull();
        reason.setMaxLength(4000);
        reason.setRequiredIndicatorVisible(true);
        confidential.setHelperText(t("concern.dialog.confidentialHelper"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> {
            if (reason.getValue().isBlank()) {
                reason.setErrorMessage(t("concern.dialog.reasonMissing"));
                reason.setInvalid(true);
                reason.focus();
                return;
            }
            try {
                concerns.raise(type, subjectId, reason.getValue(), confidential.getValue());
                close();
                UserMessages.showSuccess(t("concern.dialog.sent"));
            } catch (RuntimeException ex) {
                UserMessages.showError(ex);
            }
        });
        add(new Paragraph(t("concern.dialog.about", about)), reason, confidential);
        getFooter().add(new Button(t("cancel"), e -> close()), send);
        setWidth("min(36rem, 95vw)");
    }
}
