package org.qcommons.exchange.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import org.qcommons.base.ui.UserMessages;
import org.qcommons.exchange.ConcordatService;
import org.qcommons.exchange.Signatory;
import org.qcommons.organisations.Organisation;
import org.qcommons.organisations.OrganisationService;

/** An ADMIN signs an organisation up to the concordat, or ends a signature with a reason. */
class ConcordatAdminPanel extends VerticalLayout {

    final ComboBox<Organisation> organisation = new ComboBox<>("Organisation");
    final Button signUp = new Button("Sign it up");
    private final ConcordatService concordat;
    private final OrganisationService organisations;
    private final LocalDate today;
    private final Runnable changed;

    ConcordatAdminPanel(
            ConcordatService concordat, OrganisationService organisations, LocalDate today, Runnable changed) {
        this.concordat = concordat;
        this.organisations = organisations;
        this.today = today;
        this.changed = changed;
        setPadding(false);
        organisation.setItems(organisations.currentOrganisations());
        organisation.setItemLabelGenerator(Organisation::getName);
        organisation.setWidth("min(100%, 28rem)");
        signUp.addClickListener(e -> {
            if (organisation.isEmpty()) {
                organisation.setErrorMessage("Choose the organisation to sign up");
                organisation.setInvalid(true);
                return;
            }
            try {
                new SignatoryDialog(
                                concordat.draftFor(organisation.getValue().getId()),
                                concordat,
                                organisations,
                                today,
                                changed)
                        .open();
            } catch (RuntimeException ex) {
                UserMessages.showError(ex);
            }
        });
        HorizontalLayout row = new HorizontalLayout(organisation, signUp);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H3("Administer signatures"), row);
    }

    /** The button that ends one signature, after asking why. */
    Button endButton(Signatory s) {
        String name = s.getOrganisation().getName();
        Button end = new Button("End signature", e -> {
            Dialog d = new Dialog();
            d.setHeaderTitle("End " + name + "'s signature?");
            TextArea reason = new TextArea("Why (kept in the history)");
            reason.setWidthFull();
            reason.setMaxLength(500);
            d.add(
                    new Paragraph(name + " will no longer be listed as a signatory or be able to ask for expertise. "
                            + "Its exchanges and ledger days stay as they are."),
                    reason);
            Button confirm = new Button("End signature", ok -> {
                if (reason.getValue().isBlank()) {
                    reason.setErrorMessage("Say why the signature ends");
                    reason.setInvalid(true);
                    return;
                }
                try {
                    concordat.endSignature(s.getOrganisation().getId(), reason.getValue());
                    UserMessages.showSuccess(name + "'s signature ended");
                    d.close();
                    changed.run();
                } catch (RuntimeException ex) {
                    UserMessages.showError(ex);
                }
            });
            confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
            d.getFooter().add(new Button("Cancel", c -> d.close()), confirm);
            d.open();
        });
        end.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        end.setAriaLabel("End " + name + "'s signature");
        return end;
    }
}
