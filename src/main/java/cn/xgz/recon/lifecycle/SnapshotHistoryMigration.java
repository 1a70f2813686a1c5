package cn.xgz.recon.lifecycle;

import cn.xgz.recon.rules.Finding;
import cn.xgz.recon.rules.FindingStatus;
import cn.xgz.recon.rules.RuleCode;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * V21: the findings history of the compressed snapshots (V2, FINDING_SNAPSHOT) into the ledger (V20), so an
 * installation keeps every finding's first_seen. The completed runs are replayed in date order through the same
 * ledger code a nightly run uses; the snapshot of a run that failed after its lifecycle step becomes that run's
 * pending changes, so restarting it still works. The snapshot table is dropped afterwards.
 */
public final class SnapshotHistoryMigration implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("21");
    }

    @Override
    public String getDescription() {
        return "findings ledger from snapshots";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection con = context.getConnection();
        FindingLedger ledger = new FindingLedger(new JdbcTemplate(new SingleConnectionDataSource(con, true)));
        List<Object[]> runs = new ArrayList<>();
        try (Statement st = con.createStatement();
                ResultSet rs = st.executeQuery("SELECT RUN_DATE, JOB_INSTANCE_ID FROM RECON_RUN ORDER BY RUN_DATE")) {
            while (rs.next()) {
                runs.add(new Object[] {rs.getDate(1).toLocalDate(), rs.getLong(2)});
            }
        }
        LocalDate previous = null;
        List<Finding> previousOpen = List.of();
        for (Object[] run : runs) {
            LocalDate date = (LocalDate) run[0];
            long instance = (Long) run[1];
            Snapshot s = read(con, instance);
            ledger.writePending(instance, date, previous, previousOpen, s.open(), s.skipped());
            ledger.applyPending(instance, date, null);
            ledger.clearUnclaimedPending();
            previous = date;
            previousOpen = s.open();
        }
        // Runs that stored findings but never completed (failed after the lifecycle step): pending, for a restart.
        List<Long> unfinished = new ArrayList<>();
        try (Statement st = con.createStatement();
                ResultSet rs = st.executeQuery("SELECT DISTINCT JOB_INSTANCE_ID FROM FINDING_SNAPSHOT"
                        + " WHERE JOB_INSTANCE_ID NOT IN (SELECT JOB_INSTANCE_ID FROM RECON_RUN)")) {
            while (rs.next()) {
                unfinished.add(rs.getLong(1));
            }
        }
        for (long instance : unfinished) {
            LocalDate date = runDateOf(con, instance);
            if (date != null) {
                LocalDate base = latestBefore(con, date);
                List<Finding> baseOpen = base == null ? List.of() : ledger.openAt(base);
                Snapshot s = read(con, instance);
                ledger.writePending(instance, date, base, baseOpen, s.open(), s.skipped());
            }
        }
        try (Statement st = con.createStatement()) {
            st.execute("DROP TABLE FINDING_SNAPSHOT");
        }
    }

    private record Snapshot(List<Finding> open, Set<RuleCode> skipped) {}

    /** A run's open findings (reported and not resolved, and carried) and the rules it carried findings for. */
    private static Snapshot read(Connection con, long instance) throws SQLException {
        List<Finding> open = new ArrayList<>();
        Set<RuleCode> skipped = EnumSet.noneOf(RuleCode.class);
        try (PreparedStatement ps = con.prepareStatement(
                "SELECT CARRIED, PAYLOAD FROM FINDING_SNAPSHOT WHERE JOB_INSTANCE_ID = ? ORDER BY PART")) {
            ps.setLong(1, instance);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    boolean carried = rs.getBoolean(1);
                    for (Finding f : FindingCodec.decode(rs.getBytes(2))) {
                        if (carried) {
                            skipped.add(f.rule());
                        }
                        if (carried || f.status() != FindingStatus.RESOLVED) {
                            open.add(f);
                        }
                    }
                }
            }
        }
        return new Snapshot(open, skipped);
    }

    private static LocalDate runDateOf(Connection con, long instance) throws SQLException {
        try (PreparedStatement ps = con.prepareStatement("SELECT p.PARAMETER_VALUE FROM BATCH_JOB_EXECUTION_PARAMS p"
                + " JOIN BATCH_JOB_EXECUTION e ON e.JOB_EXECUTION_ID = p.JOB_EXECUTION_ID"
                + " WHERE e.JOB_INSTANCE_ID = ? AND p.PARAMETER_NAME = 'runDate'")) {
            ps.setLong(1, instance);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? LocalDate.parse(rs.getString(1)) : null;
            }
        }
    }

    private static LocalDate latestBefore(Connection con, LocalDate date) throws SQLException {
        try (PreparedStatement ps = con.prepareStatement("SELECT MAX(RUN_DATE) FROM RECON_RUN WHERE RUN_DATE < ?")) {
            ps.setDate(1, Date.valueOf(date));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getDate(1) != null ? rs.getDate(1).toLocalDate() : null;
            }
        }
    }
}
