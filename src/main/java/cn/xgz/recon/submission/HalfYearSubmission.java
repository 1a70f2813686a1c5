package cn.xgz.recon.submission;

import cn.xgz.recon.reference.Region;
import cn.xgz.recon.reference.RegionTable;
import cn.xgz.recon.rules.CountyFigures;
import cn.xgz.recon.rules.PlatformFigures;
import cn.xgz.recon.source.Source;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What one half-year submission reports and who reports it: a city's or the province's own run, or the
 * province's merge of the cities' submissions.
 *
 * @param counties the figures of every county of the jurisdiction
 * @param notSubmitted the cities (codes) whose submission the merge did not have: their counties are blank, 未报送
 * @param platforms the platform sheet, in county then platform order
 * @param absentSources the sources the run had no file of (named in the form's 说明)
 * @param provenance 数据来源 lines: the feeding run, or the merged cities and their manifests' hashes
 * @param notes further 说明 lines
 * @param reportingUnit 填报单位, from configuration
 * @param filledDate 填报日期
 */
public record HalfYearSubmission(
        Period period,
        RegionTable regions,
        Jurisdiction jurisdiction,
        Map<String, Figures> counties,
        Set<String> notSubmitted,
        List<PlatformRow> platforms,
        Set<Source> absentSources,
        List<String> provenance,
        List<String> notes,
        String reportingUnit,
        LocalDate filledDate) {

    public HalfYearSubmission {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(regions, "regions");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(filledDate, "filledDate");
        counties = Map.copyOf(counties);
        notSubmitted = Set.copyOf(notSubmitted);
        platforms = List.copyOf(platforms);
        absentSources = absentSources.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(absentSources));
        provenance = List.copyOf(provenance);
        notes = List.copyOf(notes);
        reportingUnit = reportingUnit == null ? "" : reportingUnit;
    }

    /** The province's submission from a run with every source present (a county missing here counts zeros). */
    public HalfYearSubmission(Period period, List<CountyFigures> counties, RegionTable regions, String reportingUnit,
            LocalDate sourceRunDate, String sourceRunId, LocalDate filledDate) {
        this(fromRun(period, regions, Jurisdiction.province(regions), counties, List.of(), Set.of(), reportingUnit,
                sourceRunDate, sourceRunId, filledDate));
    }

    private HalfYearSubmission(HalfYearSubmission s) {
        this(s.period, s.regions, s.jurisdiction, s.counties, s.notSubmitted, s.platforms, s.absentSources, s.provenance,
                s.notes, s.reportingUnit, s.filledDate);
    }

    /**
     * A submission from one nightly run's figures: the jurisdiction's counties (a county the run has no row for
     * counts zeros), blank where the run had no file of a source the figure is made of.
     */
    public static HalfYearSubmission fromRun(Period period, RegionTable regions, Jurisdiction jurisdiction,
            List<CountyFigures> counties, List<PlatformFigures> platforms, Set<Source> absent, String reportingUnit,
            LocalDate sourceRunDate, String sourceRunId, LocalDate filledDate) {
        Objects.requireNonNull(sourceRunDate, "sourceRunDate");
        Map<String, CountyFigures> byCode = new HashMap<>();
        counties.forEach(c -> byCode.put(c.countyCode(), c));
        Map<String, Figures> figures = new LinkedHashMap<>();
        Set<String> area = new java.util.HashSet<>();
        for (Region county : jurisdiction.counties()) {
            area.add(county.code());
            figures.put(county.code(), Figures.of(byCode.getOrDefault(county.code(), zero(county.code())), absent));
        }
        List<PlatformRow> rows = platforms.stream().filter(p -> area.contains(p.countyCode()))
                .map(p -> PlatformRow.of(p, absent)).sorted(PlatformRow.ORDER).toList();
        String run = "数据来源：" + sourceRunDate + " 比对运行"
                + (sourceRunId == null || sourceRunId.isBlank() ? "" : "（运行编号 " + sourceRunId + "）");
        return new HalfYearSubmission(period, regions, jurisdiction, figures, Set.of(), rows, absent, List.of(run), List.of(),
                reportingUnit, filledDate);
    }

    /** The same submission with further 说明 lines. */
    public HalfYearSubmission withNotes(List<String> more) {
        List<String> all = new java.util.ArrayList<>(notes);
        all.addAll(more);
        return new HalfYearSubmission(period, regions, jurisdiction, counties, notSubmitted, platforms, absentSources,
                provenance, all, reportingUnit, filledDate);
    }

    /** The same submission with other county figures (findings left out of 口袋党员数/隐形党员数). */
    public HalfYearSubmission withCounties(Map<String, Figures> replaced) {
        return new HalfYearSubmission(period, regions, jurisdiction, replaced, notSubmitted, platforms, absentSources,
                provenance, notes, reportingUnit, filledDate);
    }

    /** 统计截止日期. */
    public LocalDate statisticsDate() {
        return period.lastDay();
    }

    /** A county's figures; blank when it is not in the jurisdiction. */
    public Figures figuresOf(String countyCode) {
        return counties.getOrDefault(countyCode, Figures.blank());
    }

    private static CountyFigures zero(String code) {
        return new CountyFigures(code, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }
}
