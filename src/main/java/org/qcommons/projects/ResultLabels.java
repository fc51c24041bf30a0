package org.qcommons.projects;

import jakarta.persistence.EntityManagerFactory;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.AbstractPostDatabaseOperationEvent;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostCommitDeleteEventListener;
import org.hibernate.event.spi.PostCommitInsertEventListener;
import org.hibernate.event.spi.PostCommitUpdateEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.persister.entity.EntityPersister;
import org.qcommons.organisations.Region;
import org.qcommons.organisations.Stp;
import org.qcommons.people.Member;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The names a page of results shows (region, STP, topic, method, and each lead's name and directory consent), kept
 * in memory so that a search needs no database round trip (decision 075). Hibernate reports every committed insert,
 * update and delete of those rows, and the name is forgotten at once, so a rename or an erasure shows in the very next
 * search, as it did when every page read the names afresh. An id the cache does not know (a row written by JDBC, as
 * the demo data does) is read from the database, and everything is read afresh every ten minutes, so even a change
 * made outside the application (a database administrator's fix) shows within that time.
 */
@Component
class ResultLabels {

    /** About the number of members who lead a project in a large community; beyond it the cache starts again. */
    static final int MAX_LEADS = 50_000;

    record Lead(String name, boolean consent) {
    }

    private final ProjectRepository projects;
    private final Map<Long, Lead> leads = new ConcurrentHashMap<>();
    private volatile Map<String, String> reference;
    private static final long MAX_AGE_NANOS = java.util.concurrent.TimeUnit.MINUTES.toNanos(10);

    private volatile long startedAt = System.nanoTime();
    /** Counts forgettings: a value read from the database is kept only if nothing was forgotten while it was read. */
    private long generation;

    ResultLabels(ProjectRepository projects, EntityManagerFactory entityManagerFactory) {
        this.projects = projects;
        EventListenerRegistry events = entityManagerFactory.unwrap(SessionFactoryImplementor.class)
                .getServiceRegistry().requireService(EventListenerRegistry.class);
        Forget forget = new Forget();
        events.appendListeners(EventType.POST_COMMIT_INSERT, forget);
        events.appendListeners(EventType.POST_COMMIT_UPDATE, forget);
        events.appendListeners(EventType.POST_COMMIT_DELETE, forget);
    }

    /** The name of a region ("R"), STP ("S"), topic ("T") or method ("M"), or null if there is no such row. */
    String name(String kind, Long id) {
        if (id == null) {
            return null;
        }
        forgetAllIfOld();
        String key = kind + ":" + id;
        Map<String, String> names = reference;
        if (names == null || !names.containsKey(key)) {
            names = loadReference();
        }
        return names.get(key);
    }

    /** The lead of each id that exists, read from the database only for ids not already known. */
    Map<Long, Lead> leads(Collection<Long> ids) {
        forgetAllIfOld();
        Map<Long, Lead> result = new HashMap<>();
        Set<Long> missing = new java.util.HashSet<>();
        for (Long id : ids) {
            Lead lead = id == null ? null : leads.get(id);
            if (lead != null) {
                result.put(id, lead);
            } else if (id != null) {
                missing.add(id);
            }
        }
        if (!missing.isEmpty()) {
            long seen = generation();
            Map<Long, Lead> loaded = new HashMap<>();
            for (Object[] row : projects.listLeadLabels(missing)) {
                loaded.put(((Number) row[0]).longValue(), new Lead((String) row[1], ((Number) row[2]).intValue() == 1));
            }
            result.putAll(loaded);
            keepIfCurrent(seen, () -> {
                if (leads.size() + loaded.size() > MAX_LEADS) {
                    leads.clear();
                }
                leads.putAll(loaded);
            });
        }
        return result;
    }

    private Map<String, String> loadReference() {
        long seen = generation();
        Map<String, String> names = new HashMap<>();
        for (Object[] row : projects.listReferenceLabels()) {
            names.put(row[0] + ":" + ((Number) row[1]).longValue(), (String) row[2]);
        }
        Map<String, String> loaded = Map.copyOf(names);
        keepIfCurrent(seen, () -> reference = loaded);
        return loaded;
    }

    private synchronized long generation() {
        return generation;
    }

    /**
     * Keeps what was read unless something was forgotten meanwhile, or unless it was read inside a transaction that
     * writes: that transaction may yet roll back what it read.
     */
    private synchronized void keepIfCurrent(long seen, Runnable keep) {
        boolean writing = TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
        if (seen == generation && !writing) {
            keep.run();
        }
    }

    synchronized void forget(Object entity, Object id) {
        generation++;
        if (entity instanceof Member && id instanceof Long memberId) {
            leads.remove(memberId);
        } else {
            reference = null;
        }
    }

    private void forgetAllIfOld() {
        if (System.nanoTime() - startedAt > MAX_AGE_NANOS) {
            synchronized (this) {
                generation++;
                leads.clear();
                reference = null;
                startedAt = System.nanoTime();
            }
        }
    }

    private static boolean labelled(Class<?> type) {
        return type == Member.class || type == Region.class || type == Stp.class || type == Topic.class
                || type == QiMethod.class;
    }

    /** Runs after each commit that inserted, changed or deleted a labelled row. */
    private final class Forget implements PostCommitInsertEventListener, PostCommitUpdateEventListener,
            PostCommitDeleteEventListener {

        @Override
        public boolean requiresPostCommitHandling(EntityPersister persister) {
            return labelled(persister.getMappedClass());
        }

        private void forget(AbstractPostDatabaseOperationEvent event) {
            if (labelled(event.getPersister().getMappedClass())) {
                ResultLabels.this.forget(event.getEntity(), event.getId());
            }
        }

        @Override
        public void onPostInsert(PostInsertEvent event) {
            forget(event);
        }

        @Override
        public void onPostUpdate(PostUpdateEvent event) {
            forget(event);
        }

        @Override
        public void onPostDelete(PostDeleteEvent event) {
            forget(event);
        }

        @Override
        public void onPostInsertCommitFailed(PostInsertEvent event) {
            forget(event);
        }

        @Override
        public void onPostUpdateCommitFailed(PostUpdateEvent event) {
            forget(event);
        }

        @Override
        public void onPostDeleteCommitFailed(PostDeleteEvent event) {
            forget(event);
        }
    }
}
