package cn.xgz.recon.nightly;

import cn.xgz.recon.common.ContextJson;
import cn.xgz.recon.common.PersonKeys;
import cn.xgz.recon.ingest.batch.StagedRows;
import cn.xgz.recon.match.ManualResolution;
import cn.xgz.recon.match.MatchSettings;
import cn.xgz.recon.match.NameNormalizer;
import cn.xgz.recon.reconcile.Reconciliation;
import cn.xgz.recon.reference.IndustryTable;
import cn.xgz.recon.reference.RegionTable;
import cn.xgz.recon.rules.ReconciliationResult;
import cn.xgz.recon.source.SourceData;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * The reconcile step: the staged rows (in memory, or read back from the workspace after a restart) reconciled into
 * {@link RunData}, with the skipped rules and the match methods' counts in the step's context for run-summary.json.
 * It runs again on every restart, since its result lives in memory only.
 */
@Component
class ReconcileTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(ReconcileTasklet.class);

    private final JobRepository jobRepository;
    private final RunWorkspace workspace;
    private final RunData data;
    private final Reconciliation reconciliation;
    private final ManualResolution.Store manualMatches;

    ReconcileTasklet(JobRepository jobRepository, RunWorkspace workspace, RunData data, NameNormalizer normalizer,
            MatchSettings settings, RegionTable regions, IndustryTable industries, PersonKeys personKeys,
            ManualResolution.Store manualMatches) {
        this.jobRepository = jobRepository;
        this.workspace = workspace;
        this.data = data;
        this.reconciliation = new Reconciliation(normalizer, settings, regions, industries, personKeys);
        this.manualMatches = manualMatches;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) throws Exception {
        StepExecution step = contribution.getStepExecution();
        JobExecution job = step.getJobExecution();
        StepExecution finish = jobRepository.getLastStepExecution(job.getJobInstance(),
                NightlyJobConfiguration.STEP_FINISH);
        if (finish != null && finish.getStatus() == BatchStatus.COMPLETED) {
            // A run killed after it finished: published, its workspace gone; no later step is left to read a result.
            // The figures run-summary.json takes from this step stay those of the reconciliation that was published.
            StepExecution done = earlierReconcile(job);
            if (done != null) {
                for (String key : new String[] {RunSummaryListener.CTX_SKIPPED_RULES, RunSummaryListener.CTX_RESOLUTION}) {
                    if (done.getExecutionContext().containsKey(key)) {
                        step.getExecutionContext().put(key, done.getExecutionContext().get(key));
                    }
                }
                contribution.incrementWriteCount(done.getWriteCount());
            }
            log.info("本次运行已完成发布，无需重新比对");
            return RepeatStatus.FINISHED;
        }
        LocalDate runDate = NightlyJobConfiguration.runDate(job);
        IngestRecord ingest = new IngestRecord(jobRepository, job.getJobInstance());
        long t0 = System.nanoTime();
        SourceData rows = StagedRows.read(workspace.of(job.getJobInstanceId()),
                ingest.present(), ingest.stagedLengths(), data::rowsInMemory);
        log.info("载入暂存数据 {} 秒", String.format("%.1f", (System.nanoTime() - t0) / 1e9));
        ReconciliationResult result = reconciliation.reconcile(rows, runDate, NightlyJobConfiguration.threads(job),
                manualMatches.on(runDate));
        data.reconciled(result);
        ContextJson.put(step.getExecutionContext(), RunSummaryListener.CTX_SKIPPED_RULES,
                Reconciliation.skippedRules(result));
        var resolution = Reconciliation.resolutionCounts(result);
        log.info("名称匹配：{}", resolution);
        ContextJson.put(step.getExecutionContext(), RunSummaryListener.CTX_RESOLUTION, resolution);
        contribution.incrementWriteCount(result.findings().size());
        return RepeatStatus.FINISHED;
    }

    /** The latest reconcile step execution of an earlier execution of this job instance. */
    private StepExecution earlierReconcile(JobExecution job) {
        StepExecution latest = null;
        for (JobExecution e : jobRepository.getJobExecutions(job.getJobInstance())) {
            if (e.getId() == job.getId()) {
                continue;
            }
            for (StepExecution se : e.getStepExecutions()) {
                if (se.getStepName().equals(NightlyJobConfiguration.STEP_RECONCILE)
                        && se.getStatus() == BatchStatus.COMPLETED && (latest == null || se.getId() > latest.getId())) {
                    latest = se;
                }
            }
        }
        return latest;
    }
}
