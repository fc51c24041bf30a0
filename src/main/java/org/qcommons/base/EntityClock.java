package org.qcommons.base;

import jakarta.persistence.PrePersist;
import java.time.Clock;
import org.springframework.stereotype.Component;

/**
 * A JPA entity listener that Hibernate takes from Spring (Boot's bean container), so that creation times come from
 * the application's clock, which tests can fix, rather than from field initialisers calling {@code Instant.now()}.
 */
@Component
public class EntityClock {

    private final Clock clock;

    EntityClock(Clock clock) {
        this.clock = clock;
    }

    @PrePersist
    void stamp(Object entity) {
        if (entity instanceof CreationStamped stamped && stamped.getCreatedAt() == null) {
            stamped.stampCreated(clock.instant());
        }
    }
}
