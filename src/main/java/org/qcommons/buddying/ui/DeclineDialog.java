package org.qcommons.buddying.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import org.qcommons.base.BusinessException;
import org.qcommons.base.ui.UserMessages;

/** The buddy declines a proposal with a reason; the newcomer goes back to the queue. */
class DeclineDialog extends Dialog {

    final TextArea reason = new TextArea("Reason");
    final Button confirm;

    DeclineDialog(String newcomerName, Consumer<String> onDecline) {
        setHeaderTitle("Decline " + newcomerName + "?");
        reason.setMaxLength(500);
        reason.setWidthFull();
        reason.setRequired(true);
        reason.setHelperText("For example: \"No time until March\" or \"Someone with data skills would suit better\".");
        confirm = new Button("Decline", e -> {
            if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage("Give a short reason, so we can find a better match");
                return;
            }
            try {
                onDecline.accept(reason.getValue());
                close();
            } catch (BusinessException ex) {
                reason.setInvalid(true);
                reason.setErrorMessage(ex.getMessage());
            } catch (RuntimeException ex) {
                UserMessages.showError(ex);
                close();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        add(
                new Paragraph(newcomerName + " goes back to the queue, keeping their place, and will be offered "
                        + "someone else."),
                reason);
        getFooter().add(new Button("Cancel", e -> close()), confirm);
    }
}
