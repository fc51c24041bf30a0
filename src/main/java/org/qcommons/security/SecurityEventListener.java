package org.qcommons.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import org.qcommons.base.security.QUser;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Turns Spring Security's events into rows of the security event log. */
@Component
class SecurityEventListener {

    private final SecurityEventService events;
    private final SignedInSessions sessions;
    private final UserAccountRepository accounts;
    private final Clock clock;
    private final TwoFactorService twoFactor;

    SecurityEventListener(
            SecurityEventService events,
            SignedInSessions sessions,
            UserAccountRepository accounts,
            TwoFactorService twoFactor,
            Clock clock) {
        this.twoFactor = twoFactor;
        this.events = events;
        this.sessions = sessions;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** A form sign-in: the session (its id already changed) learns the account's stamp and the browser's name. */
    @EventListener
    void onInteractiveSuccess(InteractiveAuthenticationSuccessEvent event) {
        if (!(event.getAuthentication().getPrincipal() instanceof QUser user)
                || !(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs)) {
            return;
        }
        HttpServletRequest request = attrs.getRequest();
        HttpSession session = request.getSession(false);
        if (session != null) {
            int stamp = accounts.usableStamp(user.accountId()).orElse(-1);
            sessions.signedIn(session, request.getHeader("User-Agent"), stamp, clock.instant());
            if (twoFactor.required(user.roles()) && !twoFactor.enrolled(user.accountId())) {
                session.setAttribute(SecondFactorGate.MUST_ENROL, user.accountId());
            }
        }
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        events.record(
                SecurityEventType.SIGN_IN_SUCCESS,
                event.getAuthentication().getName(),
                address(event.getAuthentication()),
                null);
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        if (event.getException() instanceof SecondFactorRequired) {
            return; // the password was right: SecondFactorStep logs the code step instead
        }
        events.record(
                SecurityEventType.SIGN_IN_FAILURE,
                event.getAuthentication().getName(),
                address(event.getAuthentication()),
                event.getException().getClass().getSimpleName());
    }

    @EventListener
    void onDenied(AuthorizationDeniedEvent<?> event) {
        Authentication auth = event.getAuthentication().get();
        String user = auth == null ? null : auth.getName();
        if ("anonymousUser".equals(user)) {
            // Anonymous requests to protected pages are redirected to sign in; they are not incidents.
            return;
        }
        events.record(SecurityEventType.ACCESS_DENIED, user, currentAddress(), String.valueOf(event.getSource()));
    }

    private static String address(Authentication auth) {
        if (auth.getDetails() instanceof WebAuthenticationDetails details) {
            return details.getRemoteAddress();
        }
        return currentAddress();
    }

    static String currentAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
            HttpServletRequest request = attrs.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
