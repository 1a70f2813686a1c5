package cn.xgz.recon.nightly;

import cn.xgz.recon.common.PersonKeys;
import cn.xgz.recon.config.XgzProperties;
import cn.xgz.recon.ingest.IngestContext;
import cn.xgz.recon.ingest.RowOutcome;
import cn.xgz.recon.ingest.batch.ExpectedRows;
import cn.xgz.recon.ingest.batch.StagedRows;
import cn.xgz.recon.ingest.batch.StagingWriter;
import cn.xgz.recon.reference.IndustryTable;
import cn.xgz.recon.reference.RegionTable;
import cn.xgz.recon.source.Source;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.listener.StepListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The nightly job, top to bottom in the order it runs: its parameters, steps and listeners. The steps are thin
 * adapters over the feature packages' plain code. Data between steps: ingest stages the rows in the run's workspace
 * (and hands them on in memory, {@link RunData}); reconcile makes the reconciliation in memory; lifecycle stores the
 * findings with their statuses; the writing steps read both. A failed run restarted with the same run date resumes
 * at the step that failed: the steps before it are complete and are not run again, except reconcile, whose result
 * lives in memory and is made again by the step itself.
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

    private static final String INGEST_PREFIX = "ingest-";

    /** The kill hook of the crash/restart tests, on every step only when a test asks for it. */
    private final Optional<FaultInjection> faults = FaultInjection.fromSettings();

    /**
     * Notes a step's out-of-memory error as the step ends, before the job's own bookkeeping, which fails on the database
     * H2 closed and may replace the error: the closed database's errors then still read as 「内存不足」 (OutOfMemory.explains).
     * Once one is noted, a step does not start (the ingest flows still waiting for a thread): the run has failed, and
     * its work would only keep the full heap in minutes of back-to-back collections before the failure is reported.
     */
    private static final StepExecutionListener RECORD_OUT_OF_MEMORY = new StepExecutionListener() {
        @Override
        public void beforeStep(StepExecution step) {
            if (OutOfMemory.recorded()) {
                throw new OutOfMemoryError("Java heap space: an earlier step of this run ran out of heap; "
                        + step.getStepName() + " not started");
            }
        }

        @Override
        public ExitStatus afterStep(StepExecution step) {
            step.getFailureExceptions().forEach(OutOfMemory::record);
            return null;
        }
    };

    /** The step name of a source's ingest, e.g. {@code ingest-registrations}. */
    public static String ingestStepName(Source source) {
        return INGEST_PREFIX + source.prefix();
    }

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
                // run-summary.json from every step's figures, when the job ends completed or failed
                .listener(summaryListener)
                .start(prepare)
                .next(ingest)
                .next(reconcile)
                .next(lifecycle)
                .next(writeCsv)
                .next(writeWorkbooks)
                .next(finish)
                .build();
    }

    // prepare: list the input folder by source, start the run folder empty, open the workspace
    @Bean(STEP_PREPARE)
    Step prepareStep(JobRepository jobRepository, PlatformTransactionManager tm, RunWorkspace workspace) {
        return tasklet(STEP_PREPARE, jobRepository, tm, new PrepareTasklet(workspace)).build();
    }

    // ingest: the six sources in parallel; each row staged (work/<instance>/<source>.loaded.bin) or rejected
    // (<source>.rejects.bin), committed lengths in the step context; a source read whole → RunData.rowsLoaded
    @Bean(STEP_INGEST)
    Step ingestStep(JobRepository jobRepository, PlatformTransactionManager tm, XgzProperties props,
            ItemStreamReader<RowOutcome<Object>> sourceReader, StagingWriter<Object> stagingWriter) {
        // registrations and annual reports, the two big ones, each get a core; each task runs in the job's scope
        SplitExecutor executor = new SplitExecutor("ingest-",
                Math.min(Source.values().length, Runtime.getRuntime().availableProcessors()));
        Flow[] perSource = Arrays.stream(Source.values())
                .map(s -> new FlowBuilder<Flow>("flow-" + s.prefix())
                        .start(sourceStep(s, jobRepository, tm, props.ingest().chunkSize(), sourceReader, stagingWriter))
                        .build())
                .toArray(Flow[]::new);
        Flow split = new FlowBuilder<Flow>("ingest-split").split(executor).add(perSource).build();
        return new StepBuilder(STEP_INGEST, jobRepository).flow(split).build();
    }

    private Step sourceStep(Source source, JobRepository jobRepository, PlatformTransactionManager tm, int chunkSize,
            ItemStreamReader<RowOutcome<Object>> reader, StagingWriter<Object> writer) {
        // A rejected row is an item, not a skip: it is the product's output (rejects.csv, the workbook's 拒收 counts),
        // written in order with the loaded rows and restarted with them, so the steps' skip counts stay 0.
        var step = new StepBuilder(ingestStepName(source), jobRepository)
                .<RowOutcome<Object>, RowOutcome<Object>>chunk(chunkSize)
                .transactionManager(tm)
                .reader(new DirectReader<>(reader))
                .writer(writer)
                .listener((StepListener) writer)
                .listener((StepListener) new ProgressListener(ingestStepName(source), jobRepository))
                .listener(RECORD_OUT_OF_MEMORY);
        faults.ifPresent(f -> step.listener((StepListener) f));
        return step.build();
    }

    /** The source's reader of this step execution: its files in the input folder, read for the run date. */
    @Bean
    @StepScope
    ItemStreamReader<RowOutcome<Object>> sourceReader(@Value("#{stepExecution}") StepExecution step,
            @Value("#{jobParameters['" + PARAM_INPUT + "']}") String input,
            @Value("#{jobParameters['" + PARAM_RUN_DATE + "']}") LocalDate runDate,
            XgzProperties props, RegionTable regions, IndustryTable industries, PersonKeys personKeys,
            JobRepository jobRepository) {
        return StagedRows.reader(sourceOf(step), Path.of(input), new IngestContext(runDate, regions, industries),
                props.limits().toReadLimits(), personKeys, expectedRows(step, input, jobRepository));
    }

    /** The source's staging writer of this step execution, in the run's workspace; whole rows go to {@link RunData}. */
    @Bean
    @StepScope
    StagingWriter<Object> stagingWriter(@Value("#{stepExecution}") StepExecution step,
            @Value("#{jobParameters['" + PARAM_INPUT + "']}") String input, RunWorkspace workspace, RunData data,
            JobRepository jobRepository) {
        Source source = sourceOf(step);
        return StagedRows.writer(source, workspace.of(step.getJobExecution().getJobInstanceId()),
                rows -> data.rowsLoaded(source, rows), expectedRows(step, input, jobRepository));
    }

    /** The rows a source's tables are sized for: the last completed run's, else an estimate from the input files. */
    private static int expectedRows(StepExecution step, String input, JobRepository jobRepository) {
        return StagedRows.expectedRows(sourceOf(step), Path.of(input), ExpectedRows.previousRun(jobRepository, step));
    }

    // reconcile: staged rows (RunData, else the staging files) → name resolution, figures, rules R01–R13, joint-branch
    // proposals → RunData.reconciled; made again on a restart, since it lives in memory only
    @Bean(STEP_RECONCILE)
    Step reconcileStep(JobRepository jobRepository, PlatformTransactionManager tm, ReconcileTasklet reconcile) {
        return tasklet(STEP_RECONCILE, jobRepository, tm, reconcile).allowStartIfComplete(true).build();
    }

    // lifecycle: RunData's reconciliation against the latest earlier completed run → NEW / OPEN / RESOLVED findings,
    // stored in the run history (read back from there after a restart) and → RunData.findingsWithStatus
    @Bean(STEP_LIFECYCLE)
    Step lifecycleStep(JobRepository jobRepository, PlatformTransactionManager tm, LifecycleTasklet lifecycle) {
        return tasklet(STEP_LIFECYCLE, jobRepository, tm, lifecycle).build();
    }

    // write-csv: findings, proposals and the staged rejects → findings.csv, joint-branch-proposals.csv, rejects.csv
    @Bean(STEP_WRITE_CSV)
    Step writeCsvStep(JobRepository jobRepository, PlatformTransactionManager tm, OutputTasklets outputs) {
        return tasklet(STEP_WRITE_CSV, jobRepository, tm, outputs::writeCsv).build();
    }

    // write-workbooks: reconciliation, findings, rejects and the staged addresses → the gap workbook and one per city
    @Bean(STEP_WRITE_WORKBOOKS)
    Step writeWorkbooksStep(JobRepository jobRepository, PlatformTransactionManager tm, OutputTasklets outputs) {
        return tasklet(STEP_WRITE_WORKBOOKS, jobRepository, tm, outputs::writeWorkbooks).build();
    }

    // finish: county and platform figures stored for the half-year form, the run folder published, the run stands
    // for its date, the workspace removed
    @Bean(STEP_FINISH)
    Step finishStep(JobRepository jobRepository, PlatformTransactionManager tm, OutputTasklets outputs) {
        return tasklet(STEP_FINISH, jobRepository, tm, outputs::finish).build();
    }

    private org.springframework.batch.core.step.builder.TaskletStepBuilder tasklet(String name,
            JobRepository jobRepository, PlatformTransactionManager tm, Tasklet tasklet) {
        StepBuilder step = new StepBuilder(name, jobRepository);
        step.listener(RECORD_OUT_OF_MEMORY);
        faults.ifPresent(f -> step.listener((StepExecutionListener) f));
        return step.tasklet(tasklet, tm);
    }

    private static Source sourceOf(StepExecution step) {
        for (Source s : Source.values()) {
            if (ingestStepName(s).equals(step.getStepName())) {
                return s;
            }
        }
        throw new IllegalStateException("not an ingest step: " + step.getStepName());
    }

    static LocalDate runDate(JobExecution job) {
        return job.getJobParameters().getLocalDate(PARAM_RUN_DATE);
    }

    static Path input(JobExecution job) {
        return Path.of(job.getJobParameters().getString(PARAM_INPUT));
    }

    static Path out(JobExecution job) {
        return Path.of(job.getJobParameters().getString(PARAM_OUT));
    }

    static boolean revealPii(JobExecution job) {
        return Boolean.parseBoolean(job.getJobParameters().getString(PARAM_REVEAL_PII));
    }

    static int threads(JobExecution job) {
        return job.getJobParameters().getLong(PARAM_THREADS, 2L).intValue();
    }
}
