package cn.xgz.recon.halfyear;

import cn.xgz.recon.common.ExitCodes;
import cn.xgz.recon.common.PiiScrubber;
import cn.xgz.recon.config.XgzProperties;
import cn.xgz.recon.nightly.NightlyLauncher;
import cn.xgz.recon.nightly.NightlyOutcome;
import cn.xgz.recon.nightly.NightlyRequest;
import cn.xgz.recon.reference.RegionTable;
import cn.xgz.recon.submission.Jurisdiction;
import cn.xgz.recon.submission.Period;
import cn.xgz.recon.submission.SubmissionExistsException;
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
    private final RegionTable regions;
    private final XgzProperties props;

    public HalfYearLauncher(JobOperator jobOperator, @Qualifier(HalfYearJobConfiguration.JOB_NAME) Job halfYearJob,
            NightlyLauncher nightly, RegionTable regions, XgzProperties props) {
        this.jobOperator = jobOperator;
        this.halfYearJob = halfYearJob;
        this.nightly = nightly;
        this.regions = regions;
        this.props = props;
    }

    /** The outcome for the console. */
    public record Outcome(int exitCode, String message) {}

    /**
     * Runs the submission.
     *
     * @param region the jurisdiction from {@code --region}, null for the setting {@code xgz.jurisdiction}
     */
    public Outcome run(Period period, Path out, Path input, boolean replace, int threads, String region) throws Exception {
        String code = region != null ? region : props.jurisdiction();
        try {
            Jurisdiction.of(regions, code, region != null ? "--region" : Jurisdiction.SETTING + "（环境变量 XGZ_JURISDICTION）");
        } catch (IllegalArgumentException e) {
            return new Outcome(ExitCodes.USAGE, (region != null ? "参数错误：" : "配置错误：") + e.getMessage());
        }
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
                .addString(HalfYearJobConfiguration.PARAM_REGION, code == null ? "" : code.trim(), false)
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
