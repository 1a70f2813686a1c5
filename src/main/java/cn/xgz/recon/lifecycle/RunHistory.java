package cn.xgz.recon.lifecycle;

import cn.xgz.recon.rules.CountyFigures;
import cn.xgz.recon.rules.Finding;
import cn.xgz.recon.rules.RuleCode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reconciliation history in H2: which run stands for each date, its findings (for the next run's
 * lifecycle) and its county figures (for the half-year submission).
 */
@Repository
public class RunHistory {

    private static final int PART_SIZE = 200_000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;

    public RunHistory(JdbcTemplate jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    /** A completed run as RECON_RUN records it. */
    public record CompletedRun(
            LocalDate runDate,
            long jobInstanceId,
            long jobExecutionId,
            String inputDir,
            String outDir,
            long findingCount,
            boolean revealPii,
            LocalDateTime startedAt,
            LocalDateTime finishedAt) {}

    /** The latest completed run with a run date before {@code runDate} (never the date itself). */
    public Optional<CompletedRun> latestBefore(LocalDate runDate) {
        return jdbc.query("SELECT * FROM RECON_RUN WHERE RUN_DATE < ? ORDER BY RUN_DATE DESC LIMIT 1",
                        (rs, i) -> map(rs), Date.valueOf(runDate))
                .stream().findFirst();
    }

    /** The latest completed run with a run date in [from, to]. */
    public Optional<CompletedRun> latestBetween(LocalDate from, LocalDate to) {
        return jdbc.query("SELECT * FROM RECON_RUN WHERE RUN_DATE BETWEEN ? AND ? ORDER BY RUN_DATE DESC LIMIT 1",
                        (rs, i) -> map(rs), Date.valueOf(from), Date.valueOf(to))
                .stream().findFirst();
    }

    /** The most recent completed runs, newest first. */
    public List<CompletedRun> recent(int limit) {
        return jdbc.query("SELECT * FROM RECON_RUN ORDER BY RUN_DATE DESC LIMIT ?", (rs, i) -> map(rs), limit);
    }

    /** The findings (with statuses) a run reported. */
    public List<Finding> findingsOf(long jobInstanceId) {
        return read(jobInstanceId, "AND CARRIED = FALSE", (rule, key) -> false);
    }

    /**
     * What the next run compares with: the run's reported findings and those it carried for rules that did not
     * run; those matching {@code keyOnly} with only rule, subject, status and first_seen (see
     * {@link FindingCodec#decode(byte[], BiPredicate)}).
     */
    List<Finding> historyOf(long jobInstanceId, BiPredicate<RuleCode, String> keyOnly) {
        return read(jobInstanceId, "", keyOnly);
    }

    private List<Finding> read(long jobInstanceId, String filter, BiPredicate<RuleCode, String> keyOnly) {
        List<byte[]> parts = jdbc.query(
                "SELECT PAYLOAD FROM FINDING_SNAPSHOT WHERE JOB_INSTANCE_ID = ? " + filter + " ORDER BY PART",
                (rs, i) -> rs.getBytes(1), jobInstanceId);
        // Parts decode independently; the stream keeps their order.
        List<Finding> all = new ArrayList<>();
        parts.parallelStream().map(p -> FindingCodec.decode(p, keyOnly)).toList().forEach(all::addAll);
        return all;
    }

    /**
     * Stores a run's findings, replacing whatever the same job instance stored before: those it reports, and
     * those it carries unreported for rules that did not run.
     */
    public void storeFindings(long jobInstanceId, List<Finding> reported, List<Finding> carried) {
        tx.executeWithoutResult(s -> {
            jdbc.update("DELETE FROM FINDING_SNAPSHOT WHERE JOB_INSTANCE_ID = ?", jobInstanceId);
            int part = insertParts(jobInstanceId, 0, reported, false);
            insertParts(jobInstanceId, part, carried, true);
        });
    }

    private int insertParts(long jobInstanceId, int firstPart, List<Finding> findings, boolean carried) {
        // Encoded in parallel (each part is independent), inserted in part order.
        int parts = (findings.size() + PART_SIZE - 1) / PART_SIZE;
        List<byte[]> payloads = IntStream.range(0, parts).parallel()
                .mapToObj(p -> FindingCodec.encode(findings.subList(p * PART_SIZE, Math.min(findings.size(), (p + 1) * PART_SIZE))))
                .toList();
        for (int p = 0; p < parts; p++) {
            int rows = Math.min(findings.size(), (p + 1) * PART_SIZE) - p * PART_SIZE;
            jdbc.update("INSERT INTO FINDING_SNAPSHOT (JOB_INSTANCE_ID, PART, ROW_COUNT, CARRIED, PAYLOAD) VALUES (?,?,?,?,?)",
                    jobInstanceId, firstPart + p, rows, carried, payloads.get(p));
        }
        return firstPart + parts;
    }

    /** Stores a run's county figures, replacing the same job instance's. */
    public void storeCountyFigures(long jobInstanceId, List<CountyFigures> counties) {
        tx.executeWithoutResult(s -> {
            jdbc.update("DELETE FROM COUNTY_FIGURES WHERE JOB_INSTANCE_ID = ?", jobInstanceId);
            jdbc.batchUpdate("INSERT INTO COUNTY_FIGURES VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    counties, 500, (ps, c) -> {
                        Object[] v = {jobInstanceId, c.countyCode(), c.microEnterprises(), c.individualBusinesses(),
                            c.markets(), c.entitiesWithMembers(), c.memberBase(), c.rosterMembers(),
                            c.coveredEntities(), c.orgsSingle(), c.orgsJoint(), c.orgsAttached(), c.orgsSector(),
                            c.eligibleEntities(), c.eligibleCovered(), c.entitiesBelowThree(), c.coveredMarkets(),
                            c.riderMembers(), c.coveredStations(), c.pocketMembers(), c.hiddenMembers(), c.inScopeEntities()};
                        for (int i = 0; i < v.length; i++) {
                            ps.setObject(i + 1, v[i]);
                        }
                    });
        });
    }

    public List<CountyFigures> countyFiguresOf(long jobInstanceId) {
        return jdbc.query("SELECT * FROM COUNTY_FIGURES WHERE JOB_INSTANCE_ID = ? ORDER BY COUNTY_CODE",
                (rs, i) -> new CountyFigures(rs.getString("COUNTY_CODE"), rs.getInt("MICRO_ENTERPRISES"),
                        rs.getInt("INDIVIDUAL_BUSINESSES"), rs.getInt("MARKETS"), rs.getInt("ENTITIES_WITH_MEMBERS"),
                        rs.getInt("MEMBER_BASE"), rs.getInt("ROSTER_MEMBERS"), rs.getInt("COVERED_ENTITIES"),
                        rs.getInt("ORGS_SINGLE"), rs.getInt("ORGS_JOINT"), rs.getInt("ORGS_ATTACHED"),
                        rs.getInt("ORGS_SECTOR"), rs.getInt("ELIGIBLE_ENTITIES"), rs.getInt("ELIGIBLE_COVERED"),
                        rs.getInt("ENTITIES_BELOW_THREE"), rs.getInt("COVERED_MARKETS"), rs.getInt("RIDER_MEMBERS"),
                        rs.getInt("COVERED_STATIONS"), rs.getInt("POCKET_MEMBERS"), rs.getInt("HIDDEN_MEMBERS"),
                        rs.getInt("IN_SCOPE_ENTITIES")),
                jobInstanceId);
    }

    /**
     * Makes a run the one that stands for its date, in one transaction: the row for the date now points at
     * this job instance, and what an earlier run of the same date stored is dropped.
     */
    public void complete(CompletedRun run) {
        tx.executeWithoutResult(s -> {
            List<Long> replaced = jdbc.queryForList(
                    "SELECT JOB_INSTANCE_ID FROM RECON_RUN WHERE RUN_DATE = ? AND JOB_INSTANCE_ID <> ?", Long.class,
                    Date.valueOf(run.runDate()), run.jobInstanceId());
            for (Long old : replaced) {
                jdbc.update("DELETE FROM FINDING_SNAPSHOT WHERE JOB_INSTANCE_ID = ?", old);
                jdbc.update("DELETE FROM COUNTY_FIGURES WHERE JOB_INSTANCE_ID = ?", old);
                jdbc.update("DELETE FROM PLATFORM_FIGURES WHERE JOB_INSTANCE_ID = ?", old);
                jdbc.update("DELETE FROM RUN_ABSENT_SOURCE WHERE JOB_INSTANCE_ID = ?", old);
            }
            jdbc.update("DELETE FROM RECON_RUN WHERE RUN_DATE = ?", Date.valueOf(run.runDate()));
            jdbc.update("INSERT INTO RECON_RUN (RUN_DATE, JOB_INSTANCE_ID, JOB_EXECUTION_ID, INPUT_DIR, OUT_DIR,"
                            + " FINDING_COUNT, REVEAL_PII, STARTED_AT, FINISHED_AT) VALUES (?,?,?,?,?,?,?,?,?)",
                    Date.valueOf(run.runDate()), run.jobInstanceId(), run.jobExecutionId(), run.inputDir(),
                    run.outDir(), run.findingCount(), run.revealPii(), Timestamp.valueOf(run.startedAt()),
                    Timestamp.valueOf(run.finishedAt()));
        });
    }

    private static CompletedRun map(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new CompletedRun(rs.getDate("RUN_DATE").toLocalDate(), rs.getLong("JOB_INSTANCE_ID"),
                rs.getLong("JOB_EXECUTION_ID"), rs.getString("INPUT_DIR"), rs.getString("OUT_DIR"),
                rs.getLong("FINDING_COUNT"), rs.getBoolean("REVEAL_PII"),
                rs.getTimestamp("STARTED_AT").toLocalDateTime(), rs.getTimestamp("FINISHED_AT").toLocalDateTime());
    }
}
