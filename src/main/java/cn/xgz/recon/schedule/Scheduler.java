package cn.xgz.recon.schedule;

import cn.xgz.recon.common.Durations;
import cn.xgz.recon.common.ExitCodes;
import cn.xgz.recon.submission.Period;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.support.CronExpression;

/**
 * Stays running and starts {@code nightly} and {@code half-year} on their cron expressions, one run at a time, each
 * as a child process. A failed run is logged with the meaning of its exit code and does not stop the schedule. A
 * trigger missed while another run was going runs as soon as that run ends (once, however many were missed).
 */
public final class Scheduler {

    private static final Logger log = LoggerFactory.getLogger(Scheduler.class);
    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    /** The two scheduled commands. */
    public enum Job {
        NIGHTLY("nightly"),
        HALF_YEAR("half-year");

        private final String command;

        Job(String command) {
            this.command = command;
        }

        public String command() {
            return command;
        }
    }

    /** Waits until an instant of the given clock; replaced in tests so that no test sleeps. */
    @FunctionalInterface
    public interface Sleeper {
        void sleepUntil(Instant until, Clock clock) throws InterruptedException;
    }

    /**
     * What one started (or skipped) run did.
     *
     * @param trigger the scheduled time it ran for
     * @param exitCode the child's exit code, null when it could not be started or was skipped
     * @param problem why it could not be started or was skipped, null otherwise
     */
    public record Outcome(Job job, ZonedDateTime trigger, List<String> command, Integer exitCode, String problem) {
        public boolean succeeded() {
            return exitCode != null && ExitCodes.reportsWritten(exitCode);
        }
    }

    /** Where a job stands: its next trigger, and the trigger a lock retry repeats. */
    private static final class State {
        ZonedDateTime next;
        ZonedDateTime retryOf;
        int lockRetries;
    }

    private final ScheduleSettings settings;
    private final Clock clock;
    private final ChildRunner runner;
    private final Sleeper sleeper;
    private final Map<Job, State> states = new EnumMap<>(Job.class);
    private volatile boolean stopped;

    public Scheduler(ScheduleSettings settings, Clock clock, ChildRunner runner, Sleeper sleeper) {
        this.settings = settings;
        this.clock = clock.withZone(settings.zone());
        this.runner = runner;
        this.sleeper = sleeper;
        ZonedDateTime now = now();
        for (Job job : Job.values()) {
            State s = new State();
            s.next = cron(job).next(now);
            if (s.next == null) {
                throw new IllegalArgumentException(job.command() + " 的 cron 表达式永远不会触发: " + cron(job));
            }
            states.put(job, s);
        }
    }

    /** The real thing: wall clock in the settings' zone, child processes, and sleeping. */
    public static Scheduler create(ScheduleSettings settings) {
        return new Scheduler(settings, Clock.system(settings.zone()), ProcessChildRunner.of(settings), Scheduler::sleep);
    }

    /** Sleeps in steps of at most a minute, so a clock that is set while waiting is noticed. */
    static void sleep(Instant until, Clock clock) throws InterruptedException {
        while (true) {
            long ms = Duration.between(clock.instant(), until).toMillis();
            if (ms <= 0) {
                return;
            }
            Thread.sleep(Math.min(ms, 60_000));
        }
    }

    /** The next time a job is due. */
    public ZonedDateTime nextTrigger(Job job) {
        return states.get(job).next;
    }

    /** Runs until {@link #stop()} or interruption. */
    public void run() {
        log.info("调度已启动：{}", settings);
        logNext();
        while (!stopped && !Thread.currentThread().isInterrupted()) {
            try {
                runNext();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                // Whatever went wrong with one run, the schedule goes on; wait a minute so a persistent fault cannot spin.
                log.error("调度出现意外错误，一分钟后继续", e);
                try {
                    sleeper.sleepUntil(clock.instant().plusSeconds(60), clock);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        log.info("调度已停止");
    }

    /** Starts no further run; a caller that also interrupts the running thread ends the run under way. */
    public void stop() {
        stopped = true;
    }

    /** Waits for the earliest due job (the nightly first when both are due), runs it, and plans its next trigger. */
    public Outcome runNext() throws InterruptedException {
        Job job = states.get(Job.NIGHTLY).next.isAfter(states.get(Job.HALF_YEAR).next) ? Job.HALF_YEAR : Job.NIGHTLY;
        State s = states.get(job);
        sleeper.sleepUntil(s.next.toInstant(), clock);
        if (stopped) {
            throw new InterruptedException("调度停止");
        }
        ZonedDateTime trigger = s.retryOf != null ? s.retryOf : s.next;
        Outcome outcome = start(job, trigger);
        ZonedDateTime now = now();
        if (outcome.exitCode() != null && outcome.exitCode() == ExitCodes.LOCKED && s.lockRetries < settings.lockRetries()) {
            s.lockRetries++;
            s.retryOf = trigger;
            s.next = now.plus(settings.lockRetryDelay());
            log.warn("{} 将于 {} 重试（第 {} 次，共 {} 次）", job.command(), s.next, s.lockRetries, settings.lockRetries());
        } else {
            s.lockRetries = 0;
            s.retryOf = null;
            ZonedDateTime following = cron(job).next(trigger);
            if (following != null && !following.isAfter(now)) {
                ZonedDateTime after = cron(job).next(now);
                log.warn("{} 在本次运行期间错过了 {} 起的触发，下次于 {}", job.command(), following, after);
                following = after;
            }
            s.next = following;
        }
        logNext();
        return outcome;
    }

    private Outcome start(Job job, ZonedDateTime trigger) throws InterruptedException {
        List<String> command;
        if (job == Job.NIGHTLY) {
            LocalDate runDate = trigger.toLocalDate();
            String input = settings.inputFor(runDate);
            Path inputDir = settings.workDir().resolve(input);
            if (!Files.isDirectory(inputDir)) {
                String problem = "输入目录不存在：" + inputDir + "，本次夜间比对未启动";
                log.error("nightly {}：{}", runDate, problem);
                return new Outcome(job, trigger, List.of(), null, problem);
            }
            command = nightlyCommand(runDate, input);
        } else {
            command = halfYearCommand(Period.justEnded(trigger.toLocalDate()));
        }
        String label = job.command() + "-" + trigger.format(LABEL);
        log.info("开始 {}（触发时间 {}）：{}", job.command(), trigger, String.join(" ", command));
        Instant started = clock.instant();
        try {
            int code = runner.run(command, label);
            String took = Durations.format(Duration.between(started, clock.instant()));
            if (ExitCodes.reportsWritten(code)) {
                log.info("{} 结束，{}，用时 {}", label, ExitCodes.describe(code), took);
            } else {
                log.error("{} 结束，{}，用时 {}", label, ExitCodes.describe(code), took);
            }
            return new Outcome(job, trigger, command, code, null);
        } catch (IOException | RuntimeException e) {
            log.error("{} 无法启动：{}", label, e.toString());
            return new Outcome(job, trigger, command, null, "无法启动：" + e.getMessage());
        }
    }

    /** {@code jobs/xgz nightly --input … --out … --data-dir … --date yyyy-MM-dd}. */
    public List<String> nightlyCommand(LocalDate runDate, String input) {
        List<String> c = new ArrayList<>(settings.command());
        c.addAll(List.of("nightly", "--input", input, "--out", settings.outDir(), "--data-dir", settings.dataDir(),
                "--date", runDate.toString()));
        return c;
    }

    /** {@code jobs/xgz half-year --period yyyyHn --out … --data-dir …}. */
    public List<String> halfYearCommand(Period period) {
        List<String> c = new ArrayList<>(settings.command());
        c.addAll(List.of("half-year", "--period", period.toString(), "--out", settings.outDir(), "--data-dir", settings.dataDir()));
        return c;
    }

    private CronExpression cron(Job job) {
        return job == Job.NIGHTLY ? settings.nightlyCron() : settings.halfYearCron();
    }

    private ZonedDateTime now() {
        return ZonedDateTime.now(clock);
    }

    private void logNext() {
        log.info("下次运行：nightly {}，half-year {}", states.get(Job.NIGHTLY).next, states.get(Job.HALF_YEAR).next);
    }
}
