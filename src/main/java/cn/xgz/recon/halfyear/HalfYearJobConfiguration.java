package cn.xgz.recon.halfyear;

import cn.xgz.recon.config.XgzProperties;
import cn.xgz.recon.lifecycle.RunHistory;
import cn.xgz.recon.lifecycle.SubmissionFiguresStore;
import cn.xgz.recon.reference.RegionTable;
import cn.xgz.recon.submission.HalfYearSubmission;
import cn.xgz.recon.submission.HalfYearSubmissionWriter;
import cn.xgz.recon.submission.Jurisdiction;
import cn.xgz.recon.submission.Period;
import cn.xgz.recon.submission.SuspectedCounts;
import cn.xgz.recon.submission.UntrueReviews;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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
                    Path out = Path.of(p.getString(PARAM_OUT));
                    boolean replace = Boolean.parseBoolean(p.getString(PARAM_REPLACE));
                    LocalDate from = period.lastDay();
                    LocalDate to = from.plusDays(Period.RUN_DATE_GRACE_DAYS);
                    RunHistory.CompletedRun run = history.latestBetween(from, to).orElseThrow(() ->
                            new IllegalStateException("没有可用于 " + period + " 报送的每日比对运行（需运行日期在 " + from
                                    + " 至 " + to + " 之间且已完成）；可用 --input 指定数据目录先按 " + from + " 运行比对"));
                    Jurisdiction area = Jurisdiction.of(regions, p.getString(PARAM_REGION), Jurisdiction.SETTING);
                    long instance = run.jobInstanceId();
                    HalfYearSubmission s = HalfYearSubmission.fromRun(period, regions, area, history.countyFiguresOf(instance),
                            store.platformsOf(instance), store.absentSourcesOf(instance), props.reportingUnit(), run.runDate(),
                            Long.toString(run.jobExecutionId()), LocalDate.now());
                    SuspectedCounts.Adjusted adjusted = SuspectedCounts.withoutUntrue(s.counties(),
                            () -> history.findingsOf(instance), reviews.getIfAvailable(() -> UntrueReviews.NONE).asOf(run.runDate()));
                    if (adjusted.leftOut() > 0) {
                        s = s.withCounties(adjusted.counties()).withNotes(List.of("经核实不属实的疑似口袋党员、隐形党员线索 "
                                + adjusted.leftOut() + " 条未计入。"));
                    }
                    HalfYearSubmissionWriter.Written w = new HalfYearSubmissionWriter(Clock.systemDefaultZone())
                            .write(s, out, replace);
                    job.getExecutionContext().putString(CTX_FOLDER, w.folder().toString());
                    job.getExecutionContext().putString(CTX_SOURCE_RUN, run.runDate().toString());
                    if (w.replaced() != null) {
                        job.getExecutionContext().putString(CTX_REPLACED, w.replaced().toString());
                        log.info("原 {} 报送已保留为 {}", period, w.replaced().getFileName());
                    }
                    log.info("{} 报送已写出：{}（数据来自 {} 的比对运行）", period, w.folder(), run.runDate());
                    return RepeatStatus.FINISHED;
                }, tm)
                .build();
    }
}
