package cn.xgz.recon.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import cn.xgz.recon.rules.Finding;
import cn.xgz.recon.rules.FindingStatus;
import cn.xgz.recon.rules.RuleCode;
import cn.xgz.recon.rules.SubjectType;
import cn.xgz.recon.store.StoreMigrations;
import cn.xgz.recon.store.TestStores;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import javax.sql.DataSource;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The ledger reads a night's open findings as a stream (lazily on H2): every row comes back as written, and the
 * connection, which the step's transaction goes on using, is not left reading lazily, not even after a read that
 * failed half-way.
 */
class FindingLedgerStreamingTest {

    private static final LocalDate DAY = LocalDate.of(2025, 9, 30);

    private final DataSource ds = TestStores.fresh();
    private final PlatformTransactionManager tm = new DataSourceTransactionManager(ds);
    private final FindingLedger ledger;

    FindingLedgerStreamingTest() {
        StoreMigrations.migrate(StoreMigrations.flyway(ds));
        JdbcTemplate streaming = new JdbcTemplate(ds);
        streaming.setFetchSize(1_000);
        ledger = new FindingLedger(streaming, tm);
    }

    @Test
    void aNightOfOpenFindingsReadsBackExactlyAsWrittenBeforeAndAfterItCompletes() {
        List<Finding> night = findings(new Random(16), 5_000);
        ledger.writePending(7, DAY, null, List.of(), night, Set.of());
        // Pending: what the run reports (a restarted step reads this): NEW where first seen this night, else OPEN.
        assertThat(ledger.reportedByPending(7, ledger.pendingRun(7), Set.of()))
                .containsExactlyInAnyOrderElementsOf(night.stream().map(f -> f.withLifecycle(
                        DAY.equals(f.firstSeen()) ? FindingStatus.NEW : FindingStatus.OPEN, f.firstSeen())).toList());

        new TransactionTemplate(tm).executeWithoutResult(s -> ledger.applyPending(7, DAY, null));
        assertThat(ledger.openAt(DAY)).containsExactlyInAnyOrderElementsOf(night);
        assertThat(ledger.openAt(DAY.minusDays(1))).isEmpty();
    }

    @Test
    void theStepsConnectionIsNotLeftReadingLazilyAfterARead() {
        assumeFalse(TestStores.onPostgres(), "H2's session setting");
        List<Finding> night = findings(new Random(17), 500);
        ledger.writePending(8, DAY, null, List.of(), night, Set.of());
        new TransactionTemplate(tm).executeWithoutResult(s -> ledger.applyPending(8, DAY, null));

        new TransactionTemplate(tm).executeWithoutResult(s -> {
            assertThat(ledger.openAt(DAY)).hasSize(500);
            assertThat(lazy(DataSourceUtils.getConnection(ds))).isFalse();
        });
    }

    @Test
    void theStepsConnectionIsNotLeftReadingLazilyAfterAReadThatFailed() {
        assumeFalse(TestStores.onPostgres(), "H2's session setting");
        // A row that cannot be read back (an unknown rule code) fails the read half-way.
        new JdbcTemplate(ds).update("INSERT INTO FINDING_LEDGER (FINDING_ID, RULE_CODE, SUBJECT_TYPE, SUBJECT_KEY, METRIC,"
                + " FIRST_SEEN, VALID_FROM) VALUES ('R99:X', 'R99', 'ENTITY', 'X', 1, ?, ?)",
                java.sql.Date.valueOf(DAY), java.sql.Date.valueOf(DAY));

        new TransactionTemplate(tm).executeWithoutResult(s -> {
            assertThatThrownBy(() -> ledger.openAt(DAY)).isInstanceOf(IllegalArgumentException.class);
            assertThat(lazy(DataSourceUtils.getConnection(ds))).isFalse();
        });
    }

    private static boolean lazy(Connection con) {
        try {
            return ((SessionLocal) con.unwrap(JdbcConnection.class).getSession()).isLazyQueryExecution();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Open findings of every subject type, with and without the optional columns, names with quotes and CJK. */
    private static List<Finding> findings(Random rnd, int n) {
        RuleCode[] rules = RuleCode.values();
        List<Finding> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            RuleCode rule = rules[rnd.nextInt(rules.length)];
            SubjectType type = SubjectType.values()[rnd.nextInt(SubjectType.values().length)];
            boolean full = rnd.nextBoolean();
            out.add(new Finding(rule, type, "K" + i, full ? "福州\"某\"商行" + i : null, full ? "350102" : null,
                    rnd.nextInt(4) == 0 ? "M" + rnd.nextInt(50) : null, rnd.nextInt(1_000), "名册",
                    full ? "年报" + i + "，名册" : null, FindingStatus.OPEN, DAY.minusDays(rnd.nextInt(400))));
        }
        return out;
    }
}
