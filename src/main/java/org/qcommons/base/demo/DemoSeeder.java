package org.qcommons.base.demo;

/**
 * One feature's demo data. The {@link DemoDataOrchestrator} runs every seeder in ascending {@link #order()}, handing
 * each the same {@link DemoIds}: a seeder reads the ids of what lower features seeded and adds the ids of its own.
 * A seeder checks by itself whether its data is already there (a restart on a kept database) and then does nothing
 * but may still publish the ids it can find cheaply.
 */
public interface DemoSeeder {

    /** Lower runs first. Foundation data uses 10; each feature leaves room for another between it and the next. */
    int order();

    void seed(DemoIds ids);
}
