package org.qcommons.projects;

import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.qcommons.base.config.QcommonsProperties;
import org.qcommons.base.push.ClusterProperties;
import org.qcommons.base.push.PushBus;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The register's caches (decision 079), all in Spring's cache abstraction on Caffeine, and the one place that
 * evicts them: on {@link RegisterChanged}. Time limits only cover changes made outside the application.
 */
@Configuration
@EnableCaching
class RegisterCaches {

    /** The facet choices every open register shares. */
    static final String CHOICES = "register-choices";
    /** Region, STP, topic and method names by kind and id. */
    static final String NAMES = "register-names";
    /** Each lead's name and directory consent, by member id. */
    static final String LEADS = "register-leads";
    /** Recent pages of the open-data API. */
    static final String API_PAGES = "api-project-pages";

    /** About the number of members who lead a project in a large community. */
    static final int MAX_LEADS = 50_000;

    private static final String CHANNEL = "register-changed";

    private final AtomicLong generation = new AtomicLong();
    private final PushBus bus;
    private CacheManager manager;

    /** Every node evicts on every node's changes (decision 109). */
    RegisterCaches(PushBus bus, ClusterProperties cluster, TaskScheduler scheduler) {
        this.bus = bus;
        Duration lag = cluster.indexLag();
        bus.subscribe(CHANNEL, m -> {
            int cut = m.indexOf(':');
            String id = m.substring(cut + 1);
            RegisterChanged change = new RegisterChanged(
                    RegisterChanged.What.valueOf(m.substring(0, cut)), id.isEmpty() ? null : Long.valueOf(id));
            evict(change);
            if (lag.isPositive()) {
                // With outbox indexing (the cluster) a page read between the change and its indexing would be kept
                // with the old result: evict again after the usual lag, and after twice that for a busy cluster.
                scheduler.schedule(
                        () -> evict(change), scheduler.getClock().instant().plus(lag));
                scheduler.schedule(
                        () -> evict(change), scheduler.getClock().instant().plus(lag.multipliedBy(2)));
            }
        });
    }

    @Bean
    CacheManager cacheManager(QcommonsProperties properties) {
        int apiSeconds = properties.api().cacheSeconds();
        CaffeineCacheManager caches = new CaffeineCacheManager();
        // Only the caches below: a name mistyped elsewhere fails instead of making an unbounded cache.
        caches.setCacheNames(List.of());
        caches.registerCustomCache(
                CHOICES,
                Caffeine.newBuilder()
                        .maximumSize(1)
                        .expireAfterWrite(Duration.ofMinutes(10))
                        .build());
        caches.registerCustomCache(
                NAMES,
                Caffeine.newBuilder()
                        .maximumSize(1)
                        .expireAfterWrite(Duration.ofMinutes(10))
                        .build());
        caches.registerCustomCache(
                LEADS,
                Caffeine.newBuilder()
                        .maximumSize(MAX_LEADS)
                        .expireAfterWrite(Duration.ofMinutes(10))
                        .build());
        // Responses already allow any client to reuse them for five minutes; 0 seconds turns this cache off.
        caches.registerCustomCache(
                API_PAGES,
                Caffeine.newBuilder()
                        .maximumSize(apiSeconds <= 0 ? 0 : 2_000)
                        .expireAfterWrite(Duration.ofSeconds(Math.max(apiSeconds, 1)))
                        .build());
        this.manager = caches;
        return caches;
    }

    @EventListener
    void on(RegisterChanged change) {
        bus.publish(CHANNEL, change.what().name() + ':' + (change.id() == null ? "" : change.id()));
    }

    private void evict(RegisterChanged change) {
        generation.incrementAndGet();
        switch (change.what()) {
            case MEMBER -> {
                if (change.id() == null) {
                    cache(LEADS).clear();
                } else {
                    cache(LEADS).evict(change.id());
                }
            }
            case REFERENCE -> {
                cache(CHOICES).clear();
                cache(NAMES).clear();
            }
            case PROJECT -> {
                // Only the pages below show projects themselves.
            }
        }
        // Every change can alter a page of open data: its projects, their leads' names or their topics.
        cache(API_PAGES).clear();
    }

    /** Counts changes: a value read from the database is kept only if nothing changed while it was read. */
    long generation() {
        return generation.get();
    }

    /**
     * True if what was read since {@code seen} may be kept: nothing changed meanwhile, and it was not read inside a
     * transaction that writes, which may yet roll back what it read.
     */
    boolean mayKeep(long seen) {
        return seen == generation.get() && !writing();
    }

    /** True inside a transaction that writes. Cacheable methods skip caching then (see {@link RegisterReference}). */
    public boolean writing() {
        return TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
    }

    Cache cache(String name) {
        return manager.getCache(name);
    }
}
