package org.qcommons.security;

import java.util.List;
import org.qcommons.base.BusinessException;
import org.qcommons.base.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The signed-in member's own sessions, for the profile: where they are signed in, and signing out elsewhere. */
@Service
public class SessionService {

    private final SignedInSessions sessions;
    private final SecurityEventService events;

    SessionService(SignedInSessions sessions, SecurityEventService events) {
        this.sessions = sessions;
        this.events = events;
    }

    @PreAuthorize("isAuthenticated()")
    public List<SignedInSessions.Entry> mine(String currentSessionId) {
        return sessions.of(me(), currentSessionId);
    }

    /** Ends every session of the signed-in member except this one; returns how many ended. */
    @PreAuthorize("isAuthenticated()")
    public int signOutEverywhereElse(String currentSessionId) {
        int ended = sessions.end(me(), currentSessionId);
        events.record(
                SecurityEventType.SIGN_OUT,
                CurrentUser.get().map(u -> u.username()).orElse(null),
                null,
                "signed out everywhere else: " + ended);
        return ended;
    }

    private static Long me() {
        return CurrentUser.memberId().orElseThrow(() -> new BusinessException("Please sign in again."));
    }
}
