package org.qcommons.exchange.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.time.LocalDate;
import java.util.Locale;
import org.qcommons.base.ui.FirstError;
import org.qcommons.base.ui.UserMessages;
import org.qcommons.exchange.ConcordatService;
import org.qcommons.exchange.Signatory;
import org.qcommons.organisations.OrganisationService;
import org.qcommons.organisations.Stp;
import org.qcommons.skills.ui.EditConflicts;

/** Records or amends an organisation's signature. */
class SignatoryDialog extends Dialog {

    final DatePicker signedOn = new DatePicker("Date signed");
    final TextField signedByName = new TextField("Signed by");
    final TextField signedByRole = new TextField("Their role");
    final MultiSelectComboBox<Stp> stpsCovered = new MultiSelectComboBox<>("STPs covered");
    final IntegerField lendingCapDays = new IntegerField("Cap on days lent per quarter (optional)");
    final Button save = new Button("Sign the concordat");
    private final BeanValidationBinder<Signatory> binder = new BeanValidationBinder<>(Signatory.class);

    SignatoryDialog(
            Signatory signatory,
            ConcordatService concordat,
            OrganisationService organisations,
            LocalDate today,
            Runnable onSaved) {
        setHeaderTitle(signatory.getOrganisation().getName());
        signedOn.setMax(today);
        signedOn.setLocale(Locale.UK);
        stpsCovered.setItems(organisations.stps());
        stpsCovered.setItemLabelGenerator(Stp::getName);
        lendingCapDays.setHelperText("Leave empty for no cap");
        lendingCapDays.setMin(1);
        lendingCapDays.setI18n(new IntegerField.IntegerFieldI18n()
                .setMinErrorMessage("A cap must be at least one day, or leave it empty for no cap")
                .setBadInputErrorMessage("Enter a whole number of days"));
        signedByRole.setPlaceholder("Chief Executive");
        binder.bindInstanceFields(this);
        binder.readBean(signatory);
        if (!signatory.isNew()) {
            save.setText("Save changes");
        }
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            if (!FirstError.validate(binder) || !binder.writeBeanIfValid(signatory)) {
                return;
            }
            try {
                concordat.sign(signatory);
                UserMessages.showSuccess(signatory.getOrganisation().getName() + " is a signatory of the concordat");
                close();
                onSaved.run();
            } catch (RuntimeException ex) {
                EditConflicts.show(ex);
            }
        });
        FormLayout form = new FormLayout(signedOn, signedByName, signedByRole, lendingCapDays, stpsCovered);
        form.setColspan(stpsCovered, 2);
        add(form);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }
}
