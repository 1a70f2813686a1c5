package cn.xgz.recon.nightly;

import cn.xgz.recon.common.ContextJson;
import cn.xgz.recon.config.XgzProperties;
import cn.xgz.recon.lifecycle.RunHistory;
import cn.xgz.recon.lifecycle.RunLifecycle;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * The lifecycle step: the reconciliation's findings against the latest earlier completed run, stored with their
 * statuses (the later steps of a restarted run read them back from there) and kept in {@link RunData}.
 */
@Component
class LifecycleTasklet implements Tasklet {

    private final JobRepository jobRepository;
    private final RunData data;
    private final RunLifecycle lifecycle;
    private final int maxDropPercent;

    LifecycleTasklet(JobRepository jobRepository, RunData data, RunHistory history, XgzProperties props) {
        this.jobRepository = jobRepository;
        this.data = data;
        this.lifecycle = new RunLifecycle(history);
        this.maxDropPercent = props.ingest().maxDropPercent();
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) {
        StepExecution step = contribution.getStepExecution();
        JobExecution job = step.getJobExecution();
        IngestRecord ingest = new IngestRecord(jobRepository, job.getJobInstance());
        RunLifecycle.Outcome outcome = lifecycle.apply(job.getJobInstanceId(), NightlyJobConfiguration.runDate(job),
                data.reconciliation(), ingest.files(),
                instance -> new IngestRecord(jobRepository, jobRepository.getJobInstance(instance)).loaded(),
                ingest.rejectedSubjects(), maxDropPercent);
        Map<String, String> incompleteByPrefix = new LinkedHashMap<>();
        outcome.incompleteSources().forEach((s, why) -> incompleteByPrefix.put(s.prefix(), why));
        ContextJson.put(step.getExecutionContext(), RunSummaryListener.CTX_INCOMPLETE_SOURCES, incompleteByPrefix);
        if (!incompleteByPrefix.isEmpty()) {
            job.getExecutionContext().putString(NightlyJobConfiguration.CTX_FILES_REJECTED_WHOLE, "true");
        }
        data.findingsWithStatus(outcome.findings());
        if (outcome.previousRunDate() != null) {
            step.getExecutionContext().putString(RunSummaryListener.CTX_PREVIOUS_RUN, outcome.previousRunDate().toString());
        }
        ContextJson.put(step.getExecutionContext(), RunSummaryListener.CTX_FINDING_COUNTS,
                RunLifecycle.countsOf(outcome.findings()));
        contribution.incrementWriteCount(outcome.findings().size());
        return RepeatStatus.FINISHED;
    }
}
