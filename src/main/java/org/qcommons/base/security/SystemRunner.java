package org.qcommons.base.security;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs start-up and scheduled work (seeding, nudges, index repair) as the SYSTEM role, so that service methods
 * keep their @PreAuthorize checks instead of growing unguarded twins for internal callers.
 */
public final class SystemRunner {

    private SystemRunner() {}

    public static <T> T asSystem(Supplier<T> work) {
        SecurityContext previous = ThreadSecurityContext.own();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "system", null, AuthorityUtils.createAuthorityList("ROLE_SYSTEM", "ROLE_ADMIN")));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void asSystem(Runnable work) {
        asSystem(() -> {
            work.run();
            return null;
        });
    }
}
