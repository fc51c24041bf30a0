package org.qcommons.insights;

import org.qcommons.projects.ProjectService;
import org.qcommons.base.security.SystemRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Keeps each project's SPC signal (and so the register's "SPC signal" facet) in step with its measures. It runs
 * after the measure's transaction commits, so the analysis sees the new data, and as SYSTEM, because members may
 * change measures but not set a project's signal directly.
 */
@Component
class ProjectSignalUpdater {

    private final MeasureService measures;
    private final ProjectService projects;

    ProjectSignalUpdater(MeasureService measures, ProjectService projects) {
        this.measures = measures;
        this.projects = projects;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void measureChanged(MeasureChanged event) {
        Set<Long> affected = new LinkedHashSet<>();
        affected.add(event.projectId());
        affected.add(event.previousProjectId());
        affected.removeIf(Objects::isNull);
        SystemRunner.asSystem(() -> affected.forEach(
                projectId -> projects.recordSignal(projectId, measures.latestSignalForProject(projectId))));
    }
}
