package cn.xgz.recon.store;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xgz.recon.acceptance.AcceptanceSets;
import cn.xgz.recon.cli.Main;
import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The history as a reporting tool sees it, on whichever store the build runs against (H2, or PostgreSQL in the
 * -Ppostgres profile): after the basic set's two nights, the documented views answer "which R04 findings were open
 * on 2025-10-01 in county 350102" exactly as that night's findings.csv does; and the store moved with store-copy
 * into an empty database keeps that history, so the next night there compares with it.
 */
class HistoryViewsTest {

    @TempDir
    static Path dir;

    static Path data;
    static Path out;

    @BeforeAll
    static void twoNights() {
        data = dir.resolve("data");
        out = dir.resolve("out");
        twoNights(data, out);
    }

    static void twoNights(Path dataDir, Path outDir) {
        assertThat(Main.execute("nightly", "--input", AcceptanceSets.set("basic/input").toString(), "--out", outDir.toString(),
                "--date", "2025-09-30", "--data-dir", dataDir.toString())).isZero();
        assertThat(Main.execute("nightly", "--input", AcceptanceSets.set("basic/input-day2").toString(), "--out",
                outDir.toString(), "--date", "2025-10-01", "--data-dir", dataDir.toString())).isZero();
    }

    @Test
    void theViewsAnswerWhichR04FindingsWereOpenOnADateInACounty() throws Exception {
        List<String[]> day2 = findingsCsv(out.resolve("2025-10-01/findings.csv"));
        TreeSet<String> expected = subjects(day2, r -> r[1].equals("R04") && r[9].equals("350102") && !r[4].equals("RESOLVED"));
        TreeSet<String> resolved = subjects(day2, r -> r[1].equals("R04") && r[9].equals("350102") && r[4].equals("RESOLVED"));
        assertThat(expected).isNotEmpty();
        assertThat(resolved).isNotEmpty();
        try (Connection c = TestStores.connect(data)) {
            // By run: the run on (or latest before) the date.
            assertThat(keys(c, "SELECT SUBJECT_KEY FROM V_FINDINGS_OPEN_BY_RUN WHERE RULE_CODE = 'R04' AND REGION_CODE = '350102'"
                    + " AND RUN_DATE = (SELECT MAX(RUN_DATE) FROM RECON_RUN WHERE RUN_DATE <= DATE '2025-10-01')"))
                    .isEqualTo(expected);
            // By validity: any calendar date, no run needed on it.
            assertThat(keys(c, "SELECT SUBJECT_KEY FROM V_FINDING_HISTORY WHERE RULE_CODE = 'R04' AND REGION_CODE = '350102'"
                    + " AND VALID_FROM <= DATE '2025-10-01' AND (VALID_TO IS NULL OR VALID_TO > DATE '2025-10-01')"))
                    .isEqualTo(expected);
            // The day before, the resolved ones were still open.
            TreeSet<String> dayBefore = new TreeSet<>(expected);
            dayBefore.addAll(resolved);
            dayBefore.removeAll(subjects(day2, r -> r[1].equals("R04") && r[9].equals("350102") && r[4].equals("NEW")));
            assertThat(keys(c, "SELECT SUBJECT_KEY FROM V_FINDINGS_OPEN_BY_RUN WHERE RULE_CODE = 'R04' AND REGION_CODE = '350102'"
                    + " AND RUN_DATE = DATE '2025-09-30'")).isEqualTo(dayBefore);
            // Time to resolve: the findings resolved on day 2 were first seen on day 1.
            assertThat(keys(c, "SELECT SUBJECT_KEY FROM V_FINDING_TIME_TO_RESOLVE WHERE RULE_CODE = 'R04'"
                    + " AND REGION_CODE = '350102' AND RESOLVED_ON = DATE '2025-10-01' AND DAYS_TO_RESOLVE = 1"))
                    .isEqualTo(resolved);
            // County figures over time: both runs, one row per county each.
            assertThat(keys(c, "SELECT CAST(RUN_DATE AS VARCHAR(10)) FROM V_COUNTY_FIGURES_BY_RUN WHERE COUNTY_CODE = '350102'"))
                    .containsExactly("2025-09-30", "2025-10-01");
        }
    }

    @Test
    void storeCopyMovesTheHistoryIntoAnEmptyDatabase() throws Exception {
        // The source is an installation on the embedded store; on PostgreSQL the nights above ran there, so run them
        // again on H2.
        Path source = data;
        if (TestStores.onPostgres()) {
            source = dir.resolve("h2-data");
            System.setProperty(TestStoreEnvironment.KEEP_PRODUCT_URL, "true");
            try {
                twoNights(source, dir.resolve("h2-out"));
            } finally {
                System.clearProperty(TestStoreEnvironment.KEEP_PRODUCT_URL);
            }
        }
        Path target = dir.resolve("target-store");
        String url = TestStores.urlFor(target);
        assertThat(Main.execute("store-copy", "--to-url", url, "--to-user", TestStores.user(), "--data-dir", source.toString()))
                .isZero();
        try (Connection from = DriverManager.getConnection("jdbc:h2:file:" + source.resolve("db/xgz"), "sa", "");
                Connection to = TestStores.connect(target)) {
            for (String view : List.of("V_FINDING_HISTORY", "V_FINDINGS_OPEN_BY_RUN", "V_COUNTY_FIGURES_BY_RUN")) {
                String q = "SELECT * FROM " + view;
                assertThat(rows(to, q)).as(view).isEqualTo(rows(from, q)).isNotEmpty();
            }
        }
        // A second copy into the now filled database is refused, and changes nothing.
        assertThat(Main.execute("store-copy", "--to-url", url, "--to-user", TestStores.user(), "--data-dir", source.toString()))
                .isEqualTo(2);
    }

    private static TreeSet<String> keys(Connection c, String sql) throws SQLException {
        TreeSet<String> keys = new TreeSet<>();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                keys.add(rs.getString(1));
            }
        }
        return keys;
    }

    private static List<String> rows(Connection c, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder sb = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    Object v = rs.getObject(i);
                    sb.append(v instanceof Number num ? Double.toString(num.doubleValue()) : String.valueOf(v)).append('|');
                }
                rows.add(sb.toString());
            }
        }
        rows.sort(null);
        return rows;
    }

    private static TreeSet<String> subjects(List<String[]> rows, Predicate<String[]> p) {
        TreeSet<String> s = new TreeSet<>();
        rows.stream().filter(p).forEach(r -> s.add(r[7]));
        return s;
    }

    private static List<String[]> findingsCsv(Path file) throws IOException, CsvException {
        try (CSVReader r = new CSVReader(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
            List<String[]> rows = r.readAll();
            return rows.subList(1, rows.size());
        }
    }
}
