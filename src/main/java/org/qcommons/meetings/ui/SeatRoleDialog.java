package org.qcommons.meetings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.qcommons.base.ui.UserMessages;
import org.qcommons.meetings.SeatHolder;
import org.qcommons.meetings.SeatRole;
import org.qcommons.meetings.SeatRoles;

/** Changes one seat's role or convenorship, with the reason the group's history keeps. */
class SeatRoleDialog extends Dialog {

    final ComboBox<SeatRole> role = new ComboBox<>("Role");
    final Checkbox convenor = new Checkbox("Convenor");
    final TextField reason = new TextField("Why (for the group's history)");
    final Button save = new Button("Change role");

    SeatRoleDialog(SeatHolder seat, SeatRoles seatRoles, boolean mayAppointConvenor, Runnable done) {
        setHeaderTitle("Seat of " + seat.displayName());
        role.setItems(SeatRole.values());
        role.setItemLabelGenerator(SeatRole::label);
        role.setValue(seat.role());
        role.setWidthFull();
        convenor.setValue(seat.convenor());
        // Only convenors (and ADMINs) appoint or remove a convenor; the service checks it too.
        convenor.setEnabled(mayAppointConvenor);
        reason.setRequired(true);
        reason.setMaxLength(500);
        reason.setWidthFull();
        add(
                new Paragraph(
                        seat.memberId() == null
                                ? "The seat is vacant: its next holder takes the new role."
                                : "The holder is told, and what the role allows changes at once in their open sessions."),
                role,
                convenor,
                reason);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            if (reason.getValue().isBlank()) {
                reason.setErrorMessage("Say why the seat's role changes");
                reason.setInvalid(true);
                reason.focus();
                return;
            }
            try {
                seatRoles.change(
                        seat.seatId(), seat.version(), role.getValue(), convenor.getValue(), reason.getValue());
                UserMessages.showSuccess("Seat changed");
                close();
                done.run();
            } catch (RuntimeException ex) {
                UserMessages.showError(ex);
            }
        });
        getFooter().add(new Button("Cancel", e -> close()), save);
    }
}
