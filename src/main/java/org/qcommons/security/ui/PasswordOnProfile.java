package org.qcommons.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.qcommons.base.security.CurrentUser;
import org.qcommons.people.Member;
import org.qcommons.people.ui.ProfileSection;
import org.qcommons.security.AccountService;
import org.qcommons.security.SessionService;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;

/** On one's own profile only: change password, and the list of signed-in sessions. */
@Service
@Order(31)
class PasswordOnProfile implements ProfileSection {

    private final AccountService accounts;
    private final SessionService sessions;

    PasswordOnProfile(AccountService accounts, SessionService sessions) {
        this.accounts = accounts;
        this.sessions = sessions;
    }

    @Override
    public Component create(Member m) {
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        if (CurrentUser.memberId().filter(m.getId()::equals).isEmpty()) {
            section.setVisible(false);
            return section;
        }
        section.add(new ChangePasswordForm(accounts), new SessionsPanel(sessions));
        return section;
    }
}
