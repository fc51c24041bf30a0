package org.qcommons.exchange.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;

/** Asks for a reason, a note or feedback before a workflow step; a required text cannot be left empty. */
class TextPromptDialog extends Dialog {

    final TextArea text = new TextArea();
    final Button confirm = new Button();

    TextPromptDialog(
            String title,
            String label,
            String confirmText,
            boolean required,
            boolean destructive,
            Consumer<String> action) {
        setHeaderTitle(title);
        text.setLabel(label);
        text.setWidth("28rem");
        text.setMaxLength(1000);
        text.setRequired(required);
        add(text);
        confirm.setText(confirmText);
        confirm.setId("prompt-confirm");
        text.setId("prompt-text");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (destructive) {
            confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        confirm.addClickListener(e -> {
            if (required && text.getValue().isBlank()) {
                text.setInvalid(true);
                text.setErrorMessage("Please give a reason; the other side will see it");
                return;
            }
            close();
            action.accept(text.getValue());
        });
        getFooter().add(new Button("Back", e -> close()), confirm);
    }
}
