package org.qcommons.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.qcommons.base.ui.UserMessages;
import org.qcommons.organisations.Organisation;
import org.qcommons.people.Member;
import org.qcommons.people.MemberAdministration;

/** Moves one member to another organisation, after saying what changes. */
class MoveMemberDialog extends Dialog {

    final ComboBox<Organisation> to = new ComboBox<>("New organisation");
    final TextField reason = new TextField("Why (sent to them)");
    final Button move = new Button("Move");

    MoveMemberDialog(Member m, List<Organisation> choices, MemberAdministration admin, Runnable done) {
        setHeaderTitle("Move " + m.getFullName() + "?");
        to.setItems(choices);
        to.setItemLabelGenerator(Organisation::getName);
        to.setWidthFull();
        reason.setWidthFull();
        reason.setMaxLength(300);
        VerticalLayout body = new VerticalLayout(
                new Paragraph("They will be listed at the new organisation and its area, are told by email, and stop "
                        + "coordinating for "
                        + (m.getOrganisation() == null
                                ? "their old organisation"
                                : m.getOrganisation().getName())
                        + " if they did."),
                to,
                reason);
        body.setPadding(false);
        add(body);
        move.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        move.addClickListener(e -> {
            try {
                admin.move(m.getId(), to.getValue(), reason.getValue());
                UserMessages.showSuccess(m.getFullName() + " moved");
                close();
                done.run();
            } catch (RuntimeException ex) {
                UserMessages.showError(ex);
            }
        });
        getFooter().add(new Button("Cancel", e -> close()), move);
    }
}
