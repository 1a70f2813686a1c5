package cn.xgz.recon.nightly;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * For the crash/restart tests only: kills this process with {@code kill -9} at a named point of the nightly
 * job, so a test can show that a restart with the same run date ends exactly as an uninterrupted run. Off
 * unless {@code XGZ_FAULT_KILL_AT} (or the system property {@code xgz.fault.kill-at}) is set to
 * {@code <step>} (at the step's start), {@code <step>:<n>} (after its n-th chunk is processed, before that chunk's
 * transaction commits, so the restart redoes it) or {@code <step>:end} (after its work; Spring Batch 6 has by then
 * recorded the step complete, so this is a kill between two steps). When it is not set, the job's steps do not have
 * this listener at all.
 */
final class FaultInjection implements StepExecutionListener, ChunkListener<Object, Object> {

    public static final String ENV = "XGZ_FAULT_KILL_AT";

    private final String step;
    private final String when;
    private final ThreadLocal<String> current = new ThreadLocal<>();
    private final AtomicInteger chunks = new AtomicInteger();

    /** The kill point a test set, if any. */
    static Optional<FaultInjection> fromSettings() {
        String spec = System.getProperty("xgz.fault.kill-at", System.getenv(ENV));
        return spec == null || spec.isBlank() ? Optional.empty() : Optional.of(new FaultInjection(spec));
    }

    FaultInjection(String spec) {
        if (spec == null || spec.isBlank()) {
            step = null;
            when = null;
        } else {
            int colon = spec.indexOf(':');
            step = colon < 0 ? spec.trim() : spec.substring(0, colon).trim();
            when = colon < 0 ? "start" : spec.substring(colon + 1).trim();
        }
    }

    @Override
    public void beforeStep(StepExecution s) {
        current.set(s.getStepName());
        if (s.getStepName().equals(step) && "start".equals(when)) {
            kill();
        }
    }

    @Override
    public void afterChunk(Chunk<Object> chunk) {
        String name = current.get();
        if (name != null && name.equals(step) && !"start".equals(when) && !"end".equals(when)
                && chunks.incrementAndGet() == Integer.parseInt(when)) {
            kill();
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution s) {
        if (s.getStepName().equals(step) && "end".equals(when)) {
            kill();
        }
        return s.getExitStatus();
    }

    private static void kill() {
        try {
            new ProcessBuilder("kill", "-9", Long.toString(ProcessHandle.current().pid())).inheritIO().start().waitFor();
            Thread.sleep(60_000);
        } catch (IOException e) {
            Runtime.getRuntime().halt(137);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            Runtime.getRuntime().halt(137);
        }
    }
}
