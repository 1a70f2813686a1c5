package cn.xgz.recon.nightly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A split's task always runs and its future always completes, whatever fails around it. */
class SplitExecutorTest {

    @AfterEach
    void forgetTheOutOfMemoryErrors() {
        // runAlways records them process-wide; the rest of the fast suite shares this JVM
        OutOfMemory.forget();
    }

    @Test
    void theTaskRunsEvenWhenEnteringTheJobScopeRanOutOfHeap() {
        AtomicInteger ran = new AtomicInteger();
        AtomicInteger left = new AtomicInteger();
        SplitExecutor.runAlways(() -> {
            throw new OutOfMemoryError("Java heap space");
        }, ran::incrementAndGet, left::incrementAndGet);
        assertThat(ran).hasValue(1);
        assertThat(left).as("never entered, so not left").hasValue(0);
    }

    @Test
    void enteringIsTriedAgainAndLeftOnceEntered() {
        AtomicInteger attempts = new AtomicInteger();
        AtomicInteger ran = new AtomicInteger();
        AtomicInteger left = new AtomicInteger();
        SplitExecutor.runAlways(() -> {
            if (attempts.incrementAndGet() == 1) {
                throw new OutOfMemoryError("Java heap space");
            }
        }, ran::incrementAndGet, left::incrementAndGet);
        assertThat(attempts).hasValue(2);
        assertThat(ran).hasValue(1);
        assertThat(left).hasValue(1);
    }

    @Test
    void nothingEscapesAWorker() {
        AtomicInteger left = new AtomicInteger();
        SplitExecutor.runAlways(() -> { }, () -> {
            throw new OutOfMemoryError("Java heap space");
        }, () -> {
            left.incrementAndGet();
            throw new OutOfMemoryError("Java heap space");
        });
        assertThat(left).hasValue(1);
    }

    @Test
    void everyFutureCompletesOnDaemonThreadsThoughTasksFailWithErrors() throws Exception {
        SplitExecutor executor = new SplitExecutor("split-test-", 1);
        List<FutureTask<String>> futures = new ArrayList<>();
        List<Boolean> daemon = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            int n = i;
            FutureTask<String> f = new FutureTask<>(() -> {
                synchronized (daemon) {
                    daemon.add(Thread.currentThread().isDaemon() && Thread.currentThread().getName().startsWith("split-test-"));
                }
                if (n % 2 == 0) {
                    throw new OutOfMemoryError("Java heap space");
                }
                return "flow " + n;
            });
            futures.add(f);
            // with one slot, each execute waits for the previous task: a slot lost to an error would block here
            executor.execute(f);
        }
        for (int i = 0; i < futures.size(); i++) {
            FutureTask<String> f = futures.get(i);
            if (i % 2 == 0) {
                assertThatThrownBy(() -> f.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                        .hasCauseInstanceOf(OutOfMemoryError.class);
            } else {
                assertThat(f.get(10, TimeUnit.SECONDS)).isEqualTo("flow " + i);
            }
        }
        assertThat(daemon).hasSize(4).containsOnly(true);
    }
}
