package cn.xgz.recon.submission;

import cn.xgz.recon.lifecycle.RunHistory;
import cn.xgz.recon.lifecycle.SubmissionFiguresStore;
import cn.xgz.recon.reference.RegionTable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * A period's submission from the county figures of the latest completed nightly run whose date falls in the period's
 * window (its last day up to {@link Period#RUN_DATE_GRACE_DAYS} days after), less the suspected pocket and hidden
 * members whose findings were verified untrue.
 */
public final class PeriodSubmission {

    private final RunHistory history;
    private final SubmissionFiguresStore figures;
    private final RegionTable regions;
    private final String reportingUnit;
    private final UntrueReviews untrue;

    public PeriodSubmission(RunHistory history, SubmissionFiguresStore figures, RegionTable regions,
            String reportingUnit, UntrueReviews untrue) {
        this.history = history;
        this.figures = figures;
        this.regions = regions;
        this.reportingUnit = reportingUnit;
        this.untrue = untrue;
    }

    /** What was written, and the date of the nightly run its figures come from. */
    public record Submitted(HalfYearSubmissionWriter.Written written, LocalDate sourceRunDate) {}

    /**
     * @param regionCode the jurisdiction's code (province or city), already checked by the caller
     * @throws IllegalStateException when no completed run falls in the period's window
     */
    public Submitted submit(Period period, String regionCode, Path out, boolean replace) throws IOException {
        LocalDate from = period.lastDay();
        LocalDate to = from.plusDays(Period.RUN_DATE_GRACE_DAYS);
        RunHistory.CompletedRun run = history.latestBetween(from, to).orElseThrow(() ->
                new IllegalStateException("没有可用于 " + period + " 报送的每日比对运行（需运行日期在 " + from
                        + " 至 " + to + " 之间且已完成）；可用 --input 指定数据目录先按 " + from + " 运行比对"));
        Jurisdiction area = Jurisdiction.of(regions, regionCode, Jurisdiction.SETTING);
        long instance = run.jobInstanceId();
        HalfYearSubmission s = HalfYearSubmission.fromRun(period, regions, area, history.countyFiguresOf(instance),
                figures.platformsOf(instance), figures.absentSourcesOf(instance), reportingUnit, run.runDate(),
                Long.toString(run.jobExecutionId()), LocalDate.now());
        SuspectedCounts.Adjusted adjusted = SuspectedCounts.withoutUntrue(s.counties(),
                () -> history.findingsOf(instance), untrue.asOf(run.runDate()));
        if (adjusted.leftOut() > 0) {
            s = s.withCounties(adjusted.counties()).withNotes(List.of("经核实不属实的疑似口袋党员、隐形党员线索 "
                    + adjusted.leftOut() + " 条未计入。"));
        }
        HalfYearSubmissionWriter.Written w = new HalfYearSubmissionWriter(Clock.systemDefaultZone()).write(s, out, replace);
        return new Submitted(w, run.runDate());
    }
}
