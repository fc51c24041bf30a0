package org.qcommons.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.qcommons.base.ui.FirstError;
import org.qcommons.base.ui.UserMessages;
import org.qcommons.organisations.Organisation;
import org.qcommons.organisations.OrganisationService;
import org.qcommons.security.AccountService;
import org.qcommons.security.Registration;
import org.qcommons.security.WeakPasswordException;

@Route("register")
@PageTitle("Join Q Commons")
@AnonymousAllowed
public class RegistrationView extends VerticalLayout {

    final TextField fullName = new TextField("Full name");
    final EmailField email = new EmailField("Email address");
    final PasswordField password = new PasswordField("Password");
    final TextField profession = new TextField("Profession");
    final TextField jobTitle = new TextField("Job title");
    final ComboBox<Organisation> organisation = new ComboBox<>("Organisation");
    final Checkbox patientOrCarer = new Checkbox("I am joining as a patient, service user or carer");
    final Checkbox directoryConsent = new Checkbox("Other members may see my profile and contact me");
    final Checkbox confirmsMembership = new Checkbox("I am a Q member, or applying to join Q");
    final Button submit = new Button("Ask to join");
    private final BeanValidationBinder<Registration> binder = new BeanValidationBinder<>(Registration.class);

    public RegistrationView(AccountService accounts, OrganisationService organisations) {
        setMaxWidth("48rem");
        add(
                new H2("Ask to join Q Commons"),
                new Paragraph("An administrator checks each request. You can sign in once it is approved."));
        password.setHelperText("At least 12 characters. A few unrelated words make a good one.");
        password.setMaxLength(256);
        organisation.setItems(organisations.organisations());
        organisation.setItemLabelGenerator(o -> o.getName() + " (" + o.getStp().getName() + ")");
        organisation.setRequiredIndicatorVisible(true);
        email.setI18n(new EmailField.EmailFieldI18n()
                .setPatternErrorMessage("Enter an email address in the right format, like name@example.nhs.uk"));
        binder.bindInstanceFields(this);
        binder.setBean(new Registration());
        FormLayout form = new FormLayout(
                fullName,
                email,
                password,
                profession,
                jobTitle,
                organisation,
                patientOrCarer,
                directoryConsent,
                confirmsMembership);
        form.setColspan(organisation, 2);
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> {
            if (FirstError.validate(binder)) {
                try {
                    VaadinRequest request = VaadinRequest.getCurrent();
                    accounts.requestToJoin(binder.getBean(), request == null ? null : request.getRemoteAddr());
                    // The same words whether or not the address already had an account: that person gets an email.
                    removeAll();
                    add(
                            new H2("Thank you"),
                            new Paragraph("Thank you. We have sent an email to " + email.getValue()
                                    + ". Open the link in it within 24 hours to confirm the address: only then "
                                    + "does your request go to an administrator, and we will email you when they "
                                    + "have dealt with it."));
                } catch (WeakPasswordException ex) {
                    password.setInvalid(true);
                    password.setErrorMessage(ex.getMessage());
                    password.focus();
                } catch (RuntimeException ex) {
                    UserMessages.showError(ex);
                }
            }
        });
        add(form, submit);
    }
}
