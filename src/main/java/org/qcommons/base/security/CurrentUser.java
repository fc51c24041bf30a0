package org.qcommons.base.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is acting now. Reads Spring Security's context, which Vaadin keeps per session. */
public final class CurrentUser {

    private CurrentUser() {}

    public static Optional<QUser> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof QUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public static Optional<Long> memberId() {
        return get().map(QUser::memberId);
    }

    public static boolean isSignedIn() {
        return get().isPresent();
    }

    /** Reads authorities rather than the principal, so SYSTEM work run by {@link SystemRunner} counts as ADMIN. */
    public static boolean has(Role role) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null
                && auth.isAuthenticated()
                && auth.getAuthorities().stream().anyMatch(a -> role.authority().equals(a.getAuthority()));
    }

    public static boolean isAdmin() {
        return has(Role.ADMIN);
    }
}
