package org.qcommons.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.qcommons.base.ui.UserMessages;
import org.qcommons.security.PasswordResetService;

/** "Forgot your password?": the same answer whether or not the address has an account (issue 17, item 1). */
@Route(value = "forgot-password", autoLayout = false)
@PageTitle("Reset your password | Q Commons")
@AnonymousAllowed
public class ForgotPasswordView extends VerticalLayout {

    static final String SENT = "If this address has an account, we have sent it a link to choose a new password. "
            + "The link works once, for 30 minutes. If nothing arrives, check your spam folder.";

    final EmailField email = new EmailField("Email address");
    final Button send = new Button("Send me a link");
    final Paragraph done = new Paragraph(SENT);

    public ForgotPasswordView(PasswordResetService resets) {
        setMaxWidth("32rem");
        email.setRequiredIndicatorVisible(true);
        email.setWidthFull();
        email.setAutofocus(true);
        email.setI18n(new EmailField.EmailFieldI18n()
                .setPatternErrorMessage("Enter an email address in the right format, like name@example.nhs.uk"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickShortcut(Key.ENTER);
        done.setVisible(false);
        done.getElement().setAttribute("role", "status");
        send.addClickListener(e -> {
            if (email.getValue().isBlank() || email.isInvalid()) {
                email.setInvalid(true);
                email.setErrorMessage("Enter the email address you sign in with");
                email.focus();
                return;
            }
            try {
                VaadinRequest request = VaadinRequest.getCurrent();
                resets.requestReset(email.getValue(), request == null ? null : request.getRemoteAddr());
                done.setVisible(true);
                send.setEnabled(false);
            } catch (RuntimeException ex) {
                UserMessages.showError(ex);
            }
        });
        add(
                new H2("Reset your password"),
                new Paragraph("Enter the email address you sign in with. We will email you a link to choose a new "
                        + "password."),
                email,
                send,
                done,
                new Anchor("login", "Back to sign in"));
    }
}
