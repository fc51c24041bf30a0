package org.qcommons.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.qcommons.base.ui.FirstError;
import org.qcommons.base.ui.UserMessages;
import org.qcommons.security.FirstAdmin;
import org.qcommons.security.FirstRunSetup;

/** The first-run page behind the one-time link from the log or the setup email: it creates the first ADMIN. */
@Route("setup/:token")
@PageTitle("Set up Q Commons")
@AnonymousAllowed
public class SetupView extends VerticalLayout implements BeforeEnterObserver {

    final TextField fullName = new TextField("Your full name");
    final EmailField email = new EmailField("Your email address");
    final PasswordField password = new PasswordField("Password");
    final Button create = new Button("Create the administrator");
    private final BeanValidationBinder<FirstAdmin> binder = new BeanValidationBinder<>(FirstAdmin.class);
    private final FirstRunSetup setup;
    private String token;

    public SetupView(FirstRunSetup setup) {
        this.setup = setup;
        setMaxWidth("40rem");
        password.setHelperText("At least 12 characters");
        fullName.setId("setup-name");
        email.setId("setup-email");
        password.setId("setup-password");
        create.setId("setup-create");
        binder.bindInstanceFields(this);
        binder.setBean(new FirstAdmin());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> submit());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        removeAll();
        if (!setup.available(token)) {
            add(
                    new H2("This setup link does not work"),
                    new Paragraph("It has expired, has been used already, or Q Commons already has an "
                            + "administrator. Restart the application to print a new link while none exists."),
                    new Anchor("login", "Sign in"));
            return;
        }
        add(
                new H2("Set up Q Commons"),
                new Paragraph("Q Commons has no administrator yet. Create the first one: you can then add "
                        + "organisations, invite members and hand out roles."),
                new FormLayout(fullName, email, password),
                create);
    }

    private void submit() {
        if (!FirstError.validate(binder)) {
            return;
        }
        try {
            setup.complete(token, binder.getBean());
            removeAll();
            add(
                    new H2("You are the administrator"),
                    new Paragraph("Sign in with " + email.getValue() + ". Administrators must use two-factor sign-in, "
                            + "so have an authenticator app on your phone ready: you will set it up first, then add "
                            + "your organisation and invite members."),
                    new Anchor("login", "Sign in"));
        } catch (RuntimeException ex) {
            UserMessages.showError(ex);
        }
    }
}
