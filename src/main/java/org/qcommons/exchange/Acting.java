package org.qcommons.exchange;

import java.util.Optional;
import org.qcommons.base.security.CurrentUser;
import org.qcommons.base.security.QUser;
import org.qcommons.base.security.Role;
import org.qcommons.organisations.Organisation;
import org.springframework.security.access.AccessDeniedException;

/** Who the current user acts for: an ORG_COORDINATOR acts for exactly one organisation. */
final class Acting {

    private Acting() {}

    static Optional<Long> coordinatorOrgId() {
        return CurrentUser.get().filter(u -> u.has(Role.ORG_COORDINATOR)).map(QUser::coordinatorForId);
    }

    static boolean coordinates(Organisation org) {
        return org != null && coordinatorOrgId().filter(org.getId()::equals).isPresent();
    }

    static Long memberId() {
        return CurrentUser.memberId().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }

    static String username() {
        return CurrentUser.get().map(QUser::username).orElse("system");
    }
}
