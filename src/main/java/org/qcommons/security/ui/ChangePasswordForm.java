package org.qcommons.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.server.VaadinSession;
import org.qcommons.base.ui.UserMessages;
import org.qcommons.security.AccountService;
import org.qcommons.security.WeakPasswordException;
import org.qcommons.security.WrongPasswordException;

/** Change password on one's own profile; the current password is asked for first. */
class ChangePasswordForm extends VerticalLayout {

    final PasswordField current = new PasswordField("Current password");
    final PasswordField password = NewPasswordFields.newPassword("New password");
    final PasswordField confirm = new PasswordField("New password again");
    final Button save = new Button("Change password");

    ChangePasswordForm(AccountService accounts) {
        setPadding(false);
        current.setRequiredIndicatorVisible(true);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            current.setInvalid(false);
            if (current.getValue().isEmpty()) {
                current.setErrorMessage("Enter your current password");
                current.setInvalid(true);
                current.focus();
                return;
            }
            if (!NewPasswordFields.sameTwice(password, confirm)) {
                return;
            }
            try {
                VaadinSession session = VaadinSession.getCurrent();
                accounts.changePassword(
                        current.getValue(),
                        password.getValue(),
                        session == null || session.getSession() == null
                                ? null
                                : session.getSession().getId());
                current.clear();
                password.clear();
                confirm.clear();
                UserMessages.showSuccess("Password changed");
            } catch (WrongPasswordException ex) {
                current.setErrorMessage(ex.getMessage());
                current.setInvalid(true);
                current.focus();
            } catch (WeakPasswordException ex) {
                password.setErrorMessage(ex.getMessage());
                password.setInvalid(true);
                password.focus();
            } catch (RuntimeException ex) {
                UserMessages.showError(ex);
            }
        });
        FormLayout form = new FormLayout(current, password, confirm);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        add(new H3("Password"), form, save);
    }
}
