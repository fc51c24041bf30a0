package org.qcommons.security;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import org.qcommons.security.ui.SecondFactorView;
import org.qcommons.security.ui.TwoFactorEnrolView;
import org.springframework.stereotype.Component;

/**
 * An account whose role requires a second factor and that signed in without one (a new ADMIN, the first-run
 * administrator, one whose factor an ADMIN reset) reaches nothing but the enrolment page until it has set one up.
 * The mark is put on the session at sign-in ({@link SecurityEventListener}).
 */
@Component
class SecondFactorGate implements VaadinServiceInitListener {

    static final String MUST_ENROL = SecondFactorGate.class.getName() + ".mustEnrol";

    private final SecondFactorRepository factors;

    SecondFactorGate(SecondFactorRepository factors) {
        this.factors = factors;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target == TwoFactorEnrolView.class || target == SecondFactorView.class) {
            return;
        }
        VaadinSession vaadin = VaadinSession.getCurrent();
        WrappedSession session = vaadin == null ? null : vaadin.getSession();
        if (session == null || !(session.getAttribute(MUST_ENROL) instanceof Long accountId)) {
            return;
        }
        if (factors.existsByAccountId(accountId)) {
            session.removeAttribute(MUST_ENROL);
            return;
        }
        event.rerouteTo(TwoFactorEnrolView.class);
    }
}
