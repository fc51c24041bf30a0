package org.qcommons.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.qcommons.base.config.QcommonsProperties;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The security event log and the sign-in throttle built on it. Counting from the same table keeps the throttle
 * correct across restarts and across several app instances sharing one database.
 */
@Service
@Transactional(readOnly = true)
public class SecurityEventService {

    private final SecurityEventRepository events;
    private final int maxFailuresPerHour;
    private final Clock clock;

    SecurityEventService(SecurityEventRepository events, QcommonsProperties properties, Clock clock) {
        this.events = events;
        this.maxFailuresPerHour = properties.security().maxFailuresPerHour();
        this.clock = clock;
    }

    /** Written in its own transaction: a failed sign-in has no transaction of its own to join. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    @PreAuthorize("permitAll()")
    public void record(SecurityEventType type, String username, String remoteAddress, String detail) {
        events.save(new SecurityEvent(clock.instant(), type, normalise(username), remoteAddress, detail));
    }

    /** True when the account or the address has failed too often in the last hour. */
    @PreAuthorize("permitAll()")
    public boolean isThrottled(String username, String remoteAddress) {
        Instant since = clock.instant().minus(Duration.ofHours(1));
        String user = normalise(username);
        boolean accountBlocked = user != null
                && events.countByUsernameAndTypeAndOccurredAtAfter(user, SecurityEventType.SIGN_IN_FAILURE, since)
                        >= maxFailuresPerHour;
        boolean addressBlocked = remoteAddress != null
                && events.countByRemoteAddressAndTypeAndOccurredAtAfter(
                                remoteAddress, SecurityEventType.SIGN_IN_FAILURE, since)
                        >= maxFailuresPerHour;
        return accountBlocked || addressBlocked;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Page<SecurityEvent> latest(Pageable pageable) {
        return events.findAllByOrderByOccurredAtDesc(pageable);
    }

    private static String normalise(String username) {
        return username == null ? null : username.trim().toLowerCase();
    }
}
