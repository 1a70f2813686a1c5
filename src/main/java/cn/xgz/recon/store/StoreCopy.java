package cn.xgz.recon.store;

import cn.xgz.recon.common.BulkInsert;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves an installation's store into an empty database (from the embedded H2 to PostgreSQL): both are brought to
 * the program's schema, then every table is copied row for row in one transaction on the target, the job
 * repository's sequences continue after the copied ids, and the row counts are compared. The source is only read
 * (apart from being migrated to this program's schema, which its next run would do anyway).
 */
public final class StoreCopy {

    /** The job repository first, parents before children; the tables of the features after it. */
    private static final List<String> BATCH_TABLES = List.of("BATCH_JOB_INSTANCE", "BATCH_JOB_EXECUTION",
            "BATCH_JOB_EXECUTION_PARAMS", "BATCH_JOB_EXECUTION_CONTEXT", "BATCH_STEP_EXECUTION",
            "BATCH_STEP_EXECUTION_CONTEXT");
    private static final Map<String, String> SEQUENCES = Map.of(
            "BATCH_JOB_INSTANCE_SEQ", "SELECT MAX(JOB_INSTANCE_ID) FROM BATCH_JOB_INSTANCE",
            "BATCH_JOB_EXECUTION_SEQ", "SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION",
            "BATCH_STEP_EXECUTION_SEQ", "SELECT MAX(STEP_EXECUTION_ID) FROM BATCH_STEP_EXECUTION");
    private static final int CHUNK = 10_000;

    /** Rows copied per table, in copy order. */
    public record Result(Map<String, Long> rows) {}

    /** The target is not an empty database: nothing was written to it. */
    public static final class TargetNotEmpty extends Exception {
        TargetNotEmpty(String message) {
            super(message);
        }
    }

    private StoreCopy() {}

    public static Result copy(DataSource source, DataSource target) throws SQLException, TargetNotEmpty {
        List<String> existing = tables(target);
        if (!existing.isEmpty()) {
            throw new TargetNotEmpty("目标数据库不是空的（已有表 " + String.join("、", existing.subList(0, Math.min(5, existing.size())))
                    + (existing.size() > 5 ? " 等" : "") + "）：请指定一个新建的空数据库");
        }
        StoreMigrations.migrate(StoreMigrations.flyway(source));
        StoreMigrations.migrate(StoreMigrations.flyway(target));
        List<String> order = copyOrder(tables(target));
        JdbcTemplate to = new JdbcTemplate(target);
        BulkInsert bulk = new BulkInsert(to, CHUNK);
        Map<String, Long> copied = new LinkedHashMap<>();
        new TransactionTemplate(new DataSourceTransactionManager(target)).executeWithoutResult(tx -> {
            try (Connection from = source.getConnection()) {
                for (String table : order) {
                    copied.put(table, copyTable(from, table, bulk));
                }
            } catch (SQLException e) {
                throw new IllegalStateException("复制失败：" + e.getMessage(), e);
            }
            for (Map.Entry<String, String> s : SEQUENCES.entrySet()) {
                Long max = to.queryForObject(s.getValue(), Long.class);
                to.execute("ALTER SEQUENCE " + s.getKey() + " RESTART WITH " + ((max == null ? 0 : max) + 1));
            }
        });
        JdbcTemplate from = new JdbcTemplate(source);
        for (Map.Entry<String, Long> e : copied.entrySet()) {
            long inSource = from.queryForObject("SELECT COUNT(*) FROM " + e.getKey(), Long.class);
            long inTarget = to.queryForObject("SELECT COUNT(*) FROM " + e.getKey(), Long.class);
            if (inSource != inTarget || inTarget != e.getValue()) {
                throw new IllegalStateException("复制后行数不一致：表 " + e.getKey() + " 源 " + inSource + " 行，目标 " + inTarget + " 行");
            }
        }
        return new Result(copied);
    }

    private static long copyTable(Connection from, String table, BulkInsert bulk) throws SQLException {
        long n = 0;
        try (Statement st = from.createStatement()) {
            st.setFetchSize(CHUNK);
            try (ResultSet rs = st.executeQuery("SELECT * FROM " + table)) {
                ResultSetMetaData md = rs.getMetaData();
                int cols = md.getColumnCount();
                List<String> names = new ArrayList<>();
                for (int i = 1; i <= cols; i++) {
                    names.add(md.getColumnName(i));
                }
                String columns = String.join(", ", names);
                List<Object[]> rows = new ArrayList<>(CHUNK);
                while (rs.next()) {
                    Object[] row = new Object[cols];
                    for (int i = 0; i < cols; i++) {
                        row[i] = rs.getObject(i + 1);
                    }
                    rows.add(row);
                    if (rows.size() == CHUNK) {
                        bulk.insert(table, columns, rows);
                        n += rows.size();
                        rows.clear();
                    }
                }
                bulk.insert(table, columns, rows);
                n += rows.size();
            }
        }
        return n;
    }

    private static List<String> copyOrder(List<String> tables) {
        Set<String> order = new LinkedHashSet<>();
        for (String t : BATCH_TABLES) {
            if (tables.contains(t)) {
                order.add(t);
            }
        }
        tables.stream().sorted().forEach(order::add);
        return new ArrayList<>(order);
    }

    /** The tables of the connection's schema (upper case), Flyway's own history left out. */
    static List<String> tables(DataSource ds) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = ds.getConnection()) {
            DatabaseMetaData md = c.getMetaData();
            try (ResultSet rs = md.getTables(c.getCatalog(), c.getSchema(), "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    String name = rs.getString("TABLE_NAME").toUpperCase(Locale.ROOT);
                    if (!name.equals("FLYWAY_SCHEMA_HISTORY")) {
                        names.add(name);
                    }
                }
            }
        }
        return names;
    }
}
