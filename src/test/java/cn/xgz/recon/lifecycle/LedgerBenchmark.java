package cn.xgz.recon.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xgz.recon.rules.Finding;
import cn.xgz.recon.rules.RuleCode;
import cn.xgz.recon.rules.SubjectType;
import cn.xgz.recon.store.StoreMigrations;
import cn.xgz.recon.store.TestStores;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The ledger's cost at scale, on the build's store (H2; PostgreSQL with XGZ_TEST_DB_URL): a first night of N findings,
 * a second night in which 5% resolve, 5% are new and 2% change, and a rerun of the second night. Not a unit test:
 * {@code mvn -q test -Dtest=LedgerBenchmark -Dledger.benchmark=true -Dledger.findings=1200000}; prints its figures.
 * {@code -Dledger.h2dir=DIR} puts H2 in a file under DIR with the product's URL options, as a nightly run has it
 * (the default, an in-memory H2, leaves out the cost of the file); {@code -Dledger.h2opts=";CACHE_SIZE=…"} adds URL
 * options to try.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "ledger.benchmark", matches = "true")
class LedgerBenchmark {

    @Test
    void printsTheSecondsOfEachNightsHistoryWork() {
        int n = Integer.getInteger("ledger.findings", 200_000);
        String h2dir = System.getProperty("ledger.h2dir");
        DataSource ds = h2dir == null || TestStores.onPostgres() ? TestStores.fresh()
                : new DriverManagerDataSource("jdbc:h2:file:" + h2dir + "/ledger-" + System.nanoTime()
                        + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0" + System.getProperty("ledger.h2opts", ""), "sa", "");
        StoreMigrations.migrate(StoreMigrations.flyway(ds));
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        RunHistory history = new RunHistory(jdbc, new TransactionTemplate(new DataSourceTransactionManager(ds)));
        Random rnd = new Random(1);
        List<Finding> night1 = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            night1.add(finding(i, rnd.nextInt(3)));
        }
        List<Finding> night2 = new ArrayList<>(n);
        for (int i = n / 20; i < n; i++) {
            night2.add(i % 50 == 0 ? finding(i, 7) : night1.get(i));
        }
        for (int i = n; i < n + n / 20; i++) {
            night2.add(finding(i, 1));
        }
        LocalDate d1 = LocalDate.of(2025, 9, 30);
        LocalDate d2 = d1.plusDays(1);
        System.out.printf("ledger benchmark, %,d findings, %s%n", n,
                TestStores.onPostgres() ? "PostgreSQL" : h2dir == null ? "H2 in memory" : "H2 file");
        night(history, d1, night1, 1, "night 1");
        night(history, d2, night2, 2, "night 2");
        night(history, d2, night2, 3, "rerun of night 2");
        long rows = jdbc.queryForObject("SELECT COUNT(*) FROM FINDING_LEDGER", Long.class);
        System.out.printf("ledger rows: %,d%n", rows);
        assertThat(history.openOn(d2)).hasSize(night2.size());
    }

    /** CPU seconds of the whole process (H2 writes in its own threads too): steadier than wall time on a busy machine. */
    private static double cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }

    private static void night(RunHistory history, LocalDate date, List<Finding> current, long instance, String label) {
        double c0 = cpu();
        long t0 = System.nanoTime();
        FindingLifecycle.Result lc = history.compareAndStore(instance, date, current, Set.of(),
                FindingLifecycle.Holds.NONE).lifecycle();
        long t3 = System.nanoTime();
        double c3 = cpu();
        history.complete(new RunHistory.CompletedRun(date, instance, instance, "/in", "/out", lc.reported().size(), false,
                date.atTime(2, 0), date.atTime(3, 0)));
        long t4 = System.nanoTime();
        double c4 = cpu();
        System.out.printf("%-18s compare and store pending %6.1f s  complete %6.1f s"
                + "  (CPU: up to stored %6.1f s, complete %6.1f s)%n",
                label, (t3 - t0) / 1e9, (t4 - t3) / 1e9, c3 - c0, c4 - c3);
    }

    private static Finding finding(int i, long metric) {
        return new Finding(RuleCode.values()[i % 13], SubjectType.ENTITY, String.format("91350102MA%08d", i), "某某商行" + i,
                "3501" + (i % 30 + 10), null, metric, i % 3 == 0 ? "名册" : null, "未报送年度报告（" + metric + "）", null, null);
    }
}
