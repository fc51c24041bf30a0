package org.qcommons.base.search;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The cluster profile's search index catches up after an OpenSearch outage with no manual step (decision 108).
 * Hibernate Search retries a failed indexing event three times, {@code retry_delay} apart, then marks it aborted;
 * an outage longer than that would leave saves out of the index. Once a minute, on one node, aborted events are
 * put back in the queue: while OpenSearch is still down they simply fail again.
 */
@Component
@Profile("cluster")
class OutboxCatchUp {

    private static final Logger log = LoggerFactory.getLogger(OutboxCatchUp.class);

    private final JdbcTemplate jdbc;

    OutboxCatchUp(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Scheduled(fixedDelayString = "${qcommons.cluster.requeue-every:30s}", initialDelayString = "30s")
    @SchedulerLock(name = "search-outbox-requeue", lockAtLeastFor = "PT10S", lockAtMostFor = "PT5M")
    void requeueAborted() {
        int n = jdbc.update("update hsearch_outbox_event set status = 'PENDING', retries = 0,"
                + " process_after = current_timestamp(6) where status = 'ABORTED'");
        if (n > 0) {
            log.info("Put {} aborted search-index events back in the queue", n);
        }
    }
}
