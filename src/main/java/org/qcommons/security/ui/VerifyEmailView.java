package org.qcommons.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.qcommons.base.ui.UserMessages;
import org.qcommons.security.EmailVerificationService;

/** The link in the "Confirm your email address" mail; a button spends it, so merely opening the page does not. */
@Route(value = "verify-email/:token", autoLayout = false)
@PageTitle("Confirm your email address | Q Commons")
@AnonymousAllowed
public class VerifyEmailView extends VerticalLayout implements BeforeEnterObserver {

    static final String CONFIRMED = "Thank you: your email address is confirmed. An administrator will now look at "
            + "your request to join, and we will email you when they have.";

    final Button confirm = new Button("Confirm my email address");
    final Paragraph result = new Paragraph();
    private final EmailVerificationService verification;
    private String token;

    public VerifyEmailView(EmailVerificationService verification) {
        this.verification = verification;
        setMaxWidth("32rem");
        confirm.setId("verify-email-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        result.setId("verify-email-result");
        result.getElement().setAttribute("role", "status");
        confirm.addClickListener(e -> {
            try {
                verification.confirm(token);
                confirm.setVisible(false);
                result.setText(CONFIRMED);
            } catch (RuntimeException ex) {
                UserMessages.showError(ex);
            }
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        removeAll();
        add(new H2("Confirm your email address"));
        if (!verification.linkUsable(token)) {
            add(
                    new Paragraph("This link has expired or has already been used. If you have not confirmed your "
                            + "address yet, ask to join again and we will send a new link."),
                    new Anchor("register", "Ask to join"),
                    new Anchor("login", "Sign in"));
            return;
        }
        add(new Paragraph("Press the button to confirm that this is your email address."), confirm, result);
    }
}
