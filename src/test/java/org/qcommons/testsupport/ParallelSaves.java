package org.qcommons.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.qcommons.base.ConcurrentEditException;

/** Several saves of the same version released at the same instant, as open browser tabs would send them. */
public final class ParallelSaves {

    public static final String CONFLICT = "conflict";

    private ParallelSaves() {}

    /**
     * Runs {@code threads} saves at once; save {@code i} returns what it wrote. The result holds, in order, what each
     * save wrote, or {@link #CONFLICT} for each that was refused with a {@link ConcurrentEditException}.
     */
    public static List<String> race(int threads, IntFunction<Supplier<String>> save) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Supplier<String> attempt = save.apply(i);
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        return attempt.get();
                    } catch (ConcurrentEditException e) {
                        return CONFLICT;
                    }
                }));
            }
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> f : results) {
                outcomes.add(f.get());
            }
            return outcomes;
        } finally {
            pool.shutdown();
        }
    }
}
