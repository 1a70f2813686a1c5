package cn.xgz.recon.lifecycle;

import cn.xgz.recon.rules.CountyFigures;
import cn.xgz.recon.rules.Finding;
import cn.xgz.recon.rules.RuleCode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reconciliation history in the store (H2 or PostgreSQL): which run stands for each date, the findings
 * ledger (for the next run's lifecycle and for reporting tools, see {@link FindingLedger}) and the county figures
 * (for the half-year submission).
 */
@Repository
public class RunHistory {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final FindingLedger ledger;

    public RunHistory(JdbcTemplate jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.tx = tx;
        JdbcTemplate streaming = new JdbcTemplate(jdbc.getDataSource());
        // A night's million open findings are read in slices, not held twice (PostgreSQL's driver buffers otherwise).
        streaming.setFetchSize(10_000);
        this.ledger = new FindingLedger(streaming, tx.getTransactionManager());
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

    /** The findings open in the run of {@code date}, or of the latest completed run before it, status OPEN. */
    public List<Finding> openOn(LocalDate date) {
        return ledger.openAt(date);
    }

    /**
     * The findings (with statuses) a run reported, in findings.csv order: a run whose lifecycle step has run, before
     * or after it completed.
     */
    public List<Finding> findingsOf(long jobInstanceId) {
        FindingLedger.PendingRun pending = ledger.pendingRun(jobInstanceId);
        List<RuleCode> skipped = ledger.skippedRules(jobInstanceId);
        if (pending != null) {
            return ledger.reportedByPending(jobInstanceId, pending, skipped);
        }
        CompletedRun run = jdbc.query("SELECT * FROM RECON_RUN WHERE JOB_INSTANCE_ID = ?", (rs, i) -> map(rs), jobInstanceId)
                .stream().findFirst().orElseThrow(() -> new IllegalStateException(
                        "没有该运行（作业实例 " + jobInstanceId + "）的发现记录：请以同一运行日期重新执行 nightly"));
        return ledger.reportedByCompleted(run.runDate(),
                latestBefore(run.runDate()).map(CompletedRun::runDate).orElse(null), skipped);
    }

    /**
     * What a run's lifecycle found against the run it compared with.
     *
     * @param baseRunDate the latest completed run before this one, null for the first run
     * @param baseOpen the findings open in that run
     */
    public record Compared(LocalDate baseRunDate, long baseOpen, FindingLifecycle.Result lifecycle) {}

    /**
     * Compares a run's findings with those open in the latest completed run before it, read from the ledger one by
     * one, and stores what changed (pending until the run completes) for the run's later steps and the history.
     *
     * @param current the run's findings, without status
     * @param skipped the rules that did not run
     */
    public Compared compareAndStore(long jobInstanceId, LocalDate runDate, List<Finding> current,
            Collection<RuleCode> skipped, FindingLifecycle.Holds holds) {
        LocalDate base = latestBefore(runDate).map(CompletedRun::runDate).orElse(null);
        FindingLifecycle.Comparison comparison = FindingLifecycle.comparing(current, runDate, skipped, holds);
        if (base != null) {
            ledger.forEachOpenAt(base, comparison);
        }
        FindingLifecycle.Result lc = comparison.result();
        ledger.writeChanges(jobInstanceId, runDate, base, lc.opened(), lc.closed(), skipped);
        return new Compared(base, comparison.earlierOpen(), lc);
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
            Date date = Date.valueOf(run.runDate());
            List<Long> standing = jdbc.queryForList("SELECT JOB_INSTANCE_ID FROM RECON_RUN WHERE RUN_DATE = ?", Long.class, date);
            boolean pending = ledger.pendingRun(run.jobInstanceId()) != null;
            if (!pending && !standing.contains(run.jobInstanceId())) {
                throw new IllegalStateException("运行日期 " + run.runDate() + " 的发现尚未保存，无法完成该运行");
            }
            if (pending) {
                LocalDate next = jdbc.queryForList("SELECT MIN(RUN_DATE) FROM RECON_RUN WHERE RUN_DATE > ?", Date.class, date)
                        .stream().filter(d -> d != null).map(Date::toLocalDate).findFirst().orElse(null);
                if (!standing.isEmpty()) {
                    ledger.removeRunDate(run.runDate(), next);
                }
                ledger.applyPending(run.jobInstanceId(), run.runDate(), next);
            }
            for (Long old : standing) {
                if (old != run.jobInstanceId()) {
                    jdbc.update("DELETE FROM RUN_SKIPPED_RULE WHERE JOB_INSTANCE_ID = ?", old);
                    jdbc.update("DELETE FROM COUNTY_FIGURES WHERE JOB_INSTANCE_ID = ?", old);
                    jdbc.update("DELETE FROM PLATFORM_FIGURES WHERE JOB_INSTANCE_ID = ?", old);
                    jdbc.update("DELETE FROM RUN_ABSENT_SOURCE WHERE JOB_INSTANCE_ID = ?", old);
                }
            }
            jdbc.update("DELETE FROM RECON_RUN WHERE RUN_DATE = ?", date);
            jdbc.update("INSERT INTO RECON_RUN (RUN_DATE, JOB_INSTANCE_ID, JOB_EXECUTION_ID, INPUT_DIR, OUT_DIR,"
                            + " FINDING_COUNT, REVEAL_PII, STARTED_AT, FINISHED_AT) VALUES (?,?,?,?,?,?,?,?,?)",
                    date, run.jobInstanceId(), run.jobExecutionId(), run.inputDir(),
                    run.outDir(), run.findingCount(), run.revealPii(), Timestamp.valueOf(run.startedAt()),
                    Timestamp.valueOf(run.finishedAt()));
        });
        // Only once the completion has committed (with the finish step's transaction, when there is one); a run
        // killed before leaves unclaimed rows, which count for nothing and go with the next run's lifecycle step.
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    ledger.clearUnclaimedPending();
                }
            });
        } else {
            ledger.clearUnclaimedPending();
        }
    }

    private static CompletedRun map(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new CompletedRun(rs.getDate("RUN_DATE").toLocalDate(), rs.getLong("JOB_INSTANCE_ID"),
                rs.getLong("JOB_EXECUTION_ID"), rs.getString("INPUT_DIR"), rs.getString("OUT_DIR"),
                rs.getLong("FINDING_COUNT"), rs.getBoolean("REVEAL_PII"),
                rs.getTimestamp("STARTED_AT").toLocalDateTime(), rs.getTimestamp("FINISHED_AT").toLocalDateTime());
    }
}
