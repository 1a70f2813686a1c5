package cn.xgz.recon.lifecycle;

import cn.xgz.recon.common.ContextJson;
import cn.xgz.recon.config.XgzProperties;
import cn.xgz.recon.nightly.FaultInjection;
import cn.xgz.recon.nightly.NightlyJobConfiguration;
import cn.xgz.recon.nightly.RunSummaryListener;
import cn.xgz.recon.reconcile.RunResults;
import cn.xgz.recon.rules.Finding;
import cn.xgz.recon.rules.Reconciler;
import cn.xgz.recon.rules.RuleCode;
import cn.xgz.recon.source.Source;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The lifecycle step: this run's findings against the latest earlier completed run, stored with their
 * statuses for the next run (and for this run's later steps after a restart).
 */
@Configuration
class LifecycleStepConfiguration {

    private static final Logger log = LoggerFactory.getLogger(LifecycleStepConfiguration.class);

    @Bean(NightlyJobConfiguration.STEP_LIFECYCLE)
    Step lifecycleStep(JobRepository jobRepository, PlatformTransactionManager tm, RunResults results,
            RunHistory history, FaultInjection faults, XgzProperties props) {
        return new StepBuilder(NightlyJobConfiguration.STEP_LIFECYCLE, jobRepository)
                .tasklet((contribution, chunk) -> {
                    var step = contribution.getStepExecution();
                    var job = step.getJobExecution();
                    LocalDate runDate = job.getJobParameters().getLocalDate(NightlyJobConfiguration.PARAM_RUN_DATE);
                    RunHistory.Baseline baseline = history.baselineFor(runDate);
                    var result = results.result(job);
                    List<Finding> before = baseline.open();
                    Optional<RunHistory.CompletedRun> previous = history.latestBefore(runDate);
                    Map<Source, String> incomplete = SourceCompleteness.incomplete(
                            IngestRecord.files(jobRepository, job.getJobInstance()),
                            previous.map(p -> IngestRecord.loaded(jobRepository, jobRepository.getJobInstance(
                                    p.jobInstanceId()))).orElse(Map.of()),
                            previous.map(RunHistory.CompletedRun::runDate).orElse(null), props.ingest().maxDropPercent());
                    incomplete.forEach((s, why) -> log.warn("数据源 {} 不完整，其规则本次不销号：{}", s.label(), why));
                    FindingLifecycle.Holds holds = new FindingLifecycle.Holds(Reconciler.readersOf(incomplete.keySet()),
                            IngestRecord.rejectedSubjects(jobRepository, job.getJobInstance()));
                    FindingLifecycle.Result lc = FindingLifecycle.apply(result.findings(), before, runDate,
                            result.skippedRules().keySet(), holds);
                    Map<String, String> incompleteByPrefix = new LinkedHashMap<>();
                    incomplete.forEach((s, why) -> incompleteByPrefix.put(s.prefix(), why));
                    ContextJson.put(step.getExecutionContext(), RunSummaryListener.CTX_INCOMPLETE_SOURCES,
                            incompleteByPrefix);
                    if (!incomplete.isEmpty()) {
                        job.getExecutionContext().putString(NightlyJobConfiguration.CTX_FILES_REJECTED_WHOLE, "true");
                    }
                    List<Finding> now = lc.reported();
                    history.storeFindings(job.getJobInstanceId(), runDate, baseline, now, lc.carried(),
                            result.skippedRules().keySet());
                    if (!lc.carried().isEmpty()) {
                        log.info("未运行规则、数据源不完整或本行被拒收的 {} 条既有发现保留至下次比较（不计为已销号）", String.format("%,d", lc.carried().size()));
                    }
                    results.setFindings(job, now);
                    if (baseline.runDate() != null) {
                        log.info("与 {} 的运行比较：上次未销号发现 {} 条", baseline.runDate(), String.format("%,d", before.size()));
                        step.getExecutionContext().putString(RunSummaryListener.CTX_PREVIOUS_RUN, baseline.runDate().toString());
                    } else {
                        log.info("此前没有更早的已完成运行：全部发现记为新发现");
                    }
                    ContextJson.put(step.getExecutionContext(), RunSummaryListener.CTX_FINDING_COUNTS, countsOf(now));
                    contribution.incrementWriteCount(now.size());
                    return RepeatStatus.FINISHED;
                }, tm)
                .listener((org.springframework.batch.core.listener.StepExecutionListener) faults)
                .build();
    }

    /** Per rule: NEW / OPEN / RESOLVED and total, every rule listed. */
    static Map<String, Map<String, Long>> countsOf(List<Finding> findings) {
        Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
        for (RuleCode r : RuleCode.values()) {
            Map<String, Long> m = new LinkedHashMap<>();
            m.put("NEW", 0L);
            m.put("OPEN", 0L);
            m.put("RESOLVED", 0L);
            m.put("total", 0L);
            counts.put(r.name(), m);
        }
        for (Finding f : findings) {
            Map<String, Long> m = counts.get(f.rule().name());
            m.merge(f.status().name(), 1L, Long::sum);
            m.merge("total", 1L, Long::sum);
        }
        return counts;
    }
}
