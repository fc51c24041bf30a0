package org.qcommons.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;
import org.qcommons.base.ui.UserMessages;
import org.qcommons.security.Invitations;

/** Where an invitee lands from their email: they choose a password and can then sign in. */
@Route("welcome/:token")
@PageTitle("Welcome to Q Commons")
@AnonymousAllowed
public class WelcomeView extends VerticalLayout implements BeforeEnterObserver {

    final PasswordField password = new PasswordField("Choose a password");
    final PasswordField repeat = new PasswordField("Type it again");
    final Button save = new Button("Set my password");
    private final Invitations invitations;
    private String token;

    public WelcomeView(Invitations invitations) {
        this.invitations = invitations;
        setMaxWidth("40rem");
        password.setHelperText("At least 10 characters");
        password.setId("welcome-password");
        repeat.setId("welcome-repeat");
        save.setId("welcome-save");
        password.setMinLength(10);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> submit());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        removeAll();
        Optional<String> name = invitations.inviteeName(token);
        if (name.isEmpty()) {
            add(
                    new H2("This invitation link does not work"),
                    new Paragraph("It has expired or has been used already. Ask an administrator to send a new one."),
                    new Anchor("login", "Sign in"));
            return;
        }
        add(
                new H2("Welcome, " + name.get()),
                new Paragraph("Choose a password to finish joining."),
                password,
                repeat,
                save);
    }

    private void submit() {
        password.setInvalid(false);
        repeat.setInvalid(false);
        if (password.getValue().length() < 10) {
            password.setErrorMessage("Use at least 10 characters");
            password.setInvalid(true);
            password.focus();
            return;
        }
        if (!password.getValue().equals(repeat.getValue())) {
            repeat.setErrorMessage("The two passwords are not the same");
            repeat.setInvalid(true);
            repeat.focus();
            return;
        }
        try {
            invitations.accept(token, password.getValue());
            removeAll();
            add(new H2("Your password is set"), new Anchor("login", "Sign in"));
        } catch (RuntimeException ex) {
            UserMessages.showError(ex);
        }
    }
}
