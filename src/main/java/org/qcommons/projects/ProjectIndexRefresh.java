package org.qcommons.projects;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.DoubleConsumer;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rewrites every project's document in place, so the index keeps answering while it is rebuilt (decision 126).
 * The MassIndexer only adds documents, so it must empty the index first: the register would find nothing until it
 * finished, minutes at national scale. Here each document is replaced by an update, which Lucene applies as one
 * atomic delete-and-add, so a search sees the old document or the new one and the total never dips. Documents
 * whose project no longer exists (rows deleted with SQL, a restored database) are purged at the end.
 */
@Component
class ProjectIndexRefresh {

    /** Projects loaded, turned into documents and handed to the index per transaction. */
    static final int CHUNK = 500;

    private static final int THREADS = 2;

    @PersistenceContext
    private EntityManager entityManager;

    private final TransactionTemplate readOnly;
    private final ProjectSearch search;

    ProjectIndexRefresh(PlatformTransactionManager transactions, ProjectSearch search) {
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.search = search;
    }

    /** Starts the refresh on its own threads; {@code progress} receives 0..1 as chunks are written. */
    CompletableFuture<Void> start(DoubleConsumer progress) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Thread.ofPlatform().name("project-index-refresh").daemon().start(() -> {
            try {
                run(progress);
                done.complete(null);
            } catch (Throwable e) {
                done.completeExceptionally(e);
            }
        });
        return done;
    }

    private void run(DoubleConsumer progress) throws InterruptedException {
        long[] ids = readOnly.execute(s -> entityManager
                .createQuery("select p.id from Project p order by p.id", Long.class)
                .getResultStream()
                .mapToLong(Long::longValue)
                .toArray());
        AtomicLong next = new AtomicLong();
        AtomicLong written = new AtomicLong();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable worker = () -> {
            long from;
            while (failure.get() == null && (from = next.getAndAdd(CHUNK)) < ids.length) {
                long[] chunk = Arrays.copyOfRange(ids, (int) from, (int) Math.min(ids.length, from + CHUNK));
                try {
                    readOnly.executeWithoutResult(s -> rewrite(chunk));
                } catch (RuntimeException e) {
                    failure.compareAndSet(null, e);
                }
                progress.accept(Math.min(0.99, (double) written.addAndGet(chunk.length) / Math.max(1, ids.length)));
            }
        };
        Thread[] workers = new Thread[THREADS];
        for (int i = 0; i < THREADS; i++) {
            workers[i] = Thread.ofPlatform().name("project-index-refresh-" + i).start(worker);
        }
        for (Thread w : workers) {
            w.join();
        }
        if (failure.get() != null) {
            throw new IllegalStateException("Rewriting the project index failed", failure.get());
        }
        readOnly.executeWithoutResult(s -> purgeOrphans(ids));
        var workspace = search.mapping().scope(Project.class).workspace();
        workspace.flush();
        // One segment again, as after a MassIndexer run (decision 075); searches read the old segments meanwhile.
        workspace.mergeSegments();
        workspace.refresh();
        progress.accept(1.0);
    }

    private void rewrite(long[] chunk) {
        List<Long> idList = Arrays.stream(chunk).boxed().toList();
        List<Project> projects = entityManager
                .createQuery("select p from Project p where p.id in :ids", Project.class)
                .setParameter("ids", idList)
                .getResultList();
        SearchSession session = Search.session(entityManager);
        // No commit per chunk: the backend commits on its own interval, and the flush at the end makes it durable.
        session.indexingPlanSynchronizationStrategy(IndexingPlanSynchronizationStrategy.async());
        projects.forEach(session.indexingPlan()::addOrUpdate);
        session.indexingPlan().execute();
        entityManager.clear();
    }

    /** Purges documents whose id is not among {@code ids} (sorted) and not a project created since they were read. */
    private void purgeOrphans(long[] ids) {
        SearchSession session = Search.session(entityManager);
        session.indexingPlanSynchronizationStrategy(IndexingPlanSynchronizationStrategy.async());
        List<Long> stale = new ArrayList<>();
        try (var scroll = session.search(Project.class)
                .select(f -> f.id(Long.class))
                .where(f -> f.matchAll())
                .scroll(1000)) {
            for (var page = scroll.next(); page.hasHits(); page = scroll.next()) {
                for (Long id : page.hits()) {
                    if (Arrays.binarySearch(ids, id) < 0) {
                        stale.add(id);
                    }
                }
            }
        }
        if (stale.isEmpty()) {
            return;
        }
        // A project created during the refresh is in the index but not in the ids read at the start: keep it.
        List<Long> existing = new ArrayList<>();
        for (int i = 0; i < stale.size(); i += CHUNK) {
            existing.addAll(entityManager
                    .createQuery("select p.id from Project p where p.id in :ids", Long.class)
                    .setParameter("ids", stale.subList(i, Math.min(stale.size(), i + CHUNK)))
                    .getResultList());
        }
        stale.removeAll(new HashSet<>(existing));
        stale.forEach(id -> session.indexingPlan().purge(Project.class, id, null));
        session.indexingPlan().execute();
    }
}
