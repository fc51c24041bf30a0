package org.qcommons.security;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import org.qcommons.base.security.QUser;
import org.qcommons.security.ui.LoginView;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Every navigation of a signed-in UI compares the session's security stamp with the account's. A session from before
 * a deactivation, a role change or a password reset (on this node or another) is ended and sent to sign in again.
 */
@Component
class AccessCheck implements VaadinServiceInitListener {

    private final UserAccountRepository accounts;

    AccessCheck(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof QUser user)) {
            return;
        }
        VaadinSession vaadin = VaadinSession.getCurrent();
        WrappedSession session = vaadin == null ? null : vaadin.getSession();
        Object stamp = session == null ? null : session.getAttribute(SignedInSessions.STAMP);
        if (!(stamp instanceof Integer signedInWith)) {
            return; // not a form sign-in (a test's mock session): nothing to compare with
        }
        boolean current = accounts.usableStamp(user.accountId())
                .filter(s -> s.intValue() == signedInWith.intValue())
                .isPresent();
        if (!current) {
            SecurityContextHolder.clearContext();
            event.getUI().getPage().setLocation("login");
            session.invalidate();
            event.rerouteTo(LoginView.class);
        }
    }
}
