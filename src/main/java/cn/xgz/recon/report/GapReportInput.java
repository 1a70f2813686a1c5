package cn.xgz.recon.report;

import cn.xgz.recon.reference.RegionTable;
import cn.xgz.recon.rules.Finding;
import cn.xgz.recon.rules.ReconciliationResult;
import cn.xgz.recon.source.Source;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the gap workbooks show. Immutable, so the whole-jurisdiction workbook and the per-city workbooks
 * can be written from one instance in parallel.
 *
 * @param result the run's conclusions (its run date is the workbook's run date)
 * @param findings the run's findings after the lifecycle step: status and first_seen set, RESOLVED rows included,
 *     in findings.csv order
 * @param sourceDates per source, the latest modification date of its files; a source without files is absent
 * @param rejects rejected rows per file and reason
 * @param revealPii the run was told to show personal data unmasked: every sheet carries the 内部资料 banner
 * @param incompleteSources per incomplete source, why (inputs.md): shown on 汇总 and 数据质量
 * @param unmatchedFiles .csv/.xlsx files of the input folder that belong to no source: listed on 数据质量
 */
public record GapReportInput(
        ReconciliationResult result,
        List<Finding> findings,
        Map<Source, LocalDate> sourceDates,
        List<RejectCount> rejects,
        RegionTable regions,
        boolean revealPii,
        Map<Source, String> incompleteSources,
        List<String> unmatchedFiles) {

    public GapReportInput(ReconciliationResult result, List<Finding> findings, Map<Source, LocalDate> sourceDates,
            List<RejectCount> rejects, RegionTable regions, boolean revealPii) {
        this(result, findings, sourceDates, rejects, regions, revealPii, Map.of(), List.of());
    }

    public GapReportInput {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(regions, "regions");
        findings = List.copyOf(findings);
        sourceDates = Map.copyOf(sourceDates);
        rejects = List.copyOf(rejects);
        incompleteSources = incompleteSources.isEmpty() ? Map.of() : new java.util.EnumMap<>(incompleteSources);
        unmatchedFiles = List.copyOf(unmatchedFiles);
    }

    public LocalDate runDate() {
        return result.runDate();
    }
}
