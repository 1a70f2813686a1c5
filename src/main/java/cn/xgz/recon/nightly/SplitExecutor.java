package cn.xgz.recon.nightly;

import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.JobContext;
import org.springframework.batch.core.scope.context.JobSynchronizationManager;
import org.springframework.core.task.TaskExecutor;
import org.springframework.core.task.TaskRejectedException;

/**
 * The threads of a split (ingest's six sources), at most {@code limit} at a time, each in the job's scope ({@link
 * RunData}) as the job's own thread is. Spring Batch's split waits for each flow's future with no timeout, and the
 * future completes only when its task runs. With SimpleAsyncTaskExecutor and a job-scope decorator, a worker that ran
 * out of heap while entering the scope, before its task, left the future pending: the run hung after the other flows
 * had failed. Here the task runs even then (the flow fails and its future completes), no error leaves a worker for
 * the default handler (which prints a stack trace on the console), a slot is released in {@code finally}, and the
 * threads are daemons, so a stuck one never keeps the JVM from exiting.
 */
final class SplitExecutor implements TaskExecutor {

    private static final Logger log = LoggerFactory.getLogger(SplitExecutor.class);

    /** Entering the scope fails only when the heap is full; the failing flows free it within moments. */
    private static final int ENTER_ATTEMPTS = 3;
    private static final long ENTER_PAUSE_MS = 100;

    private final String prefix;
    private final Semaphore slots;
    private final AtomicInteger threads = new AtomicInteger();

    SplitExecutor(String prefix, int limit) {
        this.prefix = prefix;
        this.slots = new Semaphore(Math.max(1, limit));
    }

    @Override
    public void execute(Runnable task) {
        // The submitting thread is the job's: its scope is the one the worker enters.
        JobContext context = JobSynchronizationManager.getContext();
        JobExecution job = context == null ? null : context.getJobExecution();
        try {
            slots.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TaskRejectedException("interrupted while waiting for a free " + prefix + " thread", e);
        }
        try {
            Thread t = new Thread(() -> {
                try {
                    runAlways(job == null ? () -> { } : () -> JobSynchronizationManager.register(job), task,
                            job == null ? () -> { } : JobSynchronizationManager::release);
                } finally {
                    slots.release();
                }
            }, prefix + threads.incrementAndGet());
            t.setDaemon(true);
            t.setUncaughtExceptionHandler((thread, e) -> quietly(e));
            t.start();
        } catch (RuntimeException | Error e) {
            slots.release();
            throw e;
        }
    }

    /**
     * Runs {@code task} after {@code enter}, and runs it even when entering failed {@value #ENTER_ATTEMPTS} times, so
     * the task's completion (a flow's future) is always signalled; {@code leave} only after a successful enter. Nothing
     * is thrown: errors are recorded (an out-of-memory error for {@link OutOfMemory#explains}) and go to the log file.
     */
    static void runAlways(Runnable enter, Runnable task, Runnable leave) {
        boolean entered = false;
        for (int attempt = 1; !entered && attempt <= ENTER_ATTEMPTS; attempt++) {
            try {
                enter.run();
                entered = true;
            } catch (Throwable e) {
                quietly(e);
                if (attempt < ENTER_ATTEMPTS) {
                    pause();
                }
            }
        }
        try {
            task.run();
        } catch (Throwable e) {
            quietly(e);
        } finally {
            if (entered) {
                try {
                    leave.run();
                } catch (Throwable e) {
                    quietly(e);
                }
            }
        }
    }

    /** Records the error and logs it (file only for the stack trace); with the heap full even that may fail. */
    private static void quietly(Throwable e) {
        try {
            OutOfMemory.record(e);
            log.error("并行读取线程出错，详见日志文件", e);
        } catch (Throwable ignored) {
            // nothing left to report with
        }
    }

    private static void pause() {
        try {
            Thread.sleep(ENTER_PAUSE_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
