package cn.xgz.recon.match;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Splits {@code [0, n)} into contiguous ranges, one per thread, and returns the ranges' results in range order:
 * callers merge them in that order, so the outcome does not depend on the thread count.
 */
final class Parallel {

    private static final AtomicInteger POOL_NUMBER = new AtomicInteger();

    private Parallel() {}

    interface RangeTask<T> {
        T run(int from, int to);
    }

    /** Runs the task over {@code parts} ranges ({@code parts} threads), fewer when there are fewer items. */
    static <T> List<T> ranges(int n, int parts, RangeTask<T> task) {
        parts = Math.max(1, Math.min(parts, n));
        List<T> results = new ArrayList<>(parts);
        if (parts == 1) {
            results.add(task.run(0, n));
            return results;
        }
        int pool = POOL_NUMBER.incrementAndGet();
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService executor = Executors.newFixedThreadPool(parts, r -> {
            Thread t = new Thread(r, "name-match-" + pool + "-" + threadNumber.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            int count = parts;
            List<Future<T>> futures = new ArrayList<>(parts);
            for (int p = 0; p < parts; p++) {
                int from = (int) ((long) n * p / count);
                int to = (int) ((long) n * (p + 1) / count);
                futures.add(executor.submit(() -> task.run(from, to)));
            }
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("名称匹配被中断", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            executor.shutdownNow();
        }
    }
}
