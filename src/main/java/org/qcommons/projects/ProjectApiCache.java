package org.qcommons.projects;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import java.time.Duration;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Recent pages of the open-data API. Responses already tell every client and shared cache they may be reused for
 * five minutes (Cache-Control: public, max-age=300); this keeps them for at most {@code qcommons.api.cache-seconds}
 * (60 by default, 0 turns it off) and drops them all as soon as any project is saved, so a change shows at once.
 * Names of members and topics can lag by up to that time, as they already may in any client's cache.
 */
@Component
class ProjectApiCache {

    private final Cache<String, Object> pages;

    ProjectApiCache(@Value("${qcommons.api.cache-seconds:60}") int seconds) {
        this.pages = seconds <= 0 ? null : Caffeine.newBuilder()
                .maximumSize(2_000)
                .expireAfterWrite(Duration.ofSeconds(seconds))
                .build();
    }

    @SuppressWarnings("unchecked")
    <T> T get(String key, Supplier<T> search) {
        return pages == null ? search.get() : (T) pages.get(key, k -> search.get());
    }

    void clear() {
        if (pages != null) {
            pages.invalidateAll();
        }
    }

    /** Registered on {@link Project}: clears now, and again after commit so no reader caches the old rows. */
    static class OnProjectChange {

        private final ProjectApiCache cache;

        OnProjectChange(ProjectApiCache cache) {
            this.cache = cache;
        }

        @PostPersist
        @PostUpdate
        @PostRemove
        void changed(Project project) {
            cache.clear();
            // Once per transaction, however many projects it saves (a CSV import saves hundreds).
            if (TransactionSynchronizationManager.isSynchronizationActive()
                    && !TransactionSynchronizationManager.hasResource(cache)) {
                TransactionSynchronizationManager.bindResource(cache, Boolean.TRUE);
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCompletion(int status) {
                        TransactionSynchronizationManager.unbindResourceIfPossible(cache);
                        cache.clear();
                    }
                });
            }
        }
    }
}
