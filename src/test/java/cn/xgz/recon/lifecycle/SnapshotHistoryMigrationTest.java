package cn.xgz.recon.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xgz.recon.rules.Finding;
import cn.xgz.recon.rules.RuleCode;
import cn.xgz.recon.rules.SubjectType;
import cn.xgz.recon.store.StoreMigrations;
import cn.xgz.recon.store.TestStores;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An installation upgraded from the compressed snapshots (schema V2) keeps its history: after the migration every
 * completed run date holds the open findings its snapshot held, with their first_seen, and a run that failed after
 * its lifecycle step still reports the same findings when restarted.
 */
class SnapshotHistoryMigrationTest {

    @Test
    void theSnapshotsBecomeTheLedgerWithFirstSeenKept() {
        DataSource ds = TestStores.fresh();
        Flyway full = StoreMigrations.flyway(ds);
        // The schema as the previous release left it.
        StoreMigrations.apply(Flyway.configure().dataSource(ds)).target("2").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(ds);

        Random rnd = new Random(3);
        Map<LocalDate, List<Finding>> openByDate = new LinkedHashMap<>();
        List<Finding> previous = List.of();
        long instance = 1;
        for (LocalDate d = LocalDate.of(2025, 9, 28); d.isBefore(LocalDate.of(2025, 10, 4)); d = d.plusDays(1)) {
            Set<RuleCode> skipped = d.getDayOfMonth() == 30 ? EnumSet.of(RuleCode.R13) : Set.of();
            FindingLifecycle.Result lc = FindingLifecycle.apply(current(rnd, skipped), previous, d, skipped);
            storeSnapshot(jdbc, instance, lc);
            jdbc.update("INSERT INTO RECON_RUN (RUN_DATE, JOB_INSTANCE_ID, JOB_EXECUTION_ID, FINDING_COUNT, REVEAL_PII,"
                    + " STARTED_AT, FINISHED_AT) VALUES (?,?,?,?,?,?,?)", Date.valueOf(d), instance, instance, 0, false,
                    Timestamp.valueOf(d.atStartOfDay()), Timestamp.valueOf(d.atStartOfDay()));
            previous = new ArrayList<>(lc.reported());
            previous.addAll(lc.carried());
            openByDate.put(d, RunHistoryLedgerTest.stillOpen(lc.reported(), lc.carried()));
            instance++;
        }
        // A run of 2025-10-04 that failed after its lifecycle step.
        LocalDate failedDate = LocalDate.of(2025, 10, 4);
        FindingLifecycle.Result failed = FindingLifecycle.apply(current(rnd, Set.of()), previous, failedDate, Set.of());
        storeSnapshot(jdbc, 99, failed);
        jdbc.update("INSERT INTO BATCH_JOB_INSTANCE (JOB_INSTANCE_ID, VERSION, JOB_NAME, JOB_KEY) VALUES (99, 0, 'nightly', 'k')");
        jdbc.update("INSERT INTO BATCH_JOB_EXECUTION (JOB_EXECUTION_ID, VERSION, JOB_INSTANCE_ID, CREATE_TIME, STATUS)"
                + " VALUES (990, 0, 99, ?, 'FAILED')", Timestamp.valueOf(failedDate.atStartOfDay()));
        jdbc.update("INSERT INTO BATCH_JOB_EXECUTION_PARAMS (JOB_EXECUTION_ID, PARAMETER_NAME, PARAMETER_TYPE,"
                + " PARAMETER_VALUE, IDENTIFYING) VALUES (990, 'runDate', 'java.time.LocalDate', '2025-10-04', 'Y')");

        StoreMigrations.migrate(full);

        RunHistory history = new RunHistory(jdbc, new TransactionTemplate(new DataSourceTransactionManager(ds)));
        for (Map.Entry<LocalDate, List<Finding>> e : openByDate.entrySet()) {
            assertThat(history.openOn(e.getKey()).stream().map(RunHistoryLedgerTest::describe).sorted().toList())
                    .as("open on %s", e.getKey())
                    .isEqualTo(e.getValue().stream().map(RunHistoryLedgerTest::describe).sorted().toList());
        }
        assertThat(history.findingsOf(99)).isEqualTo(failed.reported());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM RUN_SKIPPED_RULE WHERE RULE_CODE = 'R13'", Long.class))
                .isEqualTo(1);
        assertThat(jdbc.queryForList("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE UPPER(TABLE_NAME) = 'FINDING_SNAPSHOT'"))
                .isEmpty();
    }

    private static void storeSnapshot(JdbcTemplate jdbc, long instance, FindingLifecycle.Result lc) {
        jdbc.update("INSERT INTO FINDING_SNAPSHOT (JOB_INSTANCE_ID, PART, ROW_COUNT, CARRIED, PAYLOAD) VALUES (?,?,?,?,?)",
                instance, 0, lc.reported().size(), false, FindingCodec.encode(lc.reported()));
        jdbc.update("INSERT INTO FINDING_SNAPSHOT (JOB_INSTANCE_ID, PART, ROW_COUNT, CARRIED, PAYLOAD) VALUES (?,?,?,?,?)",
                instance, 1, lc.carried().size(), true, FindingCodec.encode(lc.carried()));
    }

    private static List<Finding> current(Random rnd, Set<RuleCode> skipped) {
        List<Finding> list = new ArrayList<>();
        for (RuleCode r : new RuleCode[] {RuleCode.R02, RuleCode.R13}) {
            for (int s = 0; s < 15 && !skipped.contains(r); s++) {
                if (rnd.nextInt(3) > 0) {
                    list.add(new Finding(r, SubjectType.ENTITY, "91350102MA" + s, "某某商行" + s, "350102", null,
                            rnd.nextInt(4) == 0 ? 2 : 1, null, "未报送年度报告", null, null));
                }
            }
        }
        return list;
    }
}
