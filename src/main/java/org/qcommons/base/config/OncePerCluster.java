package org.qcommons.base.config;

import io.micrometer.core.instrument.Metrics;
import java.time.Clock;
import java.time.Duration;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Runs a programmatically scheduled task (one that {@code @SchedulerLock} cannot annotate) once per cluster: under
 * its ShedLock row, as decision 084's jobs. The Prometheus counters {@code qcommons_scheduled_runs_total} and
 * {@code qcommons_scheduled_skipped_total} tell per node how often it ran and how often another node held the lock.
 */
@Component
public class OncePerCluster {

    private final LockingTaskExecutor executor;
    private final Clock clock;

    OncePerCluster(LockProvider lockProvider, Clock clock) {
        this.executor = new DefaultLockingTaskExecutor(lockProvider);
        this.clock = clock;
    }

    /**
     * Runs {@code task} unless another node holds {@code name}. {@code atLeast} keeps the lock after a quick run, so
     * that a node whose timer fires a little later in the same period finds it taken.
     */
    public boolean run(String name, Duration atLeast, Duration atMost, Runnable task) {
        LockingTaskExecutor.TaskResult<Boolean> result = executeQuietly(name, atLeast, atMost, task);
        boolean ran = result.wasExecuted();
        Metrics.counter(ran ? "qcommons.scheduled.runs" : "qcommons.scheduled.skipped", "job", name)
                .increment();
        return ran;
    }

    private LockingTaskExecutor.TaskResult<Boolean> executeQuietly(
            String name, Duration atLeast, Duration atMost, Runnable task) {
        try {
            return executor.executeWithLock(
                    () -> {
                        task.run();
                        return Boolean.TRUE;
                    },
                    new LockConfiguration(clock.instant(), name, atMost, atLeast));
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
