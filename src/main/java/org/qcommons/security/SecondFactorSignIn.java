package org.qcommons.security;

import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.util.Optional;
import org.qcommons.base.BusinessException;
import org.qcommons.base.security.QUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * The second step of sign-in, for the code page: checks the code for the account that passed the password step in
 * this session and only then signs the session in, as the form sign-in would have (security context, session
 * registry, security log).
 */
@Component
public class SecondFactorSignIn {

    private final TwoFactorService twoFactor;
    private final SessionRegistry sessionRegistry;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SecondFactorSignIn(
            TwoFactorService twoFactor,
            SessionRegistry sessionRegistry,
            ApplicationEventPublisher publisher,
            Clock clock) {
        this.twoFactor = twoFactor;
        this.sessionRegistry = sessionRegistry;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** The email address waiting for its code in this session, if the password step was passed recently. */
    @PreAuthorize("permitAll()")
    public Optional<String> waitingFor() {
        return pending().map(SecondFactorStep.Pending::username);
    }

    /**
     * Checks the code and signs in. Returns where to go next (the page sign-in was interrupted on, or home). A wrong
     * code is a {@link WrongCodeException}; an expired step a BusinessException.
     */
    @PreAuthorize("permitAll()")
    public String complete(String code) {
        HttpServletRequest request = VaadinServletRequest.getCurrent().getHttpServletRequest();
        HttpServletResponse response = VaadinServletResponse.getCurrent().getHttpServletResponse();
        SecondFactorStep.Pending waiting =
                pending().orElseThrow(() -> new BusinessException("Your sign-in has expired. Sign in again."));
        QUser user = twoFactor.verifySignIn(waiting.accountId(), code, request.getRemoteAddr());
        HttpSession session = request.getSession();
        session.removeAttribute(SecondFactorStep.PENDING);
        UsernamePasswordAuthenticationToken auth =
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        auth.setDetails(new WebAuthenticationDetails(request));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        sessionRegistry.registerNewSession(session.getId(), user);
        publisher.publishEvent(new AuthenticationSuccessEvent(auth));
        publisher.publishEvent(new InteractiveAuthenticationSuccessEvent(auth, getClass()));
        return waiting.target() == null ? "" : waiting.target();
    }

    /** Back to the password: the waiting step is forgotten. */
    @PreAuthorize("permitAll()")
    public void cancel() {
        HttpSession session = currentSession();
        if (session != null) {
            session.removeAttribute(SecondFactorStep.PENDING);
        }
    }

    private Optional<SecondFactorStep.Pending> pending() {
        HttpSession session = currentSession();
        if (session == null
                || !(session.getAttribute(SecondFactorStep.PENDING) instanceof SecondFactorStep.Pending waiting)) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(waiting.until())) {
            session.removeAttribute(SecondFactorStep.PENDING);
            return Optional.empty();
        }
        return Optional.of(waiting);
    }

    private static HttpSession currentSession() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        return request == null ? null : request.getHttpServletRequest().getSession(false);
    }
}
