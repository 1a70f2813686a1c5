package cn.xgz.recon.nightly;

import cn.xgz.recon.common.ContextJson;
import cn.xgz.recon.common.PersonKeys;
import cn.xgz.recon.feedback.RegisteredUsccs;
import cn.xgz.recon.feedback.RunFeedback;
import cn.xgz.recon.feedback.RunReviews;
import cn.xgz.recon.feedback.ScopeSignature;
import cn.xgz.recon.feedback.WorkbookFeedback;
import cn.xgz.recon.ingest.Reject;
import cn.xgz.recon.ingest.SourceFiles;
import cn.xgz.recon.ingest.batch.StagedRows;
import cn.xgz.recon.lifecycle.RunHistory;
import cn.xgz.recon.lifecycle.RunPoints;
import cn.xgz.recon.lifecycle.SubmissionFiguresStore;
import cn.xgz.recon.output.FindingsCsv;
import cn.xgz.recon.output.PersonReveal;
import cn.xgz.recon.output.ProposalsCsv;
import cn.xgz.recon.output.RejectsCsv;
import cn.xgz.recon.output.RunFolder;
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
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * The steps that write the run folder: the CSVs, the workbooks, and the finish that makes the run stand for its
 * date. Every file is written atomically; a step that fails leaves no partial file under a final name. They read the
 * reconciliation and the findings from {@link RunData}, the rejects and addresses from the staging files.
 */
@Component
class OutputTasklets {

    private static final Logger log = LoggerFactory.getLogger(OutputTasklets.class);

    private final JobRepository jobRepository;
    private final RunData data;
    private final RunWorkspace workspace;
    private final RunHistory history;
    private final RunFeedback feedback;
    private final ScopeSignature signature;
    private final RegionTable regions;
    private final PersonKeys personKeys;
    private final RunPoints runPoints;
    private final SubmissionFiguresStore submissionFigures;
    private final RegisteredUsccs registered;
    private final RunSummaryListener summary;

    OutputTasklets(JobRepository jobRepository, RunData data, RunWorkspace workspace, RunHistory history,
            RunFeedback feedback, ScopeSignature signature, RegionTable regions, PersonKeys personKeys,
            RunPoints runPoints, SubmissionFiguresStore submissionFigures, RegisteredUsccs registered,
            RunSummaryListener summary) {
        this.jobRepository = jobRepository;
        this.data = data;
        this.workspace = workspace;
        this.history = history;
        this.feedback = feedback;
        this.signature = signature;
        this.regions = regions;
        this.personKeys = personKeys;
        this.runPoints = runPoints;
        this.submissionFigures = submissionFigures;
        this.registered = registered;
        this.summary = summary;
    }

    /** write-csv: findings.csv, joint-branch-proposals.csv, rejects.csv. */
    RepeatStatus writeCsv(StepContribution contribution, ChunkContext chunk) throws IOException {
        JobExecution job = contribution.getStepExecution().getJobExecution();
        IngestRecord ingest = new IngestRecord(jobRepository, job.getJobInstance());
        Path runDir = runDir(job);
        List<Finding> findings = findings(job);
        RunReviews reviews = feedback.reviews(findings, NightlyJobConfiguration.runDate(job));
        FindingsCsv.write(runDir, NightlyJobConfiguration.runDate(job), findings, reviews::columns,
                NightlyJobConfiguration.threads(job));
        ProposalsCsv.write(runDir, data.reconciliation().proposals());
        List<Reject> rejects = rejects(job, ingest);
        RejectsCsv.write(runDir, rejects);
        if (ingest.anyFileRejectedWhole()) {
            job.getExecutionContext().putString(NightlyJobConfiguration.CTX_FILES_REJECTED_WHOLE, "true");
        }
        log.info("已写出 findings.csv（{} 条）、joint-branch-proposals.csv、rejects.csv（{} 行）",
                String.format("%,d", findings.size()), String.format("%,d", rejects.size()));
        contribution.incrementWriteCount(findings.size());
        return RepeatStatus.FINISHED;
    }

    /** write-workbooks: the gap workbook and one per city. */
    RepeatStatus writeWorkbooks(StepContribution contribution, ChunkContext chunk) throws IOException {
        JobExecution job = contribution.getStepExecution().getJobExecution();
        IngestRecord ingest = new IngestRecord(jobRepository, job.getJobInstance());
        Path input = NightlyJobConfiguration.input(job);
        LocalDate runDate = NightlyJobConfiguration.runDate(job);
        boolean reveal = NightlyJobConfiguration.revealPii(job);
        Path ws = workspace.of(job.getJobInstanceId());
        List<Finding> findings = findings(job);
        if (reveal) {
            findings = PersonReveal.reveal(findings, StagedRows.read(ws, ingest.present(), ingest.stagedLengths(),
                    s -> null), personKeys);
            log.warn("按 --reveal-pii 在工作簿中显示未脱敏的姓名与身份证号（内部资料 注意保密）");
        }
        WorkbookFeedback wf = new WorkbookFeedback(feedback.reviews(findings, runDate), signature,
                regions.province().code());
        GapReportInput in = new GapReportInput(data.reconciliation(), findings,
                SourceDates.scan(input, ZoneId.systemDefault()), rejectCounts(rejects(job, ingest)), regions,
                reveal).withSourceProblems(incompleteSources(job), SourceFiles.unmatchedTables(input))
                .withFeedback(wf);
        Map<String, String> addresses = GapWorkbookWriter.addressesWanted(in);
        StagedRows.addresses(ws, ingest.stagedLengths().getOrDefault(Source.REGISTRATIONS, 0L), addresses);
        in = in.with(runPoints.before(runDate, GapWorkbookWriter.PAST_RUNS_SHOWN), EntityContacts.of(addresses));
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, NightlyJobConfiguration.threads(job)));
        try {
            List<Path> written = new GapWorkbookWriter().writeAll(in, runDir(job), pool);
            log.info("已写出差异报告工作簿 {} 个", written.size());
            contribution.incrementWriteCount(written.size());
        } finally {
            pool.shutdownNow();
        }
        return RepeatStatus.FINISHED;
    }

    /** finish: county figures for the half-year form, the run folder published, the run complete in the history. */
    RepeatStatus finish(StepContribution contribution, ChunkContext chunk) throws IOException {
        JobExecution job = contribution.getStepExecution().getJobExecution();
        ReconciliationResult r = data.reconciliation();
        List<Finding> findings = findings(job);
        history.storeCountyFigures(job.getJobInstanceId(), r.counties());
        submissionFigures.store(job.getJobInstanceId(), r.platforms(), r.absentSources());
        // Counted as this run's 汇总 counts them (excluded findings left out), so that 趋势 draws the same figure for
        // this date tomorrow as it does today.
        RunReviews reviews = feedback.reviews(findings, NightlyJobConfiguration.runDate(job));
        runPoints.storeFindingCounts(job.getJobInstanceId(),
                reviews.anyExcluded() ? findings.stream().filter(f -> !reviews.excluded(f)).toList() : findings);
        registered.store(job.getJobInstanceId(), r.entities().registered());
        // The new folder replaces the previous one whole, with its summary (rewritten when the job ends).
        Path building = runDir(job);
        if (Files.isDirectory(building)) {
            summary.writeInto(job, building);
        }
        Path out = NightlyJobConfiguration.out(job);
        LocalDate runDate = NightlyJobConfiguration.runDate(job);
        RunFolder.publish(out, runDate, workspace.dataDir());
        LocalDateTime started = jobRepository.getJobExecutions(job.getJobInstance()).stream()
                .map(JobExecution::getStartTime)
                .filter(Objects::nonNull)
                .min(LocalDateTime::compareTo)
                .orElse(LocalDateTime.now());
        history.complete(new RunHistory.CompletedRun(runDate, job.getJobInstanceId(), job.getId(),
                job.getJobParameters().getString(NightlyJobConfiguration.PARAM_INPUT),
                job.getJobParameters().getString(NightlyJobConfiguration.PARAM_OUT),
                findings.size(), NightlyJobConfiguration.revealPii(job), started, LocalDateTime.now()));
        workspace.delete(job.getJobInstanceId());
        return RepeatStatus.FINISHED;
    }

    /**
     * The findings with their statuses: kept by the lifecycle step of this execution, or, when a restart found it
     * complete, read back once from what it stored.
     */
    private List<Finding> findings(JobExecution job) {
        List<Finding> kept = data.findingsIfKept();
        if (kept == null) {
            kept = history.findingsOf(job.getJobInstanceId());
            data.findingsWithStatus(kept);
        }
        return kept;
    }

    private List<Reject> rejects(JobExecution job, IngestRecord ingest) throws IOException {
        return StagedRows.rejects(workspace.of(job.getJobInstanceId()), ingest.rejectsLengths());
    }

    /** What the lifecycle step found incomplete (inputs.md), per source. */
    private Map<Source, String> incompleteSources(JobExecution job) {
        StepExecution se = jobRepository.getLastStepExecution(job.getJobInstance(), NightlyJobConfiguration.STEP_LIFECYCLE);
        Map<String, String> byPrefix = se == null ? Map.of() : ContextJson.get(se.getExecutionContext(),
                RunSummaryListener.CTX_INCOMPLETE_SOURCES, new TypeReference<Map<String, String>>() {}, Map.of());
        Map<Source, String> out = new EnumMap<>(Source.class);
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

    /** The folder the run writes into: built beside {@code OUT/<date>}, swapped in by the finish step. */
    private Path runDir(JobExecution job) {
        return RunFolder.building(NightlyJobConfiguration.out(job), NightlyJobConfiguration.runDate(job),
                workspace.dataDir());
    }
}
