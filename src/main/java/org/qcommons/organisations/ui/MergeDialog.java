package org.qcommons.organisations.ui;

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
import org.qcommons.organisations.OrganisationAdministration;

/** Merges one organisation into its successor, after saying what will move. */
class MergeDialog extends Dialog {

    final ComboBox<Organisation> into = new ComboBox<>("Merge into");
    final TextField reason = new TextField("Why (for the history)");
    final Paragraph moves = new Paragraph();
    final Button merge = new Button("Merge");

    MergeDialog(Organisation from, List<Organisation> candidates, OrganisationAdministration admin, Runnable done) {
        setHeaderTitle("Merge " + from.getName() + "?");
        List<String> uses = admin.usesOf(from.getId());
        moves.setText(
                uses.isEmpty()
                        ? "Nothing uses " + from.getName() + "; it will be retired."
                        : "This moves " + String.join(", ", uses) + " to the organisation you choose, and retires "
                                + from.getName()
                                + ". Ledger days move by balancing entries, so history stays as it was.");
        into.setItems(candidates.stream().filter(o -> !o.equals(from)).toList());
        into.setItemLabelGenerator(Organisation::getName);
        into.setRequired(true);
        into.setWidthFull();
        reason.setRequired(true);
        reason.setMaxLength(300);
        reason.setWidthFull();
        VerticalLayout body = new VerticalLayout(moves, into, reason);
        body.setPadding(false);
        add(body);
        merge.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        merge.addClickListener(e -> {
            if (into.isEmpty()) {
                into.setErrorMessage("Choose the organisation that takes over");
                into.setInvalid(true);
                into.focus();
                return;
            }
            if (reason.getValue().isBlank()) {
                reason.setErrorMessage("Say why the organisations are merging");
                reason.setInvalid(true);
                reason.focus();
                return;
            }
            try {
                Organisation to = admin.merge(from.getId(), into.getValue().getId(), reason.getValue());
                UserMessages.showSuccess(from.getName() + " merged into " + to.getName());
                close();
                done.run();
            } catch (RuntimeException ex) {
                UserMessages.showError(ex);
            }
        });
        getFooter().add(new Button("Cancel", e -> close()), merge);
    }
}
