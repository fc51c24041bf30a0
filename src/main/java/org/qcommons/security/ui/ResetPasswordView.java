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
import java.util.List;
import org.qcommons.base.ui.UserMessages;
import org.qcommons.security.InvalidLinkException;
import org.qcommons.security.PasswordResetService;
import org.qcommons.security.WeakPasswordException;

/** The page a reset email links to: choose a new password. Every problem is said on the field. */
@Route(value = "reset-password", autoLayout = false)
@PageTitle("Choose a new password | Q Commons")
@AnonymousAllowed
public class ResetPasswordView extends VerticalLayout implements BeforeEnterObserver {

    final PasswordField password = NewPasswordFields.newPassword("New password");
    final PasswordField confirm = new PasswordField("New password again");
    final Button save = new Button("Save new password");
    final Paragraph expired = new Paragraph(new InvalidLinkException().getMessage());
    private final PasswordResetService resets;
    private String token;

    public ResetPasswordView(PasswordResetService resets) {
        this.resets = resets;
        setMaxWidth("32rem");
        confirm.setWidthFull();
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        expired.setVisible(false);
        expired.getElement().setAttribute("role", "alert");
        add(
                new H2("Choose a new password"),
                expired,
                password,
                confirm,
                save,
                new Anchor("forgot-password", "Ask for a new link"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getLocation()
                .getQueryParameters()
                .getParameters()
                .getOrDefault("token", List.of(""))
                .getFirst();
        boolean usable = resets.linkUsable(token);
        expired.setVisible(!usable);
        password.setEnabled(usable);
        confirm.setEnabled(usable);
        save.setEnabled(usable);
    }

    private void save() {
        if (!NewPasswordFields.sameTwice(password, confirm)) {
            return;
        }
        try {
            resets.reset(token, password.getValue());
            removeAll();
            add(
                    new H2("Your password has been changed"),
                    new Paragraph("Every session that was signed in with the old password has been signed out."),
                    new Anchor("login", "Sign in with your new password"));
        } catch (WeakPasswordException ex) {
            password.setInvalid(true);
            password.setErrorMessage(ex.getMessage());
            password.focus();
        } catch (InvalidLinkException ex) {
            expired.setVisible(true);
            save.setEnabled(false);
        } catch (RuntimeException ex) {
            UserMessages.showError(ex);
        }
    }
}
