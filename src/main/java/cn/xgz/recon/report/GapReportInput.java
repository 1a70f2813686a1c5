package cn.xgz.recon.report;

import cn.xgz.recon.feedback.WorkbookFeedback;
import cn.xgz.recon.lifecycle.RunPoint;
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
 * @param sourceDates per source, the date of its files (from their names, else modification time); a source without
 *     files is absent
 * @param rejects rejected rows per file and reason
 * @param revealPii the run was told to show personal data unmasked: every sheet carries the 内部资料 banner
 * @param history earlier runs' figures per county, oldest first: the latest nightly runs before this one and the runs
 *     that stand for half-year periods; empty on the first run
 * @param contacts 住所 and 法定代表人（经营者） of the entities the 任务清单 lists
 * @param incompleteSources per incomplete source, why (inputs.md): shown on 汇总 and 数据质量
 * @param unmatchedFiles .csv/.xlsx files of the input folder that belong to no source: listed on 数据质量
 * @param feedback the reviews in force and the scope signature (feedback.md)
 */
public record GapReportInput(
        ReconciliationResult result,
        List<Finding> findings,
        Map<Source, SourceDates.SourceDate> sourceDates,
        List<RejectCount> rejects,
        RegionTable regions,
        boolean revealPii,
        List<RunPoint> history,
        EntityContacts contacts,
        Map<Source, String> incompleteSources,
        List<String> unmatchedFiles,
        WorkbookFeedback feedback) {

    public GapReportInput {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(regions, "regions");
        findings = List.copyOf(findings);
        sourceDates = Map.copyOf(sourceDates);
        rejects = List.copyOf(rejects);
        history = List.copyOf(history);
        Objects.requireNonNull(contacts, "contacts");
        incompleteSources = incompleteSources.isEmpty() ? Map.of() : new java.util.EnumMap<>(incompleteSources);
        unmatchedFiles = List.copyOf(unmatchedFiles);
        feedback = feedback == null ? WorkbookFeedback.NONE : feedback;
    }

    /** A run without history, contact details, source problems or feedback (the first run; tests). */
    public GapReportInput(ReconciliationResult result, List<Finding> findings, Map<Source, SourceDates.SourceDate> sourceDates,
            List<RejectCount> rejects, RegionTable regions, boolean revealPii) {
        this(result, findings, sourceDates, rejects, regions, revealPii, List.of(), EntityContacts.NONE, Map.of(), List.of(),
                WorkbookFeedback.NONE);
    }

    /** The same input with the history and contact details the nightly run has. */
    public GapReportInput with(List<RunPoint> pastRuns, EntityContacts entityContacts) {
        return new GapReportInput(result, findings, sourceDates, rejects, regions, revealPii, pastRuns, entityContacts,
                incompleteSources, unmatchedFiles, feedback);
    }

    /** The same input with what the run found wrong with its sources (inputs.md: incomplete sources, unmatched files). */
    public GapReportInput withSourceProblems(Map<Source, String> incomplete, List<String> unmatched) {
        return new GapReportInput(result, findings, sourceDates, rejects, regions, revealPii, history, contacts,
                incomplete, unmatched, feedback);
    }

    /** The same input with the reviews in force and the scope signature (feedback.md). */
    public GapReportInput withFeedback(WorkbookFeedback workbookFeedback) {
        return new GapReportInput(result, findings, sourceDates, rejects, regions, revealPii, history, contacts,
                incompleteSources, unmatchedFiles, workbookFeedback);
    }

    public LocalDate runDate() {
        return result.runDate();
    }
}
