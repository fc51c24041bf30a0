package org.qcommons.projects;

import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import java.time.Clock;
import org.springframework.stereotype.Component;

/** Stamps a project's "last updated" time from the application's clock, which tests can fix. */
@Component
class ProjectClock {

    private final Clock clock;

    ProjectClock(Clock clock) {
        this.clock = clock;
    }

    @PrePersist
    @PreUpdate
    void touch(Project project) {
        project.touch(clock.instant());
    }
}
