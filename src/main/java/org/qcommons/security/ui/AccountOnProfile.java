package org.qcommons.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.qcommons.base.security.CurrentUser;
import org.qcommons.base.ui.UserMessages;
import org.qcommons.people.Member;
import org.qcommons.people.MemberStatus;
import org.qcommons.people.ui.ProfileSection;
import org.qcommons.security.AccountService;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;

/** An ADMIN's deactivate or reactivate button on someone else's profile. */
@Service
@Order(30)
class AccountOnProfile implements ProfileSection {

    private final AccountService accounts;

    AccountOnProfile(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public Component create(Member m) {
        HorizontalLayout actions = new HorizontalLayout();
        boolean self = CurrentUser.memberId().filter(m.getId()::equals).isPresent();
        if (!CurrentUser.isAdmin() || self) {
            actions.setVisible(false);
            return actions;
        }
        boolean active = m.getStatus() == MemberStatus.ACTIVE;
        Button toggle = new Button(active ? "Deactivate account" : "Reactivate account", e -> {
            ConfirmDialog confirm = new ConfirmDialog(
                    active ? "Deactivate " + m.getFullName() + "?" : "Reactivate?",
                    active
                            ? "They will no longer be able to sign in, and will disappear from the directory."
                            : "They will be able to sign in again.",
                    active ? "Deactivate" : "Reactivate",
                    ok -> {
                        try {
                            if (active) {
                                accounts.deactivate(m.getId());
                            } else {
                                accounts.reactivate(m.getId());
                            }
                            UserMessages.showSuccess(active ? "Account deactivated" : "Account reactivated");
                            actions.getUI().ifPresent(ui -> ui.getPage().reload());
                        } catch (RuntimeException ex) {
                            UserMessages.showError(ex);
                        }
                    });
            confirm.setCancelable(true);
            confirm.open();
        });
        toggle.addThemeVariants(ButtonVariant.LUMO_ERROR);
        actions.add(toggle);
        return actions;
    }
}
