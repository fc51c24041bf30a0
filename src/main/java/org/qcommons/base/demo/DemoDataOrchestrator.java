package org.qcommons.base.demo;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;

/**
 * Runs every {@link DemoSeeder} once at start-up, lowest order first, with one {@link DemoIds} passed along. It is
 * an application runner ordered before the project index check (order 90), so the index is checked, and rebuilt if
 * needed, after all demo data exists: the run command and the tests see the same data.
 */
@DemoData
@Order(10)
public class DemoDataOrchestrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataOrchestrator.class);

    private final List<DemoSeeder> seeders;
    private final Clock clock;

    DemoDataOrchestrator(List<DemoSeeder> seeders, Clock clock) {
        this.seeders = seeders.stream()
                .sorted(Comparator.comparingInt(DemoSeeder::order))
                .toList();
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        seedAll();
    }

    /** Seeds in order and returns the ids the seeders published. */
    public DemoIds seedAll() {
        DemoIds ids = new DemoIds();
        for (DemoSeeder seeder : seeders) {
            long started = clock.millis();
            seeder.seed(ids);
            log.debug("{} ran in {} ms", seeder.getClass().getSimpleName(), clock.millis() - started);
        }
        return ids;
    }

    public List<DemoSeeder> seeders() {
        return seeders;
    }
}
