package cn.xgz.recon.nightly;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The nightly job, top to bottom in the order it runs. Each step is declared beside the code it wires; this
 * class only strings them together. A failed run restarted with the same run date resumes at the step that
 * failed: the steps before it are complete and are not run again.
 */
@Configuration
public class NightlyJobConfiguration {

    public static final String JOB_NAME = "nightly";

    public static final String PARAM_RUN_DATE = "runDate";
    public static final String PARAM_INPUT = "input";
    public static final String PARAM_ATTEMPT = "attempt";
    public static final String PARAM_OUT = "out";
    public static final String PARAM_REVEAL_PII = "revealPii";
    public static final String PARAM_THREADS = "threads";

    /** Job context flag: at least one input file was rejected whole (exit code 4). */
    public static final String CTX_FILES_REJECTED_WHOLE = "filesRejectedWhole";

    public static final String STEP_PREPARE = "prepare";
    public static final String STEP_INGEST = "ingest";
    public static final String STEP_RECONCILE = "reconcile";
    public static final String STEP_LIFECYCLE = "lifecycle";
    public static final String STEP_WRITE_CSV = "write-csv";
    public static final String STEP_WRITE_WORKBOOKS = "write-workbooks";
    public static final String STEP_FINISH = "finish";

    @Bean(JOB_NAME)
    Job nightlyJob(
            JobRepository jobRepository,
            RunSummaryListener summaryListener,
            @Qualifier(STEP_PREPARE) Step prepare,
            @Qualifier(STEP_INGEST) Step ingest,
            @Qualifier(STEP_RECONCILE) Step reconcile,
            @Qualifier(STEP_LIFECYCLE) Step lifecycle,
            @Qualifier(STEP_WRITE_CSV) Step writeCsv,
            @Qualifier(STEP_WRITE_WORKBOOKS) Step writeWorkbooks,
            @Qualifier(STEP_FINISH) Step finish) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .listener(summaryListener)
                // prepare: list the input folder by source, clear the run folder, open the workspace
                .start(prepare)
                // ingest: the six sources in parallel, each row loaded into staging or rejected
                .next(ingest)
                // reconcile: name resolution, figures, rules R01–R13, joint-branch proposals
                .next(reconcile)
                // lifecycle: NEW / OPEN / RESOLVED against the latest earlier completed run
                .next(lifecycle)
                // write-csv: findings.csv, joint-branch-proposals.csv, rejects.csv
                .next(writeCsv)
                // write-workbooks: the gap workbook and one per city
                .next(writeWorkbooks)
                // finish: the run stands for its date; county figures for the half-year form
                .next(finish)
                .build();
    }
}
