package cn.xgz.recon.reconcile;

import cn.xgz.recon.common.PersonKeys;
import cn.xgz.recon.match.ManualResolution;
import cn.xgz.recon.match.MatchMethod;
import cn.xgz.recon.match.MatchSettings;
import cn.xgz.recon.match.NameNormalizer;
import cn.xgz.recon.reference.IndustryTable;
import cn.xgz.recon.reference.RegionTable;
import cn.xgz.recon.rules.NameResolution;
import cn.xgz.recon.rules.NameResolutionRecord;
import cn.xgz.recon.rules.ReconciliationResult;
import cn.xgz.recon.rules.Reconciler;
import cn.xgz.recon.source.SourceData;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A run's reconciliation: name resolution with the analysts' decisions, then figures, rules R01–R13 and joint-branch
 * proposals. A pure function of the loaded rows, the run date and the decisions in force on it, so a restart that
 * computes it again gets the same result.
 */
public final class Reconciliation {

    private static final Logger log = LoggerFactory.getLogger(Reconciliation.class);

    private final NameResolutionService names;
    private final Reconciler reconciler;

    public Reconciliation(NameNormalizer normalizer, MatchSettings settings, RegionTable regions,
            IndustryTable industries, PersonKeys personKeys) {
        this.names = new NameResolutionService(normalizer, settings);
        this.reconciler = new Reconciler(regions, industries, personKeys);
    }

    public ReconciliationResult reconcile(SourceData data, LocalDate runDate, int threads, ManualResolution manual) {
        long t0 = System.nanoTime();
        NameResolution resolution = names.resolve(data, threads, manual);
        long t1 = System.nanoTime();
        ReconciliationResult result = reconciler.reconcile(data, resolution, runDate);
        long t2 = System.nanoTime();
        log.info("比对完成：名称匹配 {} 秒，规则与联建 {} 秒，发现 {} 条", secs(t1 - t0), secs(t2 - t1),
                String.format("%,d", result.findings().size()));
        result.skippedRules().forEach((rule, reason) -> log.warn("规则 {} {} 未运行：{}", rule.name(), rule.ruleName(), reason));
        return result;
    }

    /** Rules that did not run, by rule code, with the reason (run-summary.json's {@code skippedRules}). */
    public static Map<String, String> skippedRules(ReconciliationResult result) {
        Map<String, String> skipped = new LinkedHashMap<>();
        result.skippedRules().forEach((rule, reason) -> skipped.put(rule.name(), reason));
        return skipped;
    }

    /** How many names each match method resolved, every method listed (run-summary.json's {@code resolution}). */
    public static Map<String, Long> resolutionCounts(ReconciliationResult result) {
        Map<MatchMethod, Long> byMethod = new EnumMap<>(MatchMethod.class);
        for (MatchMethod m : MatchMethod.values()) {
            byMethod.put(m, 0L);
        }
        for (NameResolutionRecord n : result.resolutions()) {
            byMethod.merge(n.decision().method(), 1L, Long::sum);
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        byMethod.forEach((m, n) -> counts.put(m.name(), n));
        return counts;
    }

    private static String secs(long nanos) {
        return String.format("%.1f", nanos / 1e9);
    }
}
