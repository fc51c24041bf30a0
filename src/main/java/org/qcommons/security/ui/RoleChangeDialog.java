package org.qcommons.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.qcommons.base.security.Role;
import org.qcommons.base.ui.UserMessages;
import org.qcommons.organisations.Organisation;
import org.qcommons.people.Member;
import org.qcommons.security.RoleAdministration;

/**
 * Grants or revokes one role after saying exactly what will change, and asks why (the reason goes into the role
 * history and to the member).
 */
class RoleChangeDialog extends Dialog {

    final TextArea reason = new TextArea("Why? (kept in the history and sent to them)");
    final ComboBox<Organisation> organisation = new ComboBox<>("Organisation they coordinate for");
    final Button confirm = new Button();

    RoleChangeDialog(
            RoleAdministration roles,
            Member member,
            Role role,
            boolean grant,
            List<Organisation> organisations,
            Runnable done) {
        String what = (grant ? "Make " : "Remove ") + member.getFullName() + (grant ? " " : " as ") + role.label();
        setHeaderTitle(what + "?");
        reason.setRequired(true);
        reason.setMaxLength(500);
        reason.setWidthFull();
        VerticalLayout body = new VerticalLayout(new Paragraph(
                grant
                        ? "They will be able to do what a " + role.label().toLowerCase()
                                + " does from their next click, " + "and will be told by email."
                        : "They lose what a " + role.label().toLowerCase()
                                + " may do at once, and will be told by email."));
        if (grant && role == Role.ORG_COORDINATOR) {
            organisation.setItems(organisations);
            organisation.setItemLabelGenerator(Organisation::getName);
            organisation.setRequired(true);
            organisation.setWidthFull();
            if (member.getOrganisation() != null && organisations.contains(member.getOrganisation())) {
                organisation.setValue(member.getOrganisation());
            }
            body.add(organisation);
        }
        body.add(reason);
        body.setPadding(false);
        add(body);
        confirm.setText(grant ? "Grant" : "Remove");
        confirm.addThemeVariants(grant ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_ERROR);
        if (!grant) {
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        confirm.addClickListener(e -> {
            if (reason.getValue().isBlank()) {
                reason.setErrorMessage("Say why, for the history");
                reason.setInvalid(true);
                reason.focus();
                return;
            }
            if (grant && role == Role.ORG_COORDINATOR && organisation.isEmpty()) {
                organisation.setErrorMessage("Choose the organisation");
                organisation.setInvalid(true);
                organisation.focus();
                return;
            }
            try {
                if (grant) {
                    Long orgId = organisation.isEmpty()
                            ? null
                            : organisation.getValue().getId();
                    roles.grant(member.getId(), role, orgId, reason.getValue());
                } else {
                    roles.revoke(member.getId(), role, reason.getValue());
                }
                UserMessages.showSuccess(what + ": done");
                close();
                done.run();
            } catch (RuntimeException ex) {
                UserMessages.showError(ex);
            }
        });
        getFooter().add(new Button("Cancel", e -> close()), confirm);
    }
}
