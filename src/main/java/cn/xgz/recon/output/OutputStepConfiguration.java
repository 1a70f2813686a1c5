package cn.xgz.recon.output;

import cn.xgz.recon.common.ContextJson;
import cn.xgz.recon.common.PersonKeys;
import cn.xgz.recon.feedback.RegisteredUsccs;
import cn.xgz.recon.feedback.RunFeedback;
import cn.xgz.recon.feedback.RunReviews;
import cn.xgz.recon.feedback.ScopeSignature;
import cn.xgz.recon.feedback.WorkbookFeedback;
import cn.xgz.recon.ingest.Reject;
import cn.xgz.recon.ingest.SourceFiles;
import cn.xgz.recon.ingest.batch.StagedSources;
import cn.xgz.recon.lifecycle.RunHistory;
import cn.xgz.recon.lifecycle.RunPoints;
import cn.xgz.recon.lifecycle.SubmissionFiguresStore;
import cn.xgz.recon.nightly.FaultInjection;
import cn.xgz.recon.nightly.NightlyJobConfiguration;
import cn.xgz.recon.nightly.RunSummaryListener;
import cn.xgz.recon.nightly.RunWorkspace;
import cn.xgz.recon.reconcile.RunResults;
import cn.xgz.recon.reference.RegionTable;
import cn.xgz.recon.report.EntityContacts;
import cn.xgz.recon.report.GapReportInput;
import cn.xgz.recon.report.GapWorkbookWriter;
import cn.xgz.recon.report.RejectCount;
import cn.xgz.recon.report.SourceDates;
import cn.xgz.recon.rules.Finding;
import cn.xgz.recon.rules.ReconciliationResult;
import cn.xgz.recon.source.Source;
import com.fasterxml.jackson.core.type.TypeReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The steps that write the run folder: the CSVs, the workbooks, and the finish that makes the run stand for its
 * date. Every file is written atomically; a step that fails leaves no partial file under a final name.
 */
@Configuration
class OutputStepConfiguration {

    private static final Logger log = LoggerFactory.getLogger(OutputStepConfiguration.class);

    @Bean(NightlyJobConfiguration.STEP_WRITE_CSV)
    Step writeCsvStep(JobRepository jobRepository, PlatformTransactionManager tm, RunResults results,
            StagedSources staged, RunFeedback feedback, FaultInjection faults, RunWorkspace workspace) {
        return new StepBuilder(NightlyJobConfiguration.STEP_WRITE_CSV, jobRepository)
                .tasklet((contribution, chunk) -> {
                    JobExecution job = contribution.getStepExecution().getJobExecution();
                    Path runDir = runDir(job, workspace);
                    List<Finding> findings = results.findings(job);
                    RunReviews reviews = feedback.reviews(findings, runDate(job));
                    FindingsCsv.write(runDir, runDate(job), findings, reviews::columns);
                    ProposalsCsv.write(runDir, results.result(job).proposals());
                    List<Reject> rejects = staged.rejects(job);
                    RejectsCsv.write(runDir, rejects);
                    if (staged.anyFileRejectedWhole(job)) {
                        job.getExecutionContext().putString(NightlyJobConfiguration.CTX_FILES_REJECTED_WHOLE, "true");
                    }
                    log.info("已写出 findings.csv（{} 条）、joint-branch-proposals.csv、rejects.csv（{} 行）",
                            String.format("%,d", findings.size()), String.format("%,d", rejects.size()));
                    contribution.incrementWriteCount(findings.size());
                    return RepeatStatus.FINISHED;
                }, tm)
                .listener((org.springframework.batch.core.listener.StepExecutionListener) faults)
                .build();
    }

    @Bean(NightlyJobConfiguration.STEP_WRITE_WORKBOOKS)
    Step writeWorkbooksStep(JobRepository jobRepository, PlatformTransactionManager tm, RunResults results,
            StagedSources staged, RegionTable regions, PersonKeys personKeys, RunPoints runPoints, RunFeedback feedback,
            ScopeSignature signature, FaultInjection faults, RunWorkspace workspace) {
        return new StepBuilder(NightlyJobConfiguration.STEP_WRITE_WORKBOOKS, jobRepository)
                .tasklet((contribution, chunk) -> {
                    JobExecution job = contribution.getStepExecution().getJobExecution();
                    Path input = Path.of(job.getJobParameters().getString(NightlyJobConfiguration.PARAM_INPUT));
                    boolean reveal = Boolean.parseBoolean(job.getJobParameters().getString(NightlyJobConfiguration.PARAM_REVEAL_PII));
                    List<Finding> findings = results.findings(job);
                    if (reveal) {
                        findings = PersonReveal.reveal(findings, staged.load(job), personKeys);
                        log.warn("按 --reveal-pii 在工作簿中显示未脱敏的姓名与身份证号（内部资料 注意保密）");
                    }
                    WorkbookFeedback wf = new WorkbookFeedback(feedback.reviews(findings, runDate(job)), signature,
                            regions.province().code());
                    GapReportInput in = new GapReportInput(results.result(job), findings,
                            SourceDates.scan(input, ZoneId.systemDefault()), rejectCounts(staged.rejects(job)), regions,
                            reveal).withSourceProblems(incompleteSources(jobRepository, job), SourceFiles.unmatchedTables(input))
                            .withFeedback(wf);
                    Map<String, String> addresses = GapWorkbookWriter.addressesWanted(in);
                    staged.addresses(job, addresses);
                    in = in.with(runPoints.before(runDate(job), GapWorkbookWriter.PAST_RUNS_SHOWN), EntityContacts.of(addresses));
                    int threads = job.getJobParameters().getLong(NightlyJobConfiguration.PARAM_THREADS, 2L).intValue();
                    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
                    try {
                        List<Path> written = new GapWorkbookWriter().writeAll(in, runDir(job, workspace), pool);
                        log.info("已写出差异报告工作簿 {} 个", written.size());
                        contribution.incrementWriteCount(written.size());
                    } finally {
                        pool.shutdownNow();
                    }
                    return RepeatStatus.FINISHED;
                }, tm)
                .listener((org.springframework.batch.core.listener.StepExecutionListener) faults)
                .build();
    }

    @Bean(NightlyJobConfiguration.STEP_FINISH)
    Step finishStep(JobRepository jobRepository, PlatformTransactionManager tm, RunResults results,
            RunHistory history, SubmissionFiguresStore submissionFigures, RunPoints runPoints, RegisteredUsccs registered,
            RunFeedback feedback, RunWorkspace workspace, FaultInjection faults, RunSummaryListener summary) {
        return new StepBuilder(NightlyJobConfiguration.STEP_FINISH, jobRepository)
                .tasklet((contribution, chunk) -> {
                    JobExecution job = contribution.getStepExecution().getJobExecution();
                    ReconciliationResult r = results.result(job);
                    history.storeCountyFigures(job.getJobInstanceId(), r.counties());
                    submissionFigures.store(job.getJobInstanceId(), r.platforms(), r.absentSources());
                    // Counted as this run's 汇总 counts them (excluded findings left out), so that 趋势 draws the
                    // same figure for this date tomorrow as it does today.
                    List<Finding> findings = results.findings(job);
                    RunReviews reviews = feedback.reviews(findings, runDate(job));
                    runPoints.storeFindingCounts(job.getJobInstanceId(),
                            reviews.anyExcluded() ? findings.stream().filter(f -> !reviews.excluded(f)).toList() : findings);
                    registered.store(job.getJobInstanceId(), r.entities().registered());
                    // The new folder replaces the previous one whole, with its summary (rewritten when the job ends).
                    Path building = runDir(job, workspace);
                    if (Files.isDirectory(building)) {
                        summary.writeInto(job, building);
                    }
                    RunFolder.publish(out(job), runDate(job), workspace.dataDir());
                    LocalDateTime started = jobRepository.getJobExecutions(job.getJobInstance()).stream()
                            .map(JobExecution::getStartTime)
                            .filter(t -> t != null)
                            .min(LocalDateTime::compareTo)
                            .orElse(LocalDateTime.now());
                    history.complete(new RunHistory.CompletedRun(runDate(job), job.getJobInstanceId(), job.getId(),
                            job.getJobParameters().getString(NightlyJobConfiguration.PARAM_INPUT),
                            job.getJobParameters().getString(NightlyJobConfiguration.PARAM_OUT),
                            results.findings(job).size(),
                            Boolean.parseBoolean(job.getJobParameters().getString(NightlyJobConfiguration.PARAM_REVEAL_PII)),
                            started, LocalDateTime.now()));
                    workspace.delete(job.getJobInstanceId());
                    return RepeatStatus.FINISHED;
                }, tm)
                .listener((org.springframework.batch.core.listener.StepExecutionListener) faults)
                .build();
    }

    /** What the lifecycle step found incomplete (inputs.md), per source. */
    private static Map<Source, String> incompleteSources(JobRepository repo, JobExecution job) {
        var se = repo.getLastStepExecution(job.getJobInstance(), NightlyJobConfiguration.STEP_LIFECYCLE);
        Map<String, String> byPrefix = se == null ? Map.of() : ContextJson.get(se.getExecutionContext(),
                RunSummaryListener.CTX_INCOMPLETE_SOURCES, new TypeReference<Map<String, String>>() {}, Map.of());
        Map<Source, String> out = new java.util.EnumMap<>(Source.class);
        for (Source s : Source.values()) {
            if (byPrefix.containsKey(s.prefix())) {
                out.put(s, byPrefix.get(s.prefix()));
            }
        }
        return out;
    }

    static List<RejectCount> rejectCounts(List<Reject> rejects) {
        Map<String, RejectCount> counts = new LinkedHashMap<>();
        for (Reject r : rejects) {
            String key = r.source() + "|" + r.file() + "|" + r.reason();
            RejectCount c = counts.get(key);
            counts.put(key, new RejectCount(r.source(), r.file(), r.reason(), c == null ? 1 : c.count() + 1));
        }
        return new ArrayList<>(counts.values());
    }

    private static LocalDate runDate(JobExecution job) {
        return job.getJobParameters().getLocalDate(NightlyJobConfiguration.PARAM_RUN_DATE);
    }

    /** The folder the run writes into: built beside {@code OUT/<date>}, swapped in by the finish step. */
    private static Path runDir(JobExecution job, RunWorkspace workspace) {
        return RunFolder.building(out(job), runDate(job), workspace.dataDir());
    }

    private static Path out(JobExecution job) {
        return Path.of(job.getJobParameters().getString(NightlyJobConfiguration.PARAM_OUT));
    }
}
