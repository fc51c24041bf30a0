package org.qcommons.security.ui;

import com.vaadin.flow.component.textfield.PasswordField;
import org.qcommons.security.PasswordPolicy;

/** The new-password field as every form shows it, and the check that it was typed the same twice. */
final class NewPasswordFields {

    private NewPasswordFields() {}

    static PasswordField newPassword(String label) {
        PasswordField field = new PasswordField(label);
        field.setHelperText("At least " + PasswordPolicy.MIN + " characters. A few unrelated words make a good one.");
        field.setRequiredIndicatorVisible(true);
        field.setWidthFull();
        // Longer than the policy allows is refused with a message rather than cut off by the browser.
        field.setMaxLength(PasswordPolicy.MAX * 2);
        return field;
    }

    static boolean sameTwice(PasswordField password, PasswordField confirm) {
        password.setInvalid(false);
        confirm.setInvalid(false);
        if (password.getValue().isEmpty()) {
            password.setErrorMessage("Choose a password");
            password.setInvalid(true);
            password.focus();
            return false;
        }
        if (!password.getValue().equals(confirm.getValue())) {
            confirm.setErrorMessage("The two passwords are not the same");
            confirm.setInvalid(true);
            confirm.focus();
            return false;
        }
        return true;
    }
}
