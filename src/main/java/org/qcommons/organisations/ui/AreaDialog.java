package org.qcommons.organisations.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.qcommons.base.ui.UserMessages;
import org.qcommons.organisations.OrganisationAdministration;
import org.qcommons.organisations.OrganisationService;
import org.qcommons.organisations.Region;
import org.qcommons.organisations.Stp;

/** Adds or edits an STP or ICS; a new name keeps the old one among the former names. */
class AreaDialog extends Dialog {

    final TextField name = new TextField("Name");
    final ComboBox<Region> region = new ComboBox<>("Region");
    final TextField formerNames = new TextField("Former names, separated by ;");
    final Button save = new Button("Save");

    AreaDialog(Stp area, OrganisationService organisations, OrganisationAdministration admin, Runnable done) {
        setHeaderTitle(area == null ? "Add an STP or ICS" : "Edit " + area.getName());
        region.setItems(
                organisations.regions().stream().filter(r -> !r.isRetired()).toList());
        region.setItemLabelGenerator(Region::getName);
        name.setRequired(true);
        region.setRequired(true);
        if (area != null) {
            name.setValue(area.getName());
            region.setValue(area.getRegion());
            formerNames.setValue(area.getFormerNames() == null ? "" : area.getFormerNames());
        }
        add(new FormLayout(name, region, formerNames));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            try {
                admin.saveStp(
                        area == null ? null : area.getId(), name.getValue(), region.getValue(), formerNames.getValue());
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
