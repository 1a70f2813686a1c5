package cn.xgz.recon.lifecycle;

import cn.xgz.recon.common.BulkInsert;
import cn.xgz.recon.rules.Finding;
import cn.xgz.recon.rules.FindingStatus;
import cn.xgz.recon.rules.RuleCode;
import cn.xgz.recon.rules.SubjectType;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The findings history as a ledger (V20__findings_ledger.sql): a row per finding and stretch of runs in which it
 * stayed open and unchanged, valid for the runs dated {@code VALID_FROM <= date < VALID_TO}. All row boundaries are
 * dates of completed runs, so the findings open in a run are the rows that cover its date.
 *
 * <p>A run's changes are first held as pending rows (written by the lifecycle step) and enter the ledger only when
 * the run completes, in the same transaction that makes it the run of its date. Nothing of a failed run is visible
 * to another run's comparison or to a report.
 *
 * <p>Pending rows count only while their job instance has a FINDING_PENDING_RUN row, so removing them need not share
 * the transaction that completes the run: that transaction drops the row, and the pending rows go after its commit
 * (emptied whole when no other run is pending). Deleting a first night's million rows one by one was half of the
 * completing transaction on H2.
 */
final class FindingLedger {

    static final String COLUMNS = "RULE_CODE, SUBJECT_TYPE, SUBJECT_KEY, SUBJECT_NAME, REGION_CODE, MARKET_ID, METRIC,"
            + " BASIS, DETAIL, FIRST_SEEN";

    private static final String PENDING_COLUMNS = "JOB_INSTANCE_ID, FINDING_ID, OPENS, " + COLUMNS;

    /** FINDING_ID order ({@code rule_code:subject_key}; every rule code has three characters) without making the ids. */
    static final Comparator<Finding> ID_ORDER = (a, b) -> {
        int c = a.rule().name().compareTo(b.rule().name());
        return c != 0 ? c : a.subjectKey().compareTo(b.subjectKey());
    };

    /** {@link #COLUMNS} of the ledger aliased {@code l}. */
    private static final String LEDGER_COLUMNS = "l." + COLUMNS.replace(", ", ", l.");

    private static final String COVERS = "VALID_FROM <= ? AND (VALID_TO IS NULL OR VALID_TO > ?)";
    private static final int BATCH = 5_000;

    private final JdbcTemplate jdbc;
    /** Transactions of the ledger's own, apart from the step's that calls it (writing and clearing pending rows). */
    private final TransactionTemplate own;
    private final BulkInsert bulk;
    /** Whether the store is H2, learnt from the first connection that streams a query. */
    private volatile Boolean onH2;

    FindingLedger(JdbcTemplate jdbc, PlatformTransactionManager tm) {
        this.jdbc = jdbc;
        this.own = new TransactionTemplate(tm);
        own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.bulk = new BulkInsert(jdbc, BATCH);
    }

    /** A ledger inside a transaction it must not leave (a Flyway migration): everything runs in the caller's. */
    FindingLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.own = null;
        this.bulk = new BulkInsert(jdbc, BATCH);
    }

    private void inOwnTransaction(Runnable work) {
        if (own == null) {
            work.run();
        } else {
            own.executeWithoutResult(s -> work.run());
        }
    }

    static String findingId(Finding f) {
        return f.rule().name() + ":" + f.subjectKey();
    }

    /** The findings open in the completed run of {@code date} (or the latest before it), with status OPEN. */
    List<Finding> openAt(LocalDate date) {
        List<Finding> open = new ArrayList<>();
        forEachOpenAt(date, open::add);
        return open;
    }

    /** Each finding open in the completed run of {@code date} (or the latest before it), status OPEN, as it is read. */
    void forEachOpenAt(LocalDate date, Consumer<Finding> sink) {
        Date d = Date.valueOf(date);
        streamed("SELECT " + COLUMNS + " FROM FINDING_LEDGER WHERE " + COVERS, rs -> sink.accept(finding(rs)), d, d);
    }

    /**
     * Runs a query whose rows a night reads by the million, one row at a time. On H2 the query runs lazily for its
     * duration: H2 otherwise copies a result of more than MAX_MEMORY_ROWS rows into a temporary file and reads it
     * back (1.17M open findings took 8.8 s that way, 2.5 s lazily). The setting is the session's, so it is switched
     * back before the connection serves anything else; it is transactional on H2, so the step's open transaction
     * stays open.
     */
    private void streamed(String sql, RowCallbackHandler rows, Object... args) {
        jdbc.execute((ConnectionCallback<Void>) con -> {
            boolean lazy = isH2(con);
            if (lazy) {
                lazyQueries(con, true);
            }
            try (PreparedStatement ps = con.prepareStatement(sql)) {
                if (jdbc.getFetchSize() > 0) {
                    ps.setFetchSize(jdbc.getFetchSize());
                }
                new ArgumentPreparedStatementSetter(args).setValues(ps);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.processRow(rs);
                    }
                }
            } finally {
                if (lazy) {
                    lazyQueries(con, false);
                }
            }
            return null;
        });
    }

    private boolean onH2() {
        Boolean h2 = onH2;
        return h2 != null ? h2 : Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) this::isH2));
    }

    private boolean isH2(Connection con) throws SQLException {
        Boolean h2 = onH2;
        if (h2 == null) {
            h2 = "H2".equals(con.getMetaData().getDatabaseProductName());
            onH2 = h2;
        }
        return h2;
    }

    private static void lazyQueries(Connection con, boolean on) throws SQLException {
        try (Statement st = con.createStatement()) {
            st.execute("SET LAZY_QUERY_EXECUTION " + (on ? "TRUE" : "FALSE"));
        }
    }

    /**
     * Holds a run's changes until it completes, found from the base run's open findings and this run's (the history
     * migration's runs, whose snapshots hold both): findings open now that were not open (or differed) in the base
     * run, and findings of the base run no longer open.
     *
     * @param baseOpen the findings open in the run compared with (empty for the first run)
     * @param nowOpen the findings open after this run: reported ones not resolved, and carried ones
     */
    void writePending(long jobInstanceId, LocalDate runDate, LocalDate baseRunDate, List<Finding> baseOpen,
            List<Finding> nowOpen, Collection<RuleCode> skipped) {
        FindingsByKey before = new FindingsByKey();
        baseOpen.forEach(before::put);
        List<Finding> opened = new ArrayList<>();
        for (Finding f : nowOpen) {
            Finding earlier = before.get(f);
            if (earlier == null || !sameContent(earlier, f)) {
                opened.add(f);
            }
        }
        List<Finding> closed = new ArrayList<>();
        if (!baseOpen.isEmpty()) {
            FindingsByKey now = new FindingsByKey();
            nowOpen.forEach(now::put);
            for (Finding f : baseOpen) {
                if (!now.containsKeyOf(f)) {
                    closed.add(f);
                }
            }
        }
        opened.sort(ID_ORDER);
        closed.sort(ID_ORDER);
        writeChanges(jobInstanceId, runDate, baseRunDate, opened, closed, skipped);
    }

    /**
     * Holds a run's changes until it completes, as the lifecycle found them.
     *
     * @param opened findings open after this run that were not open, or differed, in the base run (in {@link
     *     #ID_ORDER}: H2 then appends to its key index instead of inserting at random places in it; a million rows
     *     took 17 s instead of 35 to 65 s, measured on a loaded machine)
     * @param closed findings of the base run no longer open, in {@link #ID_ORDER}
     */
    void writeChanges(long jobInstanceId, LocalDate runDate, LocalDate baseRunDate, List<Finding> opened,
            List<Finding> closed, Collection<RuleCode> skipped) {
        // Withdrawn first: until the run row is back, no reader counts this instance's pending rows.
        inOwnTransaction(() -> {
            jdbc.update("DELETE FROM FINDING_PENDING_RUN WHERE JOB_INSTANCE_ID = ?", jobInstanceId);
            clearUnclaimed();
        });
        // One transaction with the run row that claims them (slices of their own cost H2 more CPU, not less).
        inOwnTransaction(() -> {
            bulk.insert("FINDING_PENDING", PENDING_COLUMNS, pendingRows(jobInstanceId, true, opened));
            bulk.insert("FINDING_PENDING", PENDING_COLUMNS, pendingRows(jobInstanceId, false, closed));
            jdbc.update("DELETE FROM RUN_SKIPPED_RULE WHERE JOB_INSTANCE_ID = ?", jobInstanceId);
            jdbc.batchUpdate("INSERT INTO RUN_SKIPPED_RULE (JOB_INSTANCE_ID, RULE_CODE) VALUES (?,?)",
                    skipped.stream().map(r -> new Object[] {jobInstanceId, r.name()}).toList());
            jdbc.update("INSERT INTO FINDING_PENDING_RUN (JOB_INSTANCE_ID, RUN_DATE, BASE_RUN_DATE) VALUES (?,?,?)",
                    jobInstanceId, Date.valueOf(runDate), baseRunDate == null ? null : Date.valueOf(baseRunDate));
        });
    }

    /**
     * Removes the pending rows no pending run claims (those of completed runs, and of a lifecycle step killed while
     * it wrote them), in a transaction of its own: call it where the run that dropped its claim has committed.
     */
    void clearUnclaimedPending() {
        inOwnTransaction(this::clearUnclaimed);
    }

    private void clearUnclaimed() {
        Long claimed = jdbc.queryForObject("SELECT COUNT(*) FROM FINDING_PENDING_RUN", Long.class);
        // TRUNCATE commits on H2, so not where the caller's transaction must stay open.
        if (claimed != null && claimed == 0 && own != null) {
            // The usual case, no run pending: emptying the table costs nothing against deleting a million rows.
            jdbc.execute("TRUNCATE TABLE FINDING_PENDING");
        } else {
            jdbc.update("DELETE FROM FINDING_PENDING WHERE JOB_INSTANCE_ID NOT IN"
                    + " (SELECT JOB_INSTANCE_ID FROM FINDING_PENDING_RUN)");
        }
    }

    /** The pending run of a job instance, if its lifecycle step has stored one that has not completed. */
    PendingRun pendingRun(long jobInstanceId) {
        return jdbc.query("SELECT RUN_DATE, BASE_RUN_DATE FROM FINDING_PENDING_RUN WHERE JOB_INSTANCE_ID = ?",
                (rs, i) -> new PendingRun(rs.getDate(1).toLocalDate(),
                        rs.getDate(2) == null ? null : rs.getDate(2).toLocalDate()), jobInstanceId)
                .stream().findFirst().orElse(null);
    }

    record PendingRun(LocalDate runDate, LocalDate baseRunDate) {}

    /**
     * What a pending run reports: the base run's open findings with the run's pending rows applied. A base finding
     * the run closed is RESOLVED with its base values; one it opened again (changed) is reported as the run stored it.
     * Read in two streams, so that a restarted step holds what the run reports and the pending rows, not the base run's
     * findings beside them (a findings-heavy province night: 3.19M of each).
     */
    List<Finding> reportedByPending(long jobInstanceId, PendingRun pending, Collection<RuleCode> skipped) {
        List<Finding> touched = new ArrayList<>();
        BitSet opens = new BitSet();
        streamed("SELECT OPENS, " + COLUMNS + " FROM FINDING_PENDING WHERE JOB_INSTANCE_ID = ?", rs -> {
            opens.set(touched.size(), rs.getBoolean("OPENS"));
            touched.add(finding(rs));
        }, jobInstanceId);
        FindingPositions byKey = FindingPositions.of(touched);
        List<Finding> out = new ArrayList<>();
        if (pending.baseRunDate() != null) {
            forEachOpenAt(pending.baseRunDate(), f -> {
                if (skipped.contains(f.rule())) {
                    return;
                }
                int i = byKey.get(f.rule(), f.subjectKey());
                if (i < 0) {
                    out.add(asReported(f, pending.runDate()));
                } else if (!opens.get(i)) {
                    out.add(f.withLifecycle(FindingStatus.RESOLVED, f.firstSeen()));
                }
            });
        }
        for (int i = 0; i < touched.size(); i++) {
            Finding f = touched.get(i);
            if (opens.get(i) && !skipped.contains(f.rule())) {
                out.add(asReported(f, pending.runDate()));
            }
        }
        out.sort(Finding.CSV_ORDER);
        return out;
    }

    /**
     * What a completed run reported: the findings open in it, and those open in the run before it ({@code
     * baseRunDate}, null for none) whose key is no longer open, RESOLVED with their earlier values. Rules the run did
     * not run report nothing. Holds only what it returns and a key index.
     */
    List<Finding> reportedByCompleted(LocalDate runDate, LocalDate baseRunDate, Collection<RuleCode> skipped) {
        List<Finding> open = openAt(runDate);
        FindingPositions byKey = FindingPositions.of(open);
        List<Finding> out = new ArrayList<>(open.size());
        for (Finding f : open) {
            if (!skipped.contains(f.rule())) {
                out.add(asReported(f, runDate));
            }
        }
        if (baseRunDate != null) {
            forEachOpenAt(baseRunDate, f -> {
                if (!skipped.contains(f.rule()) && byKey.get(f.rule(), f.subjectKey()) < 0) {
                    out.add(f.withLifecycle(FindingStatus.RESOLVED, f.firstSeen()));
                }
            });
        }
        out.sort(Finding.CSV_ORDER);
        return out;
    }

    /** An open finding as its run reports it: NEW on the run of its first_seen, OPEN after. */
    private static Finding asReported(Finding f, LocalDate runDate) {
        return f.withLifecycle(runDate.equals(f.firstSeen()) ? FindingStatus.NEW : FindingStatus.OPEN, f.firstSeen());
    }

    /** The rules a run (pending or completed) did not run. */
    List<RuleCode> skippedRules(long jobInstanceId) {
        return jdbc.queryForList("SELECT RULE_CODE FROM RUN_SKIPPED_RULE WHERE JOB_INSTANCE_ID = ? ORDER BY RULE_CODE",
                String.class, jobInstanceId).stream().map(RuleCode::valueOf).toList();
    }

    /**
     * Takes a completed run's date out of the ledger, as if it had never run: the runs before and after it keep
     * exactly the findings they had. Called before a rerun of the date enters its own changes.
     */
    void removeRunDate(LocalDate runDate, LocalDate nextRunDate) {
        Date x = Date.valueOf(runDate);
        if (nextRunDate == null) {
            jdbc.update("DELETE FROM FINDING_LEDGER WHERE VALID_FROM = ?", x);
            jdbc.update("UPDATE FINDING_LEDGER SET VALID_TO = NULL WHERE VALID_TO = ?", x);
        } else {
            Date n = Date.valueOf(nextRunDate);
            jdbc.update("DELETE FROM FINDING_LEDGER WHERE VALID_FROM = ? AND VALID_TO IS NOT NULL AND VALID_TO <= ?", x, n);
            jdbc.update("UPDATE FINDING_LEDGER SET VALID_FROM = ? WHERE VALID_FROM = ?", n, x);
            jdbc.update("UPDATE FINDING_LEDGER SET VALID_TO = ? WHERE VALID_TO = ?", n, x);
        }
    }

    /**
     * Enters a pending run's changes at its date: every row of a changed finding that covers the date ends there
     * (and, when a later run exists, continues from that run unchanged), then the findings the run opened start
     * there. The run stops being pending; its rows are left for {@link #clearUnclaimedPending()}.
     */
    void applyPending(long jobInstanceId, LocalDate runDate, LocalDate nextRunDate) {
        Date x = Date.valueOf(runDate);
        // Both statements start from the pending rows and find the ledger's by its key. Written as
        // "FINDING_ID IN (SELECT ... FROM FINDING_PENDING ...)", H2 read the whole ledger instead, a history that
        // only grows: on the 7M store 2 s of a settled night's finish step, 35 s on a loaded machine for 10 changes.
        if (nextRunDate != null) {
            Date n = Date.valueOf(nextRunDate);
            jdbc.update("INSERT INTO FINDING_LEDGER (FINDING_ID, " + COLUMNS + ", REVIEW, VALID_FROM, VALID_TO)"
                    + " SELECT l.FINDING_ID, " + LEDGER_COLUMNS + ", l.REVIEW, ?, l.VALID_TO"
                    + " FROM FINDING_PENDING p JOIN FINDING_LEDGER l ON l.FINDING_ID = p.FINDING_ID"
                    + " WHERE p.JOB_INSTANCE_ID = ? AND l.VALID_FROM <= ? AND (l.VALID_TO IS NULL OR l.VALID_TO > ?)",
                    n, jobInstanceId, x, n);
        }
        // Nothing covers the date on a first night: the merge would look up every pending row in vain (2.65M on a
        // findings-heavy province night).
        if (Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM FINDING_LEDGER WHERE " + COVERS + ")",
                Boolean.class, x, x))) {
            jdbc.update("MERGE INTO FINDING_LEDGER l USING (SELECT FINDING_ID FROM FINDING_PENDING WHERE JOB_INSTANCE_ID = ?) p"
                    + " ON l.FINDING_ID = p.FINDING_ID AND l.VALID_FROM <= ? AND (l.VALID_TO IS NULL OR l.VALID_TO > ?)"
                    + " WHEN MATCHED THEN UPDATE SET VALID_TO = ?", jobInstanceId, x, x, x);
        }
        // DIRECT (H2 only) inserts the rows as the query reads them instead of collecting the result first: 8.6 s
        // instead of 12.4 s for a million rows. Safe here because the query does not read the table it fills.
        jdbc.update("INSERT INTO FINDING_LEDGER (FINDING_ID, " + COLUMNS + ", VALID_FROM, VALID_TO)"
                + (onH2() ? " DIRECT" : "")
                + " SELECT FINDING_ID, " + COLUMNS + ", ?, ? FROM FINDING_PENDING WHERE JOB_INSTANCE_ID = ? AND OPENS = TRUE",
                x, nextRunDate == null ? null : Date.valueOf(nextRunDate), jobInstanceId);
        // The rows themselves go after commit (clearUnclaimedPending): unclaimed, they count for nothing.
        jdbc.update("DELETE FROM FINDING_PENDING_RUN WHERE JOB_INSTANCE_ID = ?", jobInstanceId);
    }

    /** Whether a run's finding is the ledger row's finding unchanged (else the run writes a new row). */
    static boolean sameContent(Finding a, Finding b) {
        return Objects.equals(a.firstSeen(), b.firstSeen()) && FindingLifecycle.sameText(a, b);
    }

    /**
     * A run's pending rows, each made when the insert reaches it: a first night's millions of rows are never held as
     * arrays of boxed values all at once (some 180 bytes a row).
     */
    private static List<Object[]> pendingRows(long jobInstanceId, boolean opens, List<Finding> findings) {
        return new AbstractList<>() {
            @Override
            public Object[] get(int i) {
                Finding f = findings.get(i);
                return pendingRow(jobInstanceId, findingId(f), opens, f);
            }

            @Override
            public int size() {
                return findings.size();
            }
        };
    }

    private static Object[] pendingRow(long jobInstanceId, String id, boolean opens, Finding f) {
        return new Object[] {jobInstanceId, id, opens, f.rule().name(), f.subjectType().name(), f.subjectKey(),
            f.subjectName(), f.regionCode(), f.marketId(), f.metric(), f.basis(), f.detail(),
            f.firstSeen() == null ? null : Date.valueOf(f.firstSeen())};
    }

    static Object[] ledgerRow(Finding f, LocalDate from, LocalDate to) {
        return new Object[] {findingId(f), f.rule().name(), f.subjectType().name(), f.subjectKey(), f.subjectName(),
            f.regionCode(), f.marketId(), f.metric(), f.basis(), f.detail(), Date.valueOf(f.firstSeen()),
            Date.valueOf(from), to == null ? null : Date.valueOf(to)};
    }

    private static Finding finding(ResultSet rs) throws SQLException {
        return new Finding(RuleCode.valueOf(rs.getString("RULE_CODE")), SubjectType.valueOf(rs.getString("SUBJECT_TYPE")),
                rs.getString("SUBJECT_KEY"), rs.getString("SUBJECT_NAME"), rs.getString("REGION_CODE"),
                rs.getString("MARKET_ID"), rs.getLong("METRIC"), rs.getString("BASIS"), rs.getString("DETAIL"),
                FindingStatus.OPEN, rs.getDate("FIRST_SEEN").toLocalDate());
    }
}
