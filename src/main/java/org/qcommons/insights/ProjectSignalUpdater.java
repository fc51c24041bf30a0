package org.qcommons.insights;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.qcommons.base.security.SystemRunner;
import org.qcommons.projects.ProjectRecords;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps each project's SPC signal (and so the register's "SPC signal" facet) in step with its measures. It runs
 * after the measure's transaction commits, so the analysis sees the new data, and as SYSTEM, because members may
 * change measures but not set a project's signal directly.
 */
@Component
class ProjectSignalUpdater {

    private final MeasureService measures;
    private final ProjectRecords projectRecords;

    ProjectSignalUpdater(MeasureService measures, ProjectRecords projectRecords) {
        this.measures = measures;
        this.projectRecords = projectRecords;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void measureChanged(MeasureChanged event) {
        Set<Long> affected = new LinkedHashSet<>();
        affected.add(event.projectId());
        affected.add(event.previousProjectId());
        affected.removeIf(Objects::isNull);
        SystemRunner.asSystem(() -> affected.forEach(
                projectId -> projectRecords.recordSignal(projectId, measures.latestSignalForProject(projectId))));
    }
}
