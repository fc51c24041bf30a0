package org.qcommons.projects;

import java.util.concurrent.TimeUnit;
import org.qcommons.base.security.SystemRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Rows written by Flyway or plain SQL, or an index directory lost or restored from an older backup, leave the
 * index behind the database. At start-up (after demo seeding) the index is rebuilt if its count differs from the database's
 * (more documents than rows happens when the database is restored from an older backup or loses its data).
 */
@Component
@Order(90)
class ProjectIndexCheck implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ProjectIndexCheck.class);
    private final ProjectIndex projectIndex;

    ProjectIndexCheck(ProjectIndex projectIndex) {
        this.projectIndex = projectIndex;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemRunner.asSystem(() -> {
            IndexStatus status = projectIndex.indexStatus();
            boolean current = projectIndex.indexStoresListFields();
            if (status.indexedDocuments() != status.databaseRows() || !current) {
                log.info(
                        "Project index holds {} documents for {} projects{}: rebuilding",
                        status.indexedDocuments(),
                        status.databaseRows(),
                        current ? "" : " in an older layout");
                try {
                    projectIndex.rebuildIndex(p -> {}).toCompletableFuture().get(10, TimeUnit.MINUTES);
                } catch (Exception e) {
                    log.error(
                            "Rebuilding the project index failed; search may miss projects until an ADMIN rebuilds it",
                            e);
                }
            }
        });
    }
}
