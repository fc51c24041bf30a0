package org.qcommons.base;

import java.time.Instant;

/** An entity that records when it was created; {@link EntityClock} stamps it from the clock as it is first saved. */
public interface CreationStamped {

    Instant getCreatedAt();

    void stampCreated(Instant createdAt);
}
