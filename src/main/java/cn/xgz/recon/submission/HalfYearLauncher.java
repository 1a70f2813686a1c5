package cn.xgz.recon.submission;

import cn.xgz.recon.common.ExitCodes;
import cn.xgz.recon.common.PiiScrubber;
import cn.xgz.recon.nightly.NightlyLauncher;
import cn.xgz.recon.nightly.NightlyOutcome;
import cn.xgz.recon.nightly.NightlyRequest;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * {@code half-year}: with an input folder, first the nightly reconciliation as of the period's last day; then
 * the submission from the period's nightly run.
 */
@Component
public class HalfYearLauncher {

    private final JobOperator jobOperator;
    private final Job halfYearJob;
    private final NightlyLauncher nightly;

    public HalfYearLauncher(JobOperator jobOperator, @Qualifier(HalfYearJobConfiguration.JOB_NAME) Job halfYearJob,
            NightlyLauncher nightly) {
        this.jobOperator = jobOperator;
        this.halfYearJob = halfYearJob;
        this.nightly = nightly;
    }

    /** The outcome for the console. */
    public record Outcome(int exitCode, String message) {}

    public Outcome run(Period period, Path out, Path input, boolean replace, int threads) throws Exception {
        if (input != null) {
            NightlyOutcome n = nightly.run(new NightlyRequest(period.lastDay(), input, out, false, threads));
            if (n.exitCode() != ExitCodes.OK && n.exitCode() != ExitCodes.FILE_REJECTED) {
                return new Outcome(n.exitCode(), "报送前的比对运行失败：" + n.message());
            }
        }
        JobExecution e = jobOperator.start(halfYearJob, new JobParametersBuilder()
                .addString(HalfYearJobConfiguration.PARAM_PERIOD, period.toString(), true)
                .addString(HalfYearJobConfiguration.PARAM_REQUESTED_AT, LocalDateTime.now().toString(), true)
                .addString(HalfYearJobConfiguration.PARAM_OUT, out.toString(), false)
                .addString(HalfYearJobConfiguration.PARAM_REPLACE, Boolean.toString(replace), false)
                .toJobParameters());
        if (e.getStatus() == BatchStatus.COMPLETED) {
            String folder = e.getExecutionContext().getString(HalfYearJobConfiguration.CTX_FOLDER);
            String replaced = e.getExecutionContext().containsKey(HalfYearJobConfiguration.CTX_REPLACED)
                    ? "；原报送保留为 " + e.getExecutionContext().getString(HalfYearJobConfiguration.CTX_REPLACED) : "";
            return new Outcome(ExitCodes.OK, period.chineseName() + "报送已写出：" + folder + "（数据来自 "
                    + e.getExecutionContext().getString(HalfYearJobConfiguration.CTX_SOURCE_RUN) + " 的比对运行）" + replaced);
        }
        String cause = e.getAllFailureExceptions().stream()
                .map(t -> t instanceof SubmissionExistsException || t.getCause() == null ? t : t.getCause())
                .map(t -> String.valueOf(t.getMessage()))
                .findFirst().orElse(e.getExitStatus().getExitDescription());
        return new Outcome(ExitCodes.FAILED, "半年报送失败：" + PiiScrubber.scrub(cause));
    }
}
