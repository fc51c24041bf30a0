package org.qcommons.base.security;

import java.io.Serializable;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in principal: small, serialisable, and free of entities so it can live in the HTTP session. */
public record QUser(
        Long accountId,
        Long memberId,
        String username,
        String passwordHash,
        String displayName,
        Set<Role> roles,
        Long coordinatorForId,
        boolean enabled)
        implements UserDetails, Serializable {

    public QUser {
        roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isAdmin() {
        return has(Role.ADMIN);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream()
                .map(r -> (GrantedAuthority) new SimpleGrantedAuthority(r.authority()))
                .toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** Never print the hash in logs. */
    @Override
    public String toString() {
        return "QUser[" + username + ", roles=" + roles + "]";
    }

    public static List<String> authorityNames(Set<Role> roles) {
        return roles.stream().map(Role::authority).toList();
    }
}
