package org.qcommons.security;

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
 * Refuses to check a password once the account or the address has failed 100 times in an hour. The refusal is a
 * BadCredentialsException, so the user sees the same generic message and learns nothing about the account.
 */
@Component
class ThrottlingAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider delegate;
    private final SecurityEventService events;

    ThrottlingAuthenticationProvider(AccountService accounts, PasswordEncoder encoder, SecurityEventService events) {
        this.delegate = new DaoAuthenticationProvider(accounts);
        this.delegate.setPasswordEncoder(encoder);
        this.events = events;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String address = authentication.getDetails() instanceof WebAuthenticationDetails d
                ? d.getRemoteAddress()
                : SecurityEventListener.currentAddress();
        if (events.isThrottled(authentication.getName(), address)) {
            events.record(SecurityEventType.SIGN_IN_THROTTLED, authentication.getName(), address, null);
            throw new BadCredentialsException("Too many failed attempts");
        }
        return delegate.authenticate(authentication);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
