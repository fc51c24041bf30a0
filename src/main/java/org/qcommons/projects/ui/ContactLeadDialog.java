package org.qcommons.projects.ui;

import static org.qcommons.projects.ui.Wording.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import org.qcommons.base.ui.UserMessages;
import org.qcommons.projects.Project;
import org.qcommons.projects.ProjectTeam;

/** Writes an in-app message (and email) to a project's lead. The text stays in the box if sending fails. */
class ContactLeadDialog extends Dialog {

    final TextArea message = new TextArea(t("contact.message"));

    ContactLeadDialog(ProjectTeam projectTeam, Project project) {
        setHeaderTitle(t("contact.title", project.getLead().getFullName()));
        message.setMaxLength(1500);
        message.setWidth("32rem");
        message.setMinHeight("8rem");
        message.setHelperText(t("contact.helper"));
        add(message);
        Button send = new Button(t("contact.send"), e -> {
            if (message.getValue().isBlank()) {
                message.setInvalid(true);
                message.setErrorMessage(t("contact.empty"));
                return;
            }
            try {
                projectTeam.contactLead(project.getId(), message.getValue());
                UserMessages.showSuccess(t("contact.sent", project.getLead().getFullName()));
                close();
            } catch (RuntimeException ex) {
                UserMessages.showError(ex);
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(t("cancel"), e -> close()), send);
    }
}
