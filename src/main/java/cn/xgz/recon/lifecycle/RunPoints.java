package cn.xgz.recon.lifecycle;

import cn.xgz.recon.rules.Finding;
import java.sql.Date;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The query behind the workbooks' 趋势 and 汇总's change column: earlier runs' figures per county, read from
 * RECON_RUN, COUNTY_FIGURES and RUN_FINDING_COUNTS only, so it works the same whichever tables hold the findings.
 */
@Repository
public class RunPoints {

    /** Days after a half-year's last day within which a nightly run stands for that period (outputs.md). */
    static final int HALF_YEAR_WINDOW_DAYS = 31;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;

    public RunPoints(JdbcTemplate jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    /** Stores a run's findings counted per county, rule and status, replacing the same job instance's. */
    public void storeFindingCounts(long jobInstanceId, List<Finding> findings) {
        Map<String, int[]> counts = new TreeMap<>();
        for (Finding f : findings) {
            if (f.status() == null) {
                continue;
            }
            String key = (f.regionCode() == null ? "" : f.regionCode()) + "|" + f.rule().name();
            counts.computeIfAbsent(key, k -> new int[3])[f.status().ordinal()]++;
        }
        tx.executeWithoutResult(s -> {
            // Counts of runs that no longer stand for any date (replaced by a rerun) go too.
            jdbc.update("DELETE FROM RUN_FINDING_COUNTS WHERE JOB_INSTANCE_ID = ? OR JOB_INSTANCE_ID NOT IN"
                    + " (SELECT JOB_INSTANCE_ID FROM RECON_RUN)", jobInstanceId);
            jdbc.batchUpdate("INSERT INTO RUN_FINDING_COUNTS (JOB_INSTANCE_ID, COUNTY_CODE, RULE_CODE, NEW_COUNT, OPEN_COUNT,"
                    + " RESOLVED_COUNT) VALUES (?,?,?,?,?,?)", new ArrayList<>(counts.entrySet()), 500, (ps, e) -> {
                        int bar = e.getKey().indexOf('|');
                        ps.setLong(1, jobInstanceId);
                        ps.setString(2, e.getKey().substring(0, bar));
                        ps.setString(3, e.getKey().substring(bar + 1));
                        ps.setInt(4, e.getValue()[0]);
                        ps.setInt(5, e.getValue()[1]);
                        ps.setInt(6, e.getValue()[2]);
                    });
        });
    }

    /**
     * The points of the completed runs before {@code runDate}, oldest first: the latest {@code maxNightly} nightly
     * runs, and for every half-year period the run that stands for it (the latest run from the period's last day to
     * {@value #HALF_YEAR_WINDOW_DAYS} days after), marked with the period.
     */
    public List<RunPoint> before(LocalDate runDate, int maxNightly) {
        Map<LocalDate, Long> runs = new TreeMap<>();
        jdbc.query("SELECT RUN_DATE, JOB_INSTANCE_ID FROM RECON_RUN WHERE RUN_DATE < ? ORDER BY RUN_DATE",
                rs -> {
                    runs.put(rs.getDate(1).toLocalDate(), rs.getLong(2));
                }, Date.valueOf(runDate));
        List<LocalDate> dates = new ArrayList<>(runs.keySet());
        List<LocalDate> nightly = dates.subList(Math.max(0, dates.size() - maxNightly), dates.size());
        Map<String, LocalDate> halfYears = halfYearRuns(dates);
        Map<Long, Map<String, RunPoint.CountyPoint>> figures = new HashMap<>();
        List<Long> wanted = new ArrayList<>();
        nightly.forEach(d -> wanted.add(runs.get(d)));
        halfYears.values().forEach(d -> wanted.add(runs.get(d)));
        for (Long id : wanted) {
            figures.computeIfAbsent(id, this::countyPoints);
        }
        List<RunPoint> points = new ArrayList<>();
        for (LocalDate d : nightly) {
            points.add(new RunPoint(d, null, figures.get(runs.get(d))));
        }
        halfYears.forEach((period, d) -> points.add(new RunPoint(d, period, figures.get(runs.get(d)))));
        points.sort((a, b) -> a.runDate().compareTo(b.runDate()));
        return points;
    }

    /** Per half-year period (2025H1 …) the latest run from its last day to the window's end. */
    static Map<String, LocalDate> halfYearRuns(List<LocalDate> dates) {
        Map<String, LocalDate> out = new LinkedHashMap<>();
        if (dates.isEmpty()) {
            return out;
        }
        for (int year = dates.get(0).getYear() - 1; year <= dates.get(dates.size() - 1).getYear(); year++) {
            for (int half = 1; half <= 2; half++) {
                LocalDate end = (half == 1 ? MonthDay.of(6, 30) : MonthDay.of(12, 31)).atYear(year);
                LocalDate last = end.plusDays(HALF_YEAR_WINDOW_DAYS);
                LocalDate pick = null;
                for (LocalDate d : dates) {
                    if (!d.isBefore(end) && !d.isAfter(last)) {
                        pick = d;
                    }
                }
                if (pick != null) {
                    out.put(year + "H" + half, pick);
                }
            }
        }
        return out;
    }

    private Map<String, RunPoint.CountyPoint> countyPoints(long jobInstanceId) {
        Map<String, int[]> byCounty = new TreeMap<>();
        jdbc.query("SELECT COUNTY_CODE, IN_SCOPE_ENTITIES, COVERED_ENTITIES FROM COUNTY_FIGURES WHERE JOB_INSTANCE_ID = ?",
                rs -> {
                    int[] v = byCounty.computeIfAbsent(rs.getString(1), k -> new int[5]);
                    v[0] += rs.getInt(2);
                    v[1] += rs.getInt(3);
                }, jobInstanceId);
        jdbc.query("SELECT COUNTY_CODE, SUM(NEW_COUNT), SUM(OPEN_COUNT), SUM(RESOLVED_COUNT) FROM RUN_FINDING_COUNTS"
                        + " WHERE JOB_INSTANCE_ID = ? GROUP BY COUNTY_CODE",
                rs -> {
                    int[] v = byCounty.computeIfAbsent(rs.getString(1), k -> new int[5]);
                    v[2] += rs.getInt(2) + rs.getInt(3);
                    v[3] += rs.getInt(2);
                    v[4] += rs.getInt(4);
                }, jobInstanceId);
        return byCounty.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> new RunPoint.CountyPoint(e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3], e.getValue()[4])));
    }
}
