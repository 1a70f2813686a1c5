package cn.xgz.recon.common;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Many rows into one table in the current transaction: PostgreSQL's {@code COPY} where the store is PostgreSQL
 * (several times faster than batched inserts for a first night's million findings), a JDBC batch elsewhere.
 */
public final class BulkInsert {

    private static final int COPY_CHUNK_BYTES = 1 << 20;

    private final JdbcTemplate jdbc;
    private final int batchSize;

    public BulkInsert(JdbcTemplate jdbc, int batchSize) {
        this.jdbc = jdbc;
        this.batchSize = batchSize;
    }

    /** @param columns comma-separated column names, in the order of each row's values */
    public void insert(String table, String columns, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.execute((ConnectionCallback<Void>) con -> {
            if (con.isWrapperFor(PGConnection.class)) {
                copy(con, table, columns, rows);
            } else {
                batch(con, table, columns, rows);
            }
            return null;
        });
    }

    private void batch(Connection con, String table, String columns, List<Object[]> rows) throws SQLException {
        int n = columns.split(",").length;
        String sql = "INSERT INTO " + table + " (" + columns + ") VALUES (" + "?,".repeat(n - 1) + "?)";
        try (var ps = con.prepareStatement(sql)) {
            int pending = 0;
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    ps.setObject(i + 1, row[i]);
                }
                ps.addBatch();
                if (++pending == batchSize) {
                    ps.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                ps.executeBatch();
            }
        }
    }

    private static void copy(Connection con, String table, String columns, List<Object[]> rows) throws SQLException {
        CopyIn in = con.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("COPY " + table + " (" + columns + ") FROM STDIN WITH (FORMAT csv)");
        try {
            ByteArrayOutputStream buf = new ByteArrayOutputStream(COPY_CHUNK_BYTES + 4096);
            StringBuilder line = new StringBuilder(256);
            for (Object[] row : rows) {
                line.setLength(0);
                for (int i = 0; i < row.length; i++) {
                    if (i > 0) {
                        line.append(',');
                    }
                    csv(line, row[i]);
                }
                line.append('\n');
                byte[] bytes = line.toString().getBytes(StandardCharsets.UTF_8);
                buf.write(bytes, 0, bytes.length);
                if (buf.size() >= COPY_CHUNK_BYTES) {
                    in.writeToCopy(buf.toByteArray(), 0, buf.size());
                    buf.reset();
                }
            }
            if (buf.size() > 0) {
                in.writeToCopy(buf.toByteArray(), 0, buf.size());
            }
            in.endCopy();
        } finally {
            if (in.isActive()) {
                in.cancelCopy();
            }
        }
    }

    /** A CSV field: NULL unquoted and empty, every text quoted (so an empty string stays an empty string). */
    private static void csv(StringBuilder line, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof Number || value instanceof Boolean) {
            line.append(value);
            return;
        }
        CsvText.appendField(line, value.toString(), true);
    }
}
