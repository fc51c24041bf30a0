package org.qcommons.meetings;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Meetings that existed before the meetings index (issue 20), or an index directory lost, leave the index behind
 * the database: at start-up, after demo seeding, it is rebuilt when its count differs from the meetings'.
 */
@Component
@Order(91)
class MeetingIndexCheck implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(MeetingIndexCheck.class);
    private final EntityManagerFactory emf;
    private final MeetingRepository meetings;

    MeetingIndexCheck(EntityManagerFactory emf, MeetingRepository meetings) {
        this.emf = emf;
        this.meetings = meetings;
    }

    @Override
    public void run(ApplicationArguments args) {
        SearchMapping mapping = Search.mapping(emf);
        long rows = meetings.count();
        long documents;
        try (var em = emf.createEntityManager()) {
            documents = Search.session(em)
                    .search(Meeting.class)
                    .where(f -> f.matchAll())
                    .fetchTotalHitCount();
        }
        if (documents == rows) {
            return;
        }
        log.info("Meetings index holds {} documents for {} meetings: rebuilding", documents, rows);
        try {
            mapping.scope(Meeting.class).massIndexer().threadsToLoadObjects(1).startAndWait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.error("Rebuilding the meetings index failed; the meetings search may miss meetings", e);
        }
    }
}
