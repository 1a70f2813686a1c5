package cn.xgz.recon.lifecycle;

import cn.xgz.recon.rules.PlatformFigures;
import cn.xgz.recon.source.Source;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the half-year submission needs of a run besides its county figures ({@link RunHistory}): the platform
 * figures and the sources the run had no file of. Keyed by job instance like the county figures.
 */
@Repository
public class SubmissionFiguresStore {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;

    public SubmissionFiguresStore(JdbcTemplate jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    /** Stores a run's platform figures and absent sources, replacing the same job instance's. */
    public void store(long jobInstanceId, List<PlatformFigures> platforms, Set<Source> absent) {
        tx.executeWithoutResult(s -> {
            delete(jobInstanceId);
            jdbc.batchUpdate("INSERT INTO PLATFORM_FIGURES (JOB_INSTANCE_ID, COUNTY_CODE, PLATFORM, RIDERS, RIDER_MEMBERS,"
                    + " STATIONS, COVERED_STATIONS) VALUES (?,?,?,?,?,?,?)", platforms, 500, (ps, p) -> {
                        ps.setLong(1, jobInstanceId);
                        ps.setString(2, p.countyCode());
                        ps.setString(3, p.platform());
                        ps.setInt(4, p.riders());
                        ps.setInt(5, p.riderMembers());
                        ps.setInt(6, p.stations());
                        ps.setInt(7, p.coveredStations());
                    });
            for (Source source : absent) {
                jdbc.update("INSERT INTO RUN_ABSENT_SOURCE (JOB_INSTANCE_ID, SOURCE) VALUES (?,?)", jobInstanceId, source.name());
            }
        });
    }

    /** Drops what a job instance stored (its run was replaced by a later run of the same date). */
    public void delete(long jobInstanceId) {
        jdbc.update("DELETE FROM PLATFORM_FIGURES WHERE JOB_INSTANCE_ID = ?", jobInstanceId);
        jdbc.update("DELETE FROM RUN_ABSENT_SOURCE WHERE JOB_INSTANCE_ID = ?", jobInstanceId);
    }

    public List<PlatformFigures> platformsOf(long jobInstanceId) {
        return jdbc.query("SELECT * FROM PLATFORM_FIGURES WHERE JOB_INSTANCE_ID = ? ORDER BY COUNTY_CODE, PLATFORM",
                (rs, i) -> new PlatformFigures(rs.getString("COUNTY_CODE"), rs.getString("PLATFORM"), rs.getInt("RIDERS"),
                        rs.getInt("RIDER_MEMBERS"), rs.getInt("STATIONS"), rs.getInt("COVERED_STATIONS")),
                jobInstanceId);
    }

    public Set<Source> absentSourcesOf(long jobInstanceId) {
        Set<Source> absent = EnumSet.noneOf(Source.class);
        jdbc.queryForList("SELECT SOURCE FROM RUN_ABSENT_SOURCE WHERE JOB_INSTANCE_ID = ?", String.class, jobInstanceId)
                .forEach(s -> absent.add(Source.valueOf(s)));
        return absent;
    }
}
