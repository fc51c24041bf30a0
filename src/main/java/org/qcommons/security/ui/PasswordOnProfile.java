package org.qcommons.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.qcommons.base.security.CurrentUser;
import org.qcommons.people.Member;
import org.qcommons.people.ui.ProfileSection;
import org.qcommons.security.AccountService;
import org.qcommons.security.SecurityEventService;
import org.qcommons.security.SessionService;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;

/** On one's own profile only: change password, the signed-in sessions, and one's sign-in history. */
@Service
@Order(31)
class PasswordOnProfile implements ProfileSection {

    private final AccountService accounts;
    private final SessionService sessions;
    private final SecurityEventService events;

    PasswordOnProfile(AccountService accounts, SessionService sessions, SecurityEventService events) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.events = events;
    }

    @Override
    public Component create(Member m) {
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        if (CurrentUser.memberId().filter(m.getId()::equals).isEmpty()) {
            section.setVisible(false);
            return section;
        }
        section.add(new ChangePasswordForm(accounts), new SessionsPanel(sessions), new SignInHistoryPanel(events));
        return section;
    }
}
