package cn.xgz.recon.submission;

import cn.xgz.recon.reference.RegionTable;
import cn.xgz.recon.rules.CountyFigures;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What one half-year submission reports and who reports it.
 *
 * @param counties the county figures of the feeding run (a county missing here is reported as zeros)
 * @param reportingUnit 填报单位, from configuration
 * @param sourceRunDate the run date of the nightly run whose figures these are
 * @param sourceRunId that run's job execution id, null when unknown
 * @param filledDate 填报日期
 */
public record HalfYearSubmission(
        Period period,
        List<CountyFigures> counties,
        RegionTable regions,
        String reportingUnit,
        LocalDate sourceRunDate,
        String sourceRunId,
        LocalDate filledDate) {

    public HalfYearSubmission {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(regions, "regions");
        Objects.requireNonNull(sourceRunDate, "sourceRunDate");
        Objects.requireNonNull(filledDate, "filledDate");
        counties = List.copyOf(counties);
        reportingUnit = reportingUnit == null ? "" : reportingUnit;
    }

    /** 统计截止日期. */
    public LocalDate statisticsDate() {
        return period.lastDay();
    }

    /** 数据来源 line: the nightly run the figures come from. */
    public String sourceRunText() {
        return "数据来源：" + sourceRunDate + " 比对运行" + (sourceRunId == null || sourceRunId.isBlank() ? "" : "（运行编号 " + sourceRunId + "）");
    }
}
