package org.qcommons.projects;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.DoubleConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.qcommons.base.security.SystemRunner;
import org.qcommons.projects.demo.SyntheticDataGenerator;
import org.qcommons.testsupport.IntegrationTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Rebuilding a full index leaves the register answering with every project throughout (decision 126). */
class ProjectIndexRebuildIT extends IntegrationTestBase {

    @Autowired
    ProjectIndex projectIndex;

    @Autowired
    RegisterSearch register;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void searchesDuringARebuildFindEveryProjectAndRowsDeletedWithSqlLeaveTheIndex() throws Exception {
        // Rows written with SQL bypass the index: the rebuild must find them without emptying the index first.
        SyntheticDataGenerator.using(jdbc).generateProjects(400);
        rebuild(p -> {});
        IndexStatus before = SystemRunner.asSystem(projectIndex::indexStatus);
        assertThat(before.inStep()).isTrue();
        long expected = SystemRunner.asSystem(() -> register.count(RegisterQuery.any()));
        assertThat(expected).isGreaterThan(400);

        // One synthetic project deleted behind the index's back, as a restore from an older backup would.
        long gone = jdbc.queryForObject("select max(id) from project where title like '%(synthetic %'", Long.class);
        jdbc.update("delete from project_topic where project_id = ?", gone);
        jdbc.update("delete from project_method where project_id = ?", gone);
        jdbc.update("delete from project where id = ?", gone);

        List<Long> totalsDuringRebuild = new CopyOnWriteArrayList<>();
        List<Double> progress = new CopyOnWriteArrayList<>();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger searchesWhileRebuilding = new AtomicInteger();
        Thread reader = Thread.ofPlatform()
                .start(() -> SystemRunner.asSystem(() -> {
                    while (!stop.get()) {
                        boolean during = projectIndex.isRebuilding();
                        long total = register.page(RegisterQuery.any(), 0, 20).total();
                        if (during && projectIndex.isRebuilding()) {
                            totalsDuringRebuild.add(total);
                            searchesWhileRebuilding.incrementAndGet();
                        }
                    }
                }));
        try {
            rebuild(progress::add);
        } finally {
            stop.set(true);
            reader.join();
        }

        assertThat(searchesWhileRebuilding.get()).isPositive();
        // Every search saw the whole register; only the deleted row's document may go, at the purge that ends it.
        assertThat(totalsDuringRebuild).allSatisfy(total -> assertThat(total).isBetween(expected - 1, expected));
        assertThat(progress).isNotEmpty().last().isEqualTo(1.0);
        IndexStatus after = SystemRunner.asSystem(projectIndex::indexStatus);
        assertThat(after.databaseRows()).isEqualTo(before.databaseRows() - 1);
        assertThat(after.inStep()).isTrue();
        assertThat(SystemRunner.asSystem(() -> register.count(RegisterQuery.any())))
                .isEqualTo(expected - 1);
    }

    /** The other tests share this database and index and count its projects: leave both as they were found. */
    @AfterEach
    void removeTheSyntheticProjects() {
        String synthetic = "(select id from project where title like '%(synthetic %')";
        jdbc.update("delete from project_topic where project_id in " + synthetic);
        jdbc.update("delete from project_method where project_id in " + synthetic);
        jdbc.update("delete from project where title like '%(synthetic %'");
        // The rebuild purges their documents, so the index is in step again.
        rebuild(p -> {});
    }

    private void rebuild(DoubleConsumer progress) {
        SystemRunner.asSystem(() -> {
            try {
                projectIndex.rebuildIndex(progress).toCompletableFuture().get(5, TimeUnit.MINUTES);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
