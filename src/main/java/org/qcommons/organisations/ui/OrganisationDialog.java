package org.qcommons.organisations.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import org.qcommons.base.ui.FirstError;
import org.qcommons.base.ui.UserMessages;
import org.qcommons.organisations.Organisation;
import org.qcommons.organisations.OrganisationAdministration;
import org.qcommons.organisations.OrganisationService;
import org.qcommons.organisations.OrganisationType;
import org.qcommons.organisations.Stp;

/** Adds or edits one organisation: name, type, area, ODS code and postcode. */
class OrganisationDialog extends Dialog {

    final TextField name = new TextField("Name");
    final ComboBox<OrganisationType> type = new ComboBox<>("Type");
    final ComboBox<Stp> stp = new ComboBox<>("STP or ICS");
    final TextField odsCode = new TextField("NHS ODS code (optional)");
    final TextField postcode = new TextField("Postcode (optional)");
    final Button save = new Button("Save");
    private final BeanValidationBinder<Organisation> binder = new BeanValidationBinder<>(Organisation.class);

    OrganisationDialog(
            Organisation organisation,
            OrganisationAdministration admin,
            OrganisationService organisations,
            Runnable saved) {
        setHeaderTitle(organisation.isNew() ? "Add an organisation" : "Edit " + organisation.getName());
        type.setItems(OrganisationType.values());
        type.setItemLabelGenerator(OrganisationType::label);
        stp.setItems(organisations.stps().stream().filter(s -> !s.isRetired()).toList());
        stp.setItemLabelGenerator(s -> s.getName() + " (" + s.getRegion().getName() + ")");
        name.setId("organisation-name");
        stp.setId("organisation-stp");
        save.setId("organisation-save");
        odsCode.setHelperText("Like RVJ for a trust or L81001 for a GP practice");
        binder.bindInstanceFields(this);
        binder.setBean(organisation);
        add(new FormLayout(name, type, stp, odsCode, postcode));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            if (!FirstError.validate(binder)) {
                return;
            }
            try {
                admin.save(binder.getBean());
                UserMessages.showSuccess(name.getValue() + " saved");
                close();
                saved.run();
            } catch (RuntimeException ex) {
                UserMessages.showError(ex);
            }
        });
        getFooter().add(new Button("Cancel", e -> close()), save);
    }
}
