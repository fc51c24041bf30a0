package org.qcommons.security;

import org.qcommons.base.security.QUser;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Sign-in with back-off (decision 086). Each failure takes a token from the account's bucket and from the client
 * address's; with none left the password is not even checked, and that refused attempt takes nothing, so the lock
 * ends on time however often someone keeps trying. The refusal is a BadCredentialsException: the same generic
 * message, nothing learned about the account.
 *
 * <p>A disabled account's password is checked like any other before its state is, so it fails no faster than a
 * wrong password does. The client address is the request's, which Tomcat takes from {@code X-Forwarded-For} only
 * when the request comes from a configured proxy ({@code server.tomcat.remoteip.internal-proxies}).
 */
@Component
class ThrottlingAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider delegate;
    private final SecurityEventService events;
    private final Throttle throttle;
    private final SecondFactorRepository secondFactors;

    ThrottlingAuthenticationProvider(
            AccountService accounts,
            PasswordEncoder encoder,
            SecurityEventService events,
            Throttle throttle,
            SecondFactorRepository secondFactors) {
        this.secondFactors = secondFactors;
        this.delegate = new DaoAuthenticationProvider(accounts);
        this.delegate.setPasswordEncoder(encoder);
        this.delegate.setUserDetailsPasswordService(accounts);
        this.delegate.setPreAuthenticationChecks(user -> {});
        this.delegate.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        this.events = events;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String user = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails d
                ? d.getRemoteAddress()
                : SecurityEventListener.currentAddress();
        if (throttle.locked(Throttle.Kind.ACCOUNT, user) || throttle.locked(Throttle.Kind.ADDRESS, address)) {
            events.record(SecurityEventType.SIGN_IN_THROTTLED, user, address, null);
            throw new BadCredentialsException("Too many failed attempts");
        }
        Authentication result;
        try {
            result = delegate.authenticate(authentication);
        } catch (AuthenticationException e) {
            throttle.take(Throttle.Kind.ACCOUNT, user);
            throttle.take(Throttle.Kind.ADDRESS, address);
            if (throttle.locked(Throttle.Kind.ACCOUNT, user)) {
                events.record(SecurityEventType.SIGN_IN_LOCKED, user, address, "account");
            } else if (throttle.locked(Throttle.Kind.ADDRESS, address)) {
                events.record(SecurityEventType.SIGN_IN_LOCKED, null, address, "address");
            }
            throw e;
        }
        // An enrolled account is not signed in yet: the code step (SecondFactorStep) comes first (decision 111).
        if (result.getPrincipal() instanceof QUser q && secondFactors.existsByAccountId(q.accountId())) {
            throw new SecondFactorRequired(q.accountId(), q.username());
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
