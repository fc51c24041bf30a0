package org.qcommons.organisations.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import org.qcommons.base.ui.UserMessages;
import org.qcommons.organisations.OrganisationAdministration;
import org.qcommons.organisations.OrganisationService;
import org.qcommons.organisations.OrganisationUsage;
import org.qcommons.organisations.Stp;

/** Retires an area after saying what uses it and asking where those move. */
class RetireAreaDialog extends Dialog {

    final ComboBox<Stp> successor = new ComboBox<>("Move them to");
    final Paragraph moves = new Paragraph();
    final Button retire = new Button("Retire");

    RetireAreaDialog(Stp area, OrganisationService organisations, OrganisationAdministration admin, Runnable done) {
        setHeaderTitle("Retire " + area.getName() + "?");
        List<String> uses = new ArrayList<>(admin.usesOfArea(area.getId()));
        long orgs = organisations.organisations().stream()
                .filter(o -> o.getStp().equals(area))
                .count();
        if (orgs > 0) {
            uses.addFirst(OrganisationUsage.count(orgs, "organisation", "organisations"));
        }
        moves.setText(
                uses.isEmpty()
                        ? "Nothing uses it. You may still name the area that replaced it, for its history."
                        : "This moves " + String.join(", ", uses) + " to the area you choose.");
        successor.setItems(organisations.stps().stream()
                .filter(s -> !s.isRetired() && !s.equals(area))
                .toList());
        successor.setItemLabelGenerator(s -> s.getName() + " (" + s.getRegion().getName() + ")");
        successor.setRequired(!uses.isEmpty());
        successor.setWidthFull();
        VerticalLayout body = new VerticalLayout(moves, successor);
        body.setPadding(false);
        add(body);
        retire.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        retire.addClickListener(e -> {
            if (!uses.isEmpty() && successor.isEmpty()) {
                successor.setErrorMessage("Choose where they move");
                successor.setInvalid(true);
                successor.focus();
                return;
            }
            try {
                admin.retireStp(
                        area.getId(),
                        successor.isEmpty() ? null : successor.getValue().getId());
                UserMessages.showSuccess(area.getName() + " retired");
                close();
                done.run();
            } catch (RuntimeException ex) {
                UserMessages.showError(ex);
            }
        });
        getFooter().add(new Button("Cancel", e -> close()), retire);
    }
}
