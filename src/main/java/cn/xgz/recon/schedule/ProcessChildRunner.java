package cn.xgz.recon.schedule;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the launcher as a child process in the configured working directory, its output to a per-run log file
 * (or to the scheduler's own output), and stops it when it runs past the time limit.
 */
public final class ProcessChildRunner implements ChildRunner {

    /** What a run that had to be stopped at its time limit reports as its exit code. */
    public static final int TIMED_OUT = 124;

    private static final Logger log = LoggerFactory.getLogger(ProcessChildRunner.class);
    private static final Duration GRACE = Duration.ofSeconds(30);

    private final Path workDir;
    private final Path logDir;
    private final Duration timeout;

    public ProcessChildRunner(Path workDir, Path logDir, Duration timeout) {
        this.workDir = workDir;
        this.logDir = logDir;
        this.timeout = timeout;
    }

    public static ProcessChildRunner of(ScheduleSettings s) {
        return new ProcessChildRunner(s.workDir(), s.logDir(), s.runTimeout());
    }

    @Override
    public int run(List<String> command, String label) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true);
        if (logDir != null) {
            Path dir = workDir.resolve(logDir);
            Files.createDirectories(dir);
            pb.redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve(label + ".log").toFile()));
        } else {
            pb.redirectOutput(ProcessBuilder.Redirect.INHERIT);
        }
        pb.redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
        Process p = pb.start();
        try {
            if (p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                return p.exitValue();
            }
            log.error("{} 超过运行时限 {} 仍未结束，正在停止", label, timeout);
            p.destroy();
            if (!p.waitFor(GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                p.waitFor();
            }
            return TIMED_OUT;
        } catch (InterruptedException e) {
            // The scheduler is being stopped: end the run the way a stopped run ends (SIGTERM: the job is left
            // restartable and the next run resumes it), wait for it, and never leave it behind without a parent.
            log.warn("{} 正在停止（调度停止）", label);
            stop(p);
            throw e;
        }
    }

    /** SIGTERM, up to {@link #GRACE} to end, then SIGKILL; returns once the process (and any it started) is gone. */
    static void stop(Process p) {
        java.util.List<ProcessHandle> descendants = p.descendants().toList();
        p.destroy();
        descendants.forEach(ProcessHandle::destroy);
        boolean interrupted = false;
        long until = System.nanoTime() + GRACE.toNanos();
        while (p.isAlive() && System.nanoTime() < until) {
            try {
                p.waitFor(Math.max(1, (until - System.nanoTime()) / 1_000_000), TimeUnit.MILLISECONDS);
            } catch (InterruptedException again) {
                interrupted = true; // keep waiting: the point is that nothing is left behind
            }
        }
        if (p.isAlive()) {
            p.destroyForcibly();
        }
        descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        try {
            p.onExit().get(GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            log.error("子进程 {} 未能结束", p.pid());
        } catch (InterruptedException e) {
            interrupted = true;
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name", "").startsWith("Windows") ? "NUL" : "/dev/null");
    }
}
