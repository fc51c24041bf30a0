package org.qcommons.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;

/**
 * The sign-in form's failure handler. A right password on an enrolled account is not a failure: the session (under a
 * new id, against session fixation) remembers which account passed the first step, for a few minutes, and the
 * browser goes to the code page. Nothing is put in the security context until the code is right, so no page or
 * service can be reached half signed in. Every other failure goes back to the form as before.
 */
@Component
class SecondFactorStep implements AuthenticationFailureHandler {

    static final String PENDING = SecondFactorStep.class.getName() + ".pending";
    static final String CODE_PAGE = "/sign-in/code";

    /** An account whose password was right, waiting for its code; the target is where sign-in was going. */
    record Pending(Long accountId, String username, Instant until, String target) implements Serializable {}

    private final AuthenticationFailureHandler otherwise = new SimpleUrlAuthenticationFailureHandler("/login?error");
    private final RedirectStrategy redirect = new DefaultRedirectStrategy();
    private final SecurityEventService events;
    private final SecondFactorProperties settings;
    private final Clock clock;

    SecondFactorStep(SecurityEventService events, SecondFactorProperties settings, Clock clock) {
        this.events = events;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException, ServletException {
        if (!(exception instanceof SecondFactorRequired required)) {
            otherwise.onAuthenticationFailure(request, response, exception);
            return;
        }
        HttpSession session = request.getSession();
        request.changeSessionId();
        SavedRequest saved = new HttpSessionRequestCache().getRequest(request, response);
        session.setAttribute(
                PENDING,
                new Pending(
                        required.accountId(),
                        required.username(),
                        clock.instant().plus(settings.pendingValidity()),
                        saved == null ? null : saved.getRedirectUrl()));
        events.record(SecurityEventType.SECOND_FACTOR_REQUESTED, required.username(), request.getRemoteAddr(), null);
        redirect.sendRedirect(request, response, CODE_PAGE);
    }
}
