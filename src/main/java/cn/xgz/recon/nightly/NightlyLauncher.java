package cn.xgz.recon.nightly;

import cn.xgz.recon.common.ExitCodes;
import cn.xgz.recon.common.FileProblems;
import cn.xgz.recon.common.PiiScrubber;
import cn.xgz.recon.output.RunSummary;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.launch.JobRestartException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Starts or resumes the nightly job for a run date. A failed (or killed) execution of the same date and input
 * is restarted, so it resumes at the step that failed; a date whose run completed gets a new job instance
 * (a rerun), which replaces that date's results.
 */
@Component
public class NightlyLauncher {

    private static final Logger log = LoggerFactory.getLogger(NightlyLauncher.class);

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job nightlyJob;

    public NightlyLauncher(JobOperator jobOperator, JobRepository jobRepository,
            @Qualifier(NightlyJobConfiguration.JOB_NAME) Job nightlyJob) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.nightlyJob = nightlyJob;
    }

    public NightlyOutcome run(NightlyRequest request) throws Exception {
        Optional<JobExecution> last = lastExecutionFor(request.runDate());
        JobExecution execution;
        boolean restart = false;
        if (last.isPresent() && last.get().getStatus() != BatchStatus.COMPLETED
                && sameInput(last.get(), request)) {
            JobExecution previous = endUnfinished(last.get());
            log.info("续跑运行日期 {} 的作业（执行编号 {}），从失败的步骤继续", request.runDate(), previous.getId());
            restart = true;
            try {
                execution = jobOperator.restart(previous);
            } catch (Exception | Error escaped) {
                return escapedOutcome(escaped, request, true);
            }
        } else {
            long attempt = last.map(e -> e.getJobParameters().getLong(NightlyJobConfiguration.PARAM_ATTEMPT, 0L) + 1)
                    .orElse(1L);
            try {
                execution = jobOperator.start(nightlyJob, parameters(request, attempt));
            } catch (Exception | Error escaped) {
                return escapedOutcome(escaped, request, false);
            }
        }
        return outcomeOf(execution, request, restart);
    }

    /**
     * A failure that escaped the job operator: Spring Batch could not record the job's end, typically because H2
     * closed the database after running out of heap, and the error of that last update replaced the step's. It ends
     * as a failed run like any other: exit 1, one Chinese line, the stack trace in the log file only.
     */
    NightlyOutcome escapedOutcome(Throwable escaped, NightlyRequest r, boolean restarted) {
        OutOfMemory.record(escaped);
        log.error("作业未能正常结束，作业状态可能未能记录；详情见日志文件", escaped);
        String resume = "以同一运行日期重新执行 nightly 即从该步骤续跑。";
        String msg;
        if (OutOfMemory.explains(escaped)) {
            msg = "运行失败于步骤 （作业）：" + OutOfMemory.message(OutOfMemory.registrationRows(r.inputDir()), resume);
        } else {
            // restart() wraps whatever the run threw in a JobRestartException that says "already running": show the cause.
            Throwable shown = escaped instanceof JobRestartException && escaped.getCause() != null ? escaped.getCause() : escaped;
            msg = "运行失败于步骤 （作业）：" + PiiScrubber.scrub(rootMessage(shown)) + "。修复后" + resume;
        }
        return new NightlyOutcome(ExitCodes.FAILED, 0L, restarted, r.runDir(), msg);
    }

    /**
     * Marks what the previous execution left running as FAILED, so that Spring Batch restarts it instead of refusing
     * with "already running" or "cannot restart from UNKNOWN". The caller holds the data-directory lock, so nothing
     * of it still runs. {@link JobOperator#recover} (6.0.4) marks the running steps and the job FAILED, but leaves
     * alone a job recorded UNKNOWN and one it recovered before, and is called here only for a running job: a step left
     * running under a job recorded FAILED, and anything UNKNOWN, is what a step or job becomes when its final update
     * fails, as when H2 closed the database after running out of heap. Restarting from there is safe here: a step's
     * committed state is its execution context, and a restarted ingest step truncates its staging files back to it.
     */
    private JobExecution endUnfinished(JobExecution previous) {
        if (previous.getStatus().isRunning()) {
            log.info("上次运行（执行编号 {}）未正常结束，标记为失败后续跑", previous.getId());
            previous = jobOperator.recover(previous);
        }
        LocalDateTime now = LocalDateTime.now();
        for (StepExecution s : previous.getStepExecutions()) {
            if (unfinished(s.getStatus())) {
                log.info("上次运行的步骤 {} 未能记录结束（状态 {}），标记为失败后续跑", s.getStepName(), s.getStatus());
                s.setStatus(BatchStatus.FAILED);
                s.setExitStatus(new ExitStatus(ExitStatus.FAILED.getExitCode(), s.getExitStatus().getExitDescription()));
                if (s.getEndTime() == null) {
                    s.setEndTime(now);
                }
                jobRepository.update(s);
            }
        }
        if (unfinished(previous.getStatus())) {
            log.info("上次运行（执行编号 {}）未能记录结束（状态 {}），标记为失败后续跑", previous.getId(), previous.getStatus());
            previous.setStatus(BatchStatus.FAILED);
            previous.setExitStatus(new ExitStatus(ExitStatus.FAILED.getExitCode(), previous.getExitStatus().getExitDescription()));
            if (previous.getEndTime() == null) {
                previous.setEndTime(now);
            }
            jobRepository.update(previous);
        }
        return previous;
    }

    private static boolean unfinished(BatchStatus status) {
        return status.isRunning() || status == BatchStatus.UNKNOWN;
    }

    static JobParameters parameters(NightlyRequest r, long attempt) {
        return new JobParametersBuilder()
                .addLocalDate(NightlyJobConfiguration.PARAM_RUN_DATE, r.runDate(), true)
                .addString(NightlyJobConfiguration.PARAM_INPUT, r.inputDir().toString(), true)
                .addLong(NightlyJobConfiguration.PARAM_ATTEMPT, attempt, true)
                .addString(NightlyJobConfiguration.PARAM_OUT, r.outDir().toString(), false)
                .addString(NightlyJobConfiguration.PARAM_REVEAL_PII, Boolean.toString(r.revealPii()), false)
                .addLong(NightlyJobConfiguration.PARAM_THREADS, (long) r.threads(), false)
                .toJobParameters();
    }

    private boolean sameInput(JobExecution e, NightlyRequest r) {
        JobParameters p = e.getJobParameters();
        return Objects.equals(p.getString(NightlyJobConfiguration.PARAM_INPUT), r.inputDir().toString())
                && Objects.equals(p.getString(NightlyJobConfiguration.PARAM_OUT), r.outDir().toString());
    }

    /** The newest execution of any nightly job instance for this run date. */
    private Optional<JobExecution> lastExecutionFor(LocalDate runDate) {
        List<JobInstance> instances = jobRepository.findJobInstances(NightlyJobConfiguration.JOB_NAME);
        return instances.stream()
                .map(jobRepository::getLastJobExecution)
                .filter(Objects::nonNull)
                .filter(e -> runDate.equals(e.getJobParameters().getLocalDate(NightlyJobConfiguration.PARAM_RUN_DATE)))
                .max(Comparator.comparingLong(JobExecution::getId));
    }

    private NightlyOutcome outcomeOf(JobExecution e, NightlyRequest r, boolean restarted) {
        if (e.getStatus() == BatchStatus.COMPLETED) {
            boolean fileRejected = e.getExecutionContext().containsKey(NightlyJobConfiguration.CTX_FILES_REJECTED_WHOLE);
            List<String> missing = RunSummaryListener.read(r.runDir()).map(RunSummary::missingSources).orElse(List.of());
            String msg = "运行完成：" + r.runDir()
                    + (fileRejected ? "（有输入文件被整体拒绝、未能读完或含损坏的行，或有数据源不完整，详见 rejects.csv 与 run-summary.json）" : "")
                    + (missing.isEmpty() ? "" : "（缺少数据源 " + String.join("、", missing)
                            + "：依赖它们的规则未运行，详见 run-summary.json 的 skippedRules）");
            // outputs.md: a source with no file at all is exit 4, like a file rejected whole.
            return new NightlyOutcome(fileRejected || !missing.isEmpty() ? ExitCodes.FILE_REJECTED : ExitCodes.OK,
                    e.getId(), restarted, r.runDir(), msg);
        }
        String step = e.getStepExecutions().stream()
                // UNKNOWN: the step failed and so did saving its status (the database closed under it)
                .filter(s -> s.getStatus() == BatchStatus.FAILED || s.getStatus() == BatchStatus.UNKNOWN)
                .map(StepExecution::getStepName)
                .findFirst()
                .orElse("（作业）");
        String resume = "以同一运行日期重新执行 nightly 即从该步骤续跑。";
        e.getAllFailureExceptions().forEach(OutOfMemory::record);
        if (e.getAllFailureExceptions().stream().anyMatch(OutOfMemory::explains)
                || String.valueOf(e.getExitStatus().getExitDescription()).contains("OutOfMemoryError")) {
            long registrations = OutOfMemory.registrationRows(r.inputDir());
            return new NightlyOutcome(ExitCodes.FAILED, e.getId(), restarted, r.runDir(),
                    "运行失败于步骤 " + step + "：" + OutOfMemory.message(registrations, resume));
        }
        String cause = e.getAllFailureExceptions().stream()
                .map(NightlyLauncher::rootMessage)
                .findFirst()
                .orElse(e.getExitStatus().getExitDescription());
        String msg = "运行失败于步骤 " + step + "：" + PiiScrubber.scrub(cause) + "。修复后" + resume;
        return new NightlyOutcome(ExitCodes.FAILED, e.getId(), restarted, r.runDir(), msg);
    }

    private static String rootMessage(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        String m = c instanceof java.io.IOException io && FileProblems.isFileSystemProblem(io) ? FileProblems.describe(io)
                : c.getMessage() != null ? c.getMessage() : "内部错误，详见数据目录下的 logs/xgz.log";
        return t == c || t.getMessage() == null ? m : t.getMessage().contains(m) ? t.getMessage() : t.getMessage() + "（" + m + "）";
    }
}
