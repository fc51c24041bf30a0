package org.qcommons.organisations.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.qcommons.base.ui.UserMessages;
import org.qcommons.organisations.OdsCode;
import org.qcommons.organisations.Organisation;
import org.qcommons.organisations.OrganisationService;
import org.qcommons.organisations.OrganisationType;

/** A coordinator's edit of their own organisation's details; the name and area stay with the ADMINs. */
public class OrganisationDetailsDialog extends Dialog {

    final ComboBox<OrganisationType> type = new ComboBox<>("Type");
    final TextField odsCode = new TextField("NHS ODS code (optional)");
    final TextField postcode = new TextField("Postcode (optional)");
    final Button save = new Button("Save");

    public OrganisationDetailsDialog(Organisation o, OrganisationService organisations, Runnable saved) {
        setHeaderTitle("Edit " + o.getName() + "'s details");
        type.setItems(OrganisationType.values());
        type.setItemLabelGenerator(OrganisationType::label);
        type.setValue(o.getType());
        odsCode.setValue(o.getOdsCode() == null ? "" : o.getOdsCode());
        odsCode.setHelperText("Like RVJ for a trust or L81001 for a GP practice");
        postcode.setValue(o.getPostcode() == null ? "" : o.getPostcode());
        postcode.setMaxLength(10);
        add(new FormLayout(type, odsCode, postcode));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            if (!OdsCode.valid(odsCode.getValue())) {
                odsCode.setErrorMessage("Enter an ODS code of 3 to 8 letters and digits, like RVJ or L81001");
                odsCode.setInvalid(true);
                odsCode.focus();
                return;
            }
            try {
                organisations.updateDetails(
                        o.getId(), o.getVersion(), type.getValue(), odsCode.getValue(), postcode.getValue());
                UserMessages.showSuccess(o.getName() + "'s details saved");
                close();
                saved.run();
            } catch (RuntimeException ex) {
                UserMessages.showError(ex);
            }
        });
        getFooter().add(new Button("Cancel", ev -> close()), save);
    }
}
