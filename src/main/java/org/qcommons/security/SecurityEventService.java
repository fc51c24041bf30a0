package org.qcommons.security;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.qcommons.base.security.CurrentUser;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The security event log. The sign-in throttle is {@link Throttle} (decision 086). */
@Service
@Transactional(readOnly = true)
public class SecurityEventService {

    private static final Set<SecurityEventType> SIGN_INS = EnumSet.of(
            SecurityEventType.SIGN_IN_SUCCESS,
            SecurityEventType.SIGN_IN_FAILURE,
            SecurityEventType.SIGN_IN_THROTTLED,
            SecurityEventType.SIGN_IN_LOCKED,
            SecurityEventType.PASSWORD_CHANGED,
            SecurityEventType.PASSWORD_RESET);

    private final SecurityEventRepository events;
    private final Clock clock;

    SecurityEventService(SecurityEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** Written in its own transaction: a failed sign-in has no transaction of its own to join. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    @PreAuthorize("permitAll()")
    public void record(SecurityEventType type, String username, String remoteAddress, String detail) {
        events.save(new SecurityEvent(clock.instant(), type, normalise(username), remoteAddress, detail));
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Page<SecurityEvent> latest(Pageable pageable) {
        return events.findAllByOrderByOccurredAtDesc(pageable);
    }

    /** The security log page: empty types means all; the user text matches any part of the username. */
    @PreAuthorize("hasRole('ADMIN')")
    public Page<SecurityEvent> search(Set<SecurityEventType> types, String userText, Pageable pageable) {
        Set<SecurityEventType> wanted =
                types == null || types.isEmpty() ? EnumSet.allOf(SecurityEventType.class) : types;
        String user = userText == null || userText.isBlank()
                ? null
                : "%" + userText.trim().toLowerCase().replace("%", "").replace("_", "") + "%";
        return events.filtered(wanted, user, pageable);
    }

    /** The signed-in member's own sign-in history, newest first. */
    @PreAuthorize("isAuthenticated()")
    public List<SecurityEvent> mySignIns(int max) {
        return CurrentUser.get()
                .map(u -> events.findByUsernameAndTypeInOrderByOccurredAtDesc(
                                normalise(u.username()), SIGN_INS, PageRequest.of(0, max))
                        .getContent())
                .orElse(List.of());
    }

    private static String normalise(String username) {
        return username == null ? null : username.trim().toLowerCase();
    }
}
