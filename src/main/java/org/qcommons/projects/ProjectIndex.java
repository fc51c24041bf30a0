package org.qcommons.projects;

import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.DoubleConsumer;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.qcommons.base.BusinessException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The project search index: its state, and rebuilding it. Administrators and system work only. */
@Service
@PreAuthorize("hasRole('ADMIN') or hasRole('SYSTEM')")
@Transactional(readOnly = true)
public class ProjectIndex {

    private static final Logger log = LoggerFactory.getLogger(ProjectIndex.class);

    private final ProjectRepository projects;
    private final ProjectSearch search;
    private final ProjectIndexRefresh refresh;
    private final AtomicBoolean rebuilding = new AtomicBoolean();

    ProjectIndex(ProjectRepository projects, ProjectSearch search, ProjectIndexRefresh refresh) {
        this.projects = projects;
        this.search = search;
        this.refresh = refresh;
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
     * the returned stage completes when the index is whole again. An empty index is filled by the MassIndexer, the
     * fastest way; one with documents is rewritten in place, so searches keep finding every project meanwhile
     * (decision 126).
     */
    public CompletionStage<?> rebuildIndex(DoubleConsumer progress) {
        if (!rebuilding.compareAndSet(false, true)) {
            throw new BusinessException("The index is already being rebuilt. Wait for it to finish.");
        }
        CompletionStage<?> stage;
        try {
            long total = Math.max(1, projects.count());
            boolean empty = indexStatus().indexedDocuments() == 0;
            DoubleConsumer logged = new ProgressLog(empty ? "filled" : "rewritten in place", total).andThen(progress);
            stage = empty ? massIndex(logged, total) : refresh.start(logged);
        } catch (RuntimeException e) {
            rebuilding.set(false);
            throw e;
        }
        return stage.whenComplete((ok, error) -> rebuilding.set(false));
    }

    private CompletionStage<?> massIndex(DoubleConsumer progress, long total) {
        return search.mapping()
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
    }

    public boolean isRebuilding() {
        return rebuilding.get();
    }

    /** A log line at every tenth of a rebuild, so a long one at national scale shows it is moving and how fast. */
    private static final class ProgressLog implements DoubleConsumer {
        private final String how;
        private final long total;
        private final long started = System.nanoTime();
        private final AtomicInteger logged = new AtomicInteger();

        ProgressLog(String how, long total) {
            this.how = how;
            this.total = total;
            log.info("Project index: {} projects to be {}", total, how);
        }

        @Override
        public void accept(double value) {
            int tenth = (int) Math.floor(value * 10);
            int last = logged.get();
            if (tenth > last && logged.compareAndSet(last, tenth)) {
                log.info(
                        "Project index {}: {}% of {} projects ({} s)",
                        how, tenth * 10, total, (System.nanoTime() - started) / 1_000_000_000);
            }
        }
    }
}
