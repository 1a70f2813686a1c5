package cn.xgz.recon.lifecycle;

import cn.xgz.recon.ingest.batch.FileStats;
import cn.xgz.recon.rules.Finding;
import cn.xgz.recon.rules.ReconciliationResult;
import cn.xgz.recon.rules.Reconciler;
import cn.xgz.recon.rules.RuleCode;
import cn.xgz.recon.rules.SubjectType;
import cn.xgz.recon.source.Source;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This run's findings against the latest earlier completed run (NEW / OPEN / RESOLVED), stored with their statuses
 * for the next run and for this run's later steps.
 */
public final class RunLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RunLifecycle.class);

    private final RunHistory history;

    public RunLifecycle(RunHistory history) {
        this.history = history;
    }

    /**
     * What the lifecycle concluded.
     *
     * @param findings the run's findings with their statuses (stored)
     * @param incompleteSources per source whose rules may not resolve findings this run, why (inputs.md)
     * @param previousRunDate the run compared with, null when there was none
     */
    public record Outcome(List<Finding> findings, Map<Source, String> incompleteSources, LocalDate previousRunDate) {}

    /**
     * @param files this run's file figures per source
     * @param loadedBy rows loaded per source by the earlier run of a job instance
     * @param rejectedSubjects per subject type, the keys of subjects whose own row was rejected and not loaded
     */
    public Outcome apply(long jobInstanceId, LocalDate runDate, ReconciliationResult result,
            Map<Source, List<FileStats>> files, LongFunction<Map<Source, Long>> loadedBy,
            Map<SubjectType, Set<String>> rejectedSubjects, int maxDropPercent) {
        Optional<RunHistory.CompletedRun> previous = history.latestBefore(runDate);
        Map<Source, String> incomplete = SourceCompleteness.incomplete(files,
                previous.map(p -> loadedBy.apply(p.jobInstanceId())).orElse(Map.of()),
                previous.map(RunHistory.CompletedRun::runDate).orElse(null), maxDropPercent);
        incomplete.forEach((s, why) -> log.warn("数据源 {} 不完整，其规则本次不销号：{}", s.label(), why));
        FindingLifecycle.Holds holds = new FindingLifecycle.Holds(Reconciler.readersOf(incomplete.keySet()),
                rejectedSubjects);
        RunHistory.Compared compared = history.compareAndStore(jobInstanceId, runDate, result.findings(),
                result.skippedRules().keySet(), holds);
        FindingLifecycle.Result lc = compared.lifecycle();
        List<Finding> now = lc.reported();
        if (!lc.carried().isEmpty()) {
            log.info("未运行规则、数据源不完整或本行被拒收的 {} 条既有发现保留至下次比较（不计为已销号）", String.format("%,d", lc.carried().size()));
        }
        if (compared.baseRunDate() != null) {
            log.info("与 {} 的运行比较：上次未销号发现 {} 条", compared.baseRunDate(), String.format("%,d", compared.baseOpen()));
        } else {
            log.info("此前没有更早的已完成运行：全部发现记为新发现");
        }
        return new Outcome(now, incomplete, compared.baseRunDate());
    }

    /** Per rule: NEW / OPEN / RESOLVED and total, every rule listed. */
    public static Map<String, Map<String, Long>> countsOf(List<Finding> findings) {
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
