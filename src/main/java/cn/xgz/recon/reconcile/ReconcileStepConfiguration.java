package cn.xgz.recon.reconcile;

import cn.xgz.recon.common.ContextJson;
import cn.xgz.recon.match.MatchMethod;
import cn.xgz.recon.nightly.FaultInjection;
import cn.xgz.recon.nightly.NightlyJobConfiguration;
import cn.xgz.recon.nightly.RunSummaryListener;
import cn.xgz.recon.rules.NameResolutionRecord;
import cn.xgz.recon.rules.ReconciliationResult;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** The reconcile step: name resolution, per-entity figures, rules R01–R13 and joint-branch proposals. */
@Configuration
class ReconcileStepConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ReconcileStepConfiguration.class);

    @Bean(NightlyJobConfiguration.STEP_RECONCILE)
    Step reconcileStep(JobRepository jobRepository, PlatformTransactionManager tm, RunResults results,
            FaultInjection faults) {
        return new StepBuilder(NightlyJobConfiguration.STEP_RECONCILE, jobRepository)
                .tasklet((contribution, chunk) -> {
                    var step = contribution.getStepExecution();
                    ReconciliationResult r = results.result(step.getJobExecution());
                    Map<String, String> skipped = new LinkedHashMap<>();
                    r.skippedRules().forEach((rule, reason) -> {
                        skipped.put(rule.name(), reason);
                        log.warn("规则 {} {} 未运行：{}", rule.name(), rule.ruleName(), reason);
                    });
                    Map<MatchMethod, Long> byMethod = new EnumMap<>(MatchMethod.class);
                    for (MatchMethod m : MatchMethod.values()) {
                        byMethod.put(m, 0L);
                    }
                    for (NameResolutionRecord n : r.resolutions()) {
                        byMethod.merge(n.decision().method(), 1L, Long::sum);
                    }
                    Map<String, Long> resolution = new LinkedHashMap<>();
                    byMethod.forEach((m, n) -> resolution.put(m.name(), n));
                    log.info("名称匹配：{}", resolution);
                    ContextJson.put(step.getExecutionContext(), RunSummaryListener.CTX_SKIPPED_RULES, skipped);
                    ContextJson.put(step.getExecutionContext(), RunSummaryListener.CTX_RESOLUTION, resolution);
                    contribution.incrementWriteCount(r.findings().size());
                    return RepeatStatus.FINISHED;
                }, tm)
                .listener((org.springframework.batch.core.listener.StepExecutionListener) faults)
                .build();
    }
}
