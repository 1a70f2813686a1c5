package cn.xgz.recon.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.xgz.recon.rules.Finding;
import cn.xgz.recon.rules.FindingStatus;
import cn.xgz.recon.rules.RuleCode;
import cn.xgz.recon.rules.SubjectType;
import cn.xgz.recon.store.StoreMigrations;
import cn.xgz.recon.store.TestStores;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The ledger against the history it replaced: every run's full findings kept as a snapshot, the lifecycle comparing
 * a run with the snapshot of the latest earlier completed run. Runs come in random date order, with reruns of
 * completed dates, runs that never complete, rules that do not run and findings whose metric changes; after each
 * step every completed date must hold exactly the open findings its snapshot holds, and every run must report what
 * its lifecycle computed. Runs on H2, and on PostgreSQL in the -Ppostgres profile.
 */
class RunHistoryLedgerTest {

    private static final LocalDate DAY0 = LocalDate.of(2025, 9, 1);
    private static final RuleCode[] RULES = {RuleCode.R04, RuleCode.R05, RuleCode.R13};

    private final JdbcTemplate jdbc;
    private final RunHistory history;
    private long instances = 100;

    RunHistoryLedgerTest() {
        DataSource ds = TestStores.fresh();
        StoreMigrations.migrate(StoreMigrations.flyway(ds));
        jdbc = new JdbcTemplate(ds);
        history = new RunHistory(jdbc, new TransactionTemplate(new DataSourceTransactionManager(ds)));
    }

    /** A completed run as the old history stored it: what it reported and what it carried. */
    private record Snapshot(List<Finding> reported, List<Finding> carried) {
        List<Finding> all() {
            List<Finding> l = new ArrayList<>(reported);
            l.addAll(carried);
            return l;
        }

        List<String> open() {
            return stillOpen(reported, carried).stream().map(RunHistoryLedgerTest::describe).sorted().toList();
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void everyRunDateKeepsTheFindingsItsSnapshotWouldHaveHeld(long seed) {
        Random rnd = new Random(seed);
        TreeMap<LocalDate, Snapshot> snapshots = new TreeMap<>();
        for (int step = 0; step < 40; step++) {
            // Mostly the next night; sometimes an earlier date again (rerun, half-year catch-up) or a gap.
            LocalDate date = snapshots.isEmpty() || rnd.nextInt(4) == 0
                    ? DAY0.plusDays(rnd.nextInt(20))
                    : snapshots.lastKey().plusDays(1 + rnd.nextInt(2));
            Set<RuleCode> skipped = EnumSet.noneOf(RuleCode.class);
            for (RuleCode r : RULES) {
                if (rnd.nextInt(6) == 0) {
                    skipped.add(r);
                }
            }
            List<Finding> current = current(rnd, skipped);
            Map.Entry<LocalDate, Snapshot> previous = snapshots.lowerEntry(date);
            FindingLifecycle.Result expected = FindingLifecycle.apply(current,
                    previous == null ? List.of() : previous.getValue().all(), date, skipped);

            if (previous != null) {
                assertThat(history.openOn(previous.getKey()).stream().map(RunHistoryLedgerTest::describe).sorted().toList())
                        .isEqualTo(previous.getValue().open());
            }

            long instance = ++instances;
            RunHistory.Compared compared = history.compareAndStore(instance, date, current, skipped,
                    FindingLifecycle.Holds.NONE);
            assertThat(compared.baseRunDate()).isEqualTo(previous == null ? null : previous.getKey());
            assertThat(compared.baseOpen()).isEqualTo(previous == null ? 0 : previous.getValue().open().size());
            FindingLifecycle.Result lc = compared.lifecycle();
            assertThat(lc.reported()).isEqualTo(expected.reported());
            assertThat(lc.carried().stream().map(RunHistoryLedgerTest::describe).sorted().toList())
                    .isEqualTo(expected.carried().stream().map(RunHistoryLedgerTest::describe).sorted().toList());
            assertThat(history.findingsOf(instance)).as("pending run of %s", date).isEqualTo(expected.reported());
            if (rnd.nextInt(7) == 0) {
                continue; // failed after its lifecycle step and never restarted: changes nothing
            }
            complete(date, instance, lc.reported().size());
            assertThat(history.findingsOf(instance)).as("completed run of %s", date).isEqualTo(expected.reported());
            assertThat(pendingRows(instance)).as("pending rows of the completed run of %s", date).isZero();
            snapshots.put(date, new Snapshot(expected.reported(), expected.carried()));
            for (Map.Entry<LocalDate, Snapshot> e : snapshots.entrySet()) {
                assertThat(history.openOn(e.getKey()).stream().map(RunHistoryLedgerTest::describe).sorted().toList())
                        .as("open on %s after step %d (run of %s)", e.getKey(), step, date)
                        .isEqualTo(e.getValue().open());
            }
        }
        // No pending row of a completed run is left behind, and rows never overlap for a finding.
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM FINDING_LEDGER a JOIN FINDING_LEDGER b"
                + " ON a.FINDING_ID = b.FINDING_ID AND a.VALID_FROM < b.VALID_FROM"
                + " AND (a.VALID_TO IS NULL OR a.VALID_TO > b.VALID_FROM)", Long.class)).isZero();
    }

    @Test
    void aSecondNightWritesOnlyWhatChanged() {
        Random rnd = new Random(9);
        List<Finding> night1 = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            night1.add(finding(RuleCode.R04, "P" + i, 1 + rnd.nextInt(3)));
        }
        run(DAY0, night1);
        assertThat(ledgerRows()).isEqualTo(2_000);
        List<Finding> night2 = new ArrayList<>(night1.subList(10, night1.size())); // 10 resolved
        night2.set(0, finding(RuleCode.R04, "P10", 99)); // 1 changed
        night2.add(finding(RuleCode.R04, "Pnew", 1)); // 1 new
        run(DAY0.plusDays(1), night2);
        // 10 closed and 1 changed rows updated in place; 1 changed and 1 new row added.
        assertThat(ledgerRows()).isEqualTo(2_002);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM FINDING_LEDGER WHERE VALID_TO IS NOT NULL", Long.class))
                .isEqualTo(11);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM V_FINDING_HISTORY WHERE RESOLVED_ON = ?", Long.class,
                java.sql.Date.valueOf(DAY0.plusDays(1)))).isEqualTo(10);
        assertThat(jdbc.queryForObject("SELECT FIRST_SEEN FROM FINDING_LEDGER WHERE FINDING_ID = 'R04:P10'"
                + " AND VALID_TO IS NULL", java.sql.Date.class).toLocalDate()).isEqualTo(DAY0);
    }

    @Test
    void aFinishThatFailsBeforeItsTransactionCommitsLeavesTheHistoryAsBeforeAndARestartCompletesIt() {
        List<Finding> night1 = List.of(finding(RuleCode.R04, "P1", 1), finding(RuleCode.R04, "P2", 1));
        run(DAY0, night1);
        List<String> openBefore = openOn(DAY0.plusDays(1));
        LocalDate day2 = DAY0.plusDays(1);
        List<Finding> night2 = List.of(finding(RuleCode.R04, "P2", 5), finding(RuleCode.R04, "P3", 1));
        long instance = ++instances;
        FindingLifecycle.Result lc = history.compareAndStore(instance, day2, night2, Set.of(),
                FindingLifecycle.Holds.NONE).lifecycle();

        // The finish step's transaction: the completion runs in it, then the step dies before it commits.
        TransactionTemplate step = new TransactionTemplate(new DataSourceTransactionManager(jdbc.getDataSource()));
        assertThatThrownBy(() -> step.executeWithoutResult(s -> {
            complete(day2, instance, lc.reported().size());
            throw new IllegalStateException("killed");
        })).hasMessage("killed");

        assertThat(openOn(day2)).isEqualTo(openBefore);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM RECON_RUN", Long.class)).isEqualTo(1);
        assertThat(history.findingsOf(instance)).isEqualTo(lc.reported());
        step.executeWithoutResult(s -> complete(day2, instance, lc.reported().size()));
        assertThat(openOn(day2)).containsExactly("R04:P2 m5 " + DAY0, "R04:P3 m1 " + day2);
        assertThat(pendingRows(instance)).isZero();
    }

    @Test
    void pendingRowsOfALifecycleStepKilledWhileWritingThemCountForNothingAndGoWithTheNextRun() {
        run(DAY0, List.of(finding(RuleCode.R04, "P1", 1)));
        LocalDate day2 = DAY0.plusDays(1);
        // What a lifecycle step killed half-way leaves: some pending rows, no pending run that claims them.
        long killed = ++instances;
        jdbc.update("INSERT INTO FINDING_PENDING (JOB_INSTANCE_ID, FINDING_ID, OPENS, RULE_CODE, SUBJECT_TYPE,"
                + " SUBJECT_KEY, METRIC, FIRST_SEEN) VALUES (?, 'R04:P9', TRUE, 'R04', 'PERSON', 'P9', 1, ?)",
                killed, java.sql.Date.valueOf(day2));
        assertThatThrownBy(() -> history.findingsOf(killed)).isInstanceOf(IllegalStateException.class);
        assertThat(openOn(day2)).containsExactly("R04:P1 m1 " + DAY0);

        run(day2, List.of(finding(RuleCode.R04, "P1", 1), finding(RuleCode.R04, "P2", 1)));
        assertThat(openOn(day2)).containsExactly("R04:P1 m1 " + DAY0, "R04:P2 m1 " + day2);
        assertThat(pendingRows(killed)).isZero();
    }

    private List<String> openOn(LocalDate date) {
        return history.openOn(date).stream().map(f -> f.rule() + ":" + f.subjectKey() + " m" + f.metric() + " "
                + f.firstSeen()).sorted().toList();
    }

    private long pendingRows(long instance) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM FINDING_PENDING WHERE JOB_INSTANCE_ID = ?", Long.class, instance);
    }

    private long ledgerRows() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM FINDING_LEDGER", Long.class);
    }

    private void run(LocalDate date, List<Finding> current) {
        long instance = ++instances;
        FindingLifecycle.Result lc = history.compareAndStore(instance, date, current, Set.of(),
                FindingLifecycle.Holds.NONE).lifecycle();
        complete(date, instance, lc.reported().size());
    }

    private void complete(LocalDate date, long instance, long count) {
        LocalDateTime t = date.atTime(2, 0);
        history.complete(new RunHistory.CompletedRun(date, instance, instance * 10, "/in", "/out", count, false, t, t));
    }

    /** This run's findings: a random part of a small universe, so findings persist, vanish, return and change. */
    private static List<Finding> current(Random rnd, Set<RuleCode> skipped) {
        List<Finding> list = new ArrayList<>();
        for (RuleCode r : RULES) {
            if (skipped.contains(r)) {
                continue;
            }
            for (int s = 0; s < 12; s++) {
                if (rnd.nextInt(3) > 0) {
                    list.add(finding(r, "S" + s, rnd.nextInt(5) == 0 ? 2 : 1));
                }
            }
        }
        list.sort(Comparator.comparing(Finding::subjectKey));
        return list;
    }

    private static Finding finding(RuleCode rule, String subject, long metric) {
        return new Finding(rule, SubjectType.PERSON, subject, "张*", "350102", null, metric, "名册",
                "党员组织关系未转入（" + metric + "）", null, null);
    }

    /** The findings of a run that stay open for the next comparison: reported ones not RESOLVED, and carried ones. */
    static List<Finding> stillOpen(List<Finding> reported, List<Finding> carried) {
        List<Finding> open = new ArrayList<>(reported.size() + carried.size());
        for (Finding f : reported) {
            if (f.status() != FindingStatus.RESOLVED) {
                open.add(f);
            }
        }
        open.addAll(carried);
        return open;
    }

    static String describe(Finding f) {
        return f.rule() + ":" + f.subjectKey() + " metric=" + f.metric() + " first=" + f.firstSeen()
                + " detail=" + f.detail() + " status=" + (f.status() == FindingStatus.RESOLVED ? "RESOLVED" : "open");
    }
}
