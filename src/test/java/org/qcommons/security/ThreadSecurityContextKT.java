package org.qcommons.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategy;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.qcommons.base.demo.DemoAccounts;
import org.qcommons.base.security.SystemRunner;
import org.qcommons.base.security.ViewerContext;
import org.qcommons.testsupport.KaribuTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

class ThreadSecurityContextKT extends KaribuTest {

    private static final String SESSION_KEY = "SPRING_SECURITY_CONTEXT";

    @AfterEach
    void dropSessionContext() {
        if (VaadinSession.getCurrent() != null) {
            VaadinSession.getCurrent().getSession().removeAttribute(SESSION_KEY);
        }
    }

    /**
     * A change made on one member's thread refreshes another member's open view inside {@code UI.access}: the
     * refresh runs as the viewer, and afterwards the thread must be the changer's again, not the viewer's.
     */
    @Test
    void aRefreshUnderTheViewersContextGivesTheThreadItsOwnContextBack() {
        assertThat(SecurityContextHolder.getContextHolderStrategy())
                .isInstanceOf(VaadinAwareSecurityContextHolderStrategy.class);
        signInAs(DemoAccounts.MEMBER);
        Authentication changer = SecurityContextHolder.getContext().getAuthentication();
        Authentication viewer =
                UsernamePasswordAuthenticationToken.authenticated("viewer@qcommons.test", null, List.of());
        SecurityContext viewersSession = SecurityContextHolder.createEmptyContext();
        viewersSession.setAuthentication(viewer);
        VaadinSession.getCurrent().getSession().setAttribute(SESSION_KEY, viewersSession);

        ViewerContext captured = ViewerContext.capture();
        Authentication[] during = new Authentication[1];
        captured.run(() -> during[0] = SecurityContextHolder.getContext().getAuthentication());
        VaadinSession.getCurrent().getSession().removeAttribute(SESSION_KEY);

        assertThat(during[0]).isSameAs(viewer);
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isSameAs(changer);
    }

    /** Work run as the system inside another session's {@code UI.access} leaves the thread as it found it. */
    @Test
    void systemWorkInsideAnotherSessionGivesTheThreadItsOwnContextBack() {
        signInAs(DemoAccounts.MEMBER);
        Authentication own = SecurityContextHolder.getContext().getAuthentication();
        SecurityContext otherSession = SecurityContextHolder.createEmptyContext();
        otherSession.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated("other@qcommons.test", null, List.of()));
        VaadinSession.getCurrent().getSession().setAttribute(SESSION_KEY, otherSession);

        SystemRunner.asSystem(() -> {});
        VaadinSession.getCurrent().getSession().removeAttribute(SESSION_KEY);

        assertThat(SecurityContextHolder.getContext().getAuthentication()).isSameAs(own);
    }
}
