package org.qcommons.security;

import java.time.Clock;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The security event log. The sign-in throttle is {@link Throttle} (decision 086). */
@Service
@Transactional(readOnly = true)
public class SecurityEventService {

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

    private static String normalise(String username) {
        return username == null ? null : username.trim().toLowerCase();
    }
}
