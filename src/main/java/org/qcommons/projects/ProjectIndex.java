package org.qcommons.projects;

import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.DoubleConsumer;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.qcommons.base.BusinessException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The project search index: its state, and rebuilding it. Administrators and system work only. */
@Service
@PreAuthorize("hasRole('ADMIN') or hasRole('SYSTEM')")
@Transactional(readOnly = true)
public class ProjectIndex {

    private final ProjectRepository projects;
    private final ProjectSearch search;
    private final AtomicBoolean rebuilding = new AtomicBoolean();

    ProjectIndex(ProjectRepository projects, ProjectSearch search) {
        this.projects = projects;
        this.search = search;
    }

    public IndexStatus indexStatus() {
        long indexed =
                search.session().search(Project.class).where(f -> f.matchAll()).fetchTotalHitCount();
        return new IndexStatus(indexed, projects.count());
    }

    /** False when the index predates the stored fields that result lists are built from. */
    public boolean indexStoresListFields() {
        return search.storesListFields();
    }

    /**
     * Rebuilds the project index in the background. {@code progress} receives 0..1 from the indexer's threads;
     * the returned stage completes when the index is whole again.
     */
    public CompletionStage<?> rebuildIndex(DoubleConsumer progress) {
        if (!rebuilding.compareAndSet(false, true)) {
            throw new BusinessException("The index is already being rebuilt. Wait for it to finish.");
        }
        long total = Math.max(1, projects.count());
        CompletionStage<?> stage = search.mapping()
                .scope(Project.class)
                .massIndexer()
                .threadsToLoadObjects(2)
                .batchSizeToLoadObjects(200)
                // The register is read far more than written: one segment after a rebuild makes every search
                // cheaper (decision 075).
                .mergeSegmentsOnFinish(true)
                .monitor(new MassIndexingMonitor() {
                    private final AtomicLong done = new AtomicLong();

                    @Override
                    public void documentsAdded(long increment) {
                        progress.accept(Math.min(1.0, (double) done.addAndGet(increment) / total));
                    }

                    @Override
                    public void documentsBuilt(long increment) {}

                    @Override
                    public void entitiesLoaded(long increment) {}

                    @Override
                    public void indexingCompleted() {
                        progress.accept(1.0);
                    }
                })
                .start();
        return stage.whenComplete((ok, error) -> rebuilding.set(false));
    }

    public boolean isRebuilding() {
        return rebuilding.get();
    }
}
