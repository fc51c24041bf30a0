package org.qcommons.buddying;

import java.util.EnumSet;
import java.util.Set;
import org.qcommons.base.security.CurrentUser;
import org.qcommons.base.security.Role;
import org.springframework.security.access.AccessDeniedException;

/** The row-level rules the buddying services share: who is asking, and who coordinates buddying. */
final class BuddyRules {

    static final String COORDINATORS = "hasAnyRole('ADMIN','CONVENOR')";

    private BuddyRules() {}

    static boolean isSelf(Long memberId) {
        return CurrentUser.memberId().filter(id -> id.equals(memberId)).isPresent();
    }

    static boolean isCoordinator() {
        return CurrentUser.has(Role.ADMIN) || CurrentUser.has(Role.CONVENOR);
    }

    static void requireSelfOrAdmin(Long memberId, String message) {
        if (!isSelf(memberId) && !CurrentUser.isAdmin()) {
            throw new AccessDeniedException(message);
        }
    }

    static Set<RequestStatus> openStatuses() {
        return EnumSet.of(RequestStatus.WAITING, RequestStatus.PROPOSED, RequestStatus.MATCHED);
    }

    static String abbreviate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
