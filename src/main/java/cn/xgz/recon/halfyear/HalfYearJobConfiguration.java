package cn.xgz.recon.halfyear;

import cn.xgz.recon.config.XgzProperties;
import cn.xgz.recon.lifecycle.RunHistory;
import cn.xgz.recon.lifecycle.SubmissionFiguresStore;
import cn.xgz.recon.reference.RegionTable;
import cn.xgz.recon.submission.HalfYearSubmissionWriter;
import cn.xgz.recon.submission.Period;
import cn.xgz.recon.submission.PeriodSubmission;
import cn.xgz.recon.submission.UntrueReviews;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The half-year job: one step that takes the county figures of the latest completed nightly run whose date
 * falls in the period's window (its last day up to 31 days after) and writes the submission folder. Kept in
 * the job repository beside the nightly runs, so {@code status} lists submissions too.
 */
@Configuration
public class HalfYearJobConfiguration {

    public static final String JOB_NAME = "half-year";
    public static final String STEP_SUBMIT = "submit";
    public static final String PARAM_PERIOD = "period";
    public static final String PARAM_OUT = "out";
    public static final String PARAM_REPLACE = "replace";
    public static final String PARAM_REQUESTED_AT = "requestedAt";
    /** The jurisdiction's code (province or city), already checked by the launcher. */
    public static final String PARAM_REGION = "region";
    /** Job context: where the submission was written, and what it replaced. */
    public static final String CTX_FOLDER = "folder";
    public static final String CTX_REPLACED = "replaced";
    public static final String CTX_SOURCE_RUN = "sourceRunDate";

    private static final Logger log = LoggerFactory.getLogger(HalfYearJobConfiguration.class);

    @Bean(JOB_NAME)
    Job halfYearJob(JobRepository jobRepository, @Qualifier(STEP_SUBMIT) Step submit) {
        return new JobBuilder(JOB_NAME, jobRepository)
                // submit: figures of the period's nightly run → form, CSV and manifest
                .start(submit)
                .build();
    }

    @Bean(STEP_SUBMIT)
    Step submitStep(JobRepository jobRepository, PlatformTransactionManager tm, RunHistory history,
            RegionTable regions, XgzProperties props, SubmissionFiguresStore store, ObjectProvider<UntrueReviews> reviews) {
        return new StepBuilder(STEP_SUBMIT, jobRepository)
                .tasklet((contribution, chunk) -> {
                    var job = contribution.getStepExecution().getJobExecution();
                    JobParameters p = job.getJobParameters();
                    Period period = Period.parse(p.getString(PARAM_PERIOD));
                    PeriodSubmission.Submitted done = new PeriodSubmission(history, store, regions, props.reportingUnit(),
                            reviews.getIfAvailable(() -> UntrueReviews.NONE))
                            .submit(period, p.getString(PARAM_REGION), Path.of(p.getString(PARAM_OUT)),
                                    Boolean.parseBoolean(p.getString(PARAM_REPLACE)));
                    HalfYearSubmissionWriter.Written w = done.written();
                    job.getExecutionContext().putString(CTX_FOLDER, w.folder().toString());
                    job.getExecutionContext().putString(CTX_SOURCE_RUN, done.sourceRunDate().toString());
                    if (w.replaced() != null) {
                        job.getExecutionContext().putString(CTX_REPLACED, w.replaced().toString());
                        log.info("原 {} 报送已保留为 {}", period, w.replaced().getFileName());
                    }
                    log.info("{} 报送已写出：{}（数据来自 {} 的比对运行）", period, w.folder(), done.sourceRunDate());
                    return RepeatStatus.FINISHED;
                }, tm)
                .build();
    }
}
