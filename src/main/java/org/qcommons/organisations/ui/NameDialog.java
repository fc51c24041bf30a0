package org.qcommons.organisations.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import org.qcommons.base.ui.UserMessages;

/** Asks for one name and saves it. */
class NameDialog extends Dialog {

    final TextField name = new TextField("Name");
    final Button save = new Button("Save");

    NameDialog(String title, String current, Consumer<String> action, Runnable done) {
        setHeaderTitle(title);
        name.setValue(current);
        name.setRequired(true);
        name.setMaxLength(120);
        name.setWidthFull();
        add(name);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            if (name.getValue().isBlank()) {
                name.setErrorMessage("Enter a name");
                name.setInvalid(true);
                return;
            }
            try {
                action.accept(name.getValue());
                UserMessages.showSuccess(name.getValue() + " saved");
                close();
                done.run();
            } catch (RuntimeException ex) {
                UserMessages.showError(ex);
            }
        });
        getFooter().add(new Button("Cancel", e -> close()), save);
    }
}
