package cn.xgz.recon.nightly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.api.Trigger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What H2 2.4 really throws when a statement runs out of heap, and what Spring makes of it in a transaction: each is
 * recognised by {@link OutOfMemory#explains}, the closed database's later errors only once an out-of-memory error
 * was seen.
 */
class H2OutOfMemoryTest {

    @TempDir
    Path tmp;

    /** Runs out of heap inside the INSERT that fires it. */
    public static final class OutOfHeap implements Trigger {
        @Override
        public void fire(Connection conn, Object[] oldRow, Object[] newRow) {
            throw new OutOfMemoryError("Java heap space");
        }
    }

    /**
     * A string of Integer.MAX_VALUE characters, made at execution time (a constant would be folded at prepare time,
     * outside the statement): a real OutOfMemoryError inside H2's execution ("Requested array size exceeds VM limit"),
     * whatever the heap, and nothing allocated.
     */
    private static final String OUT_OF_HEAP = "SELECT REPEAT(S, 2147483647) FROM T";

    private String url() {
        return "jdbc:h2:file:" + tmp.resolve("db/xgz") + ";DB_CLOSE_ON_EXIT=FALSE";
    }

    private static void schema(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TABLE T (ID INT PRIMARY KEY, S VARCHAR DEFAULT 'x')");
            st.execute("INSERT INTO T (ID) VALUES (0)");
            st.execute("CREATE TABLE OOM (ID INT PRIMARY KEY)");
            st.execute("CREATE TRIGGER OOM_TRIGGER BEFORE INSERT ON OOM FOR EACH ROW CALL '" + OutOfHeap.class.getName() + "'");
        }
    }

    @Test
    void aTriggersOutOfMemoryErrorComesAsItsCause() throws Exception {
        try (Connection c = DriverManager.getConnection(url(), "sa", "")) {
            schema(c);
            Throwable e = catchThrowable(() -> c.createStatement().execute("INSERT INTO OOM VALUES (1)"));
            // H2 wraps a trigger's error (90044) and does not close the database for it
            assertThat(e).isInstanceOf(SQLException.class).hasCauseInstanceOf(OutOfMemoryError.class);
            assertThat(OutOfMemory.explains(e, false)).as(describe(e)).isTrue();
            assertThat(c.createStatement().executeUpdate("INSERT INTO T (ID) VALUES (1)")).isOne();
        }
    }

    @Test
    void aStatementThatRunsOutOfHeapSays90108AndEveryLaterOne90098() throws Exception {
        try (Connection c = DriverManager.getConnection(url(), "sa", "")) {
            schema(c);
            c.setAutoCommit(false);
            Throwable first = catchThrowable(() -> c.createStatement().execute(OUT_OF_HEAP));
            assertThat(first).isInstanceOf(SQLException.class);
            assertThat(((SQLException) first).getErrorCode()).as(describe(first)).isEqualTo(OutOfMemory.H2_OUT_OF_MEMORY);
            assertThat(OutOfMemory.explains(first, false)).as(describe(first)).isTrue();

            Throwable later = catchThrowable(() -> c.createStatement().execute("INSERT INTO T (ID) VALUES (2)"));
            assertThat(later).isInstanceOf(SQLException.class);
            assertThat(((SQLException) later).getErrorCode()).as(describe(later)).isEqualTo(OutOfMemory.H2_DATABASE_CLOSED);
            assertThat(OutOfMemory.explains(later, false)).as(describe(later)).isFalse();
            assertThat(OutOfMemory.explains(later, true)).as(describe(later)).isTrue();
        }
    }

    @Test
    void springsTranslationOfThemIsRecognisedToo() throws Exception {
        try (Connection c = DriverManager.getConnection(url(), "sa", "")) {
            schema(c);
        }
        SingleConnectionDataSource ds = new SingleConnectionDataSource(url(), "sa", "", true);
        try {
            JdbcTemplate jdbc = new JdbcTemplate(ds);
            TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(ds));
            Throwable first = catchThrowable(() -> tx.executeWithoutResult(s -> {
                jdbc.update("INSERT INTO T (ID) VALUES (1)");
                jdbc.queryForList(OUT_OF_HEAP);
            }));
            assertThat(first).isNotNull();
            assertThat(OutOfMemory.explains(first, false)).as(describe(first)).isTrue();

            Throwable later = catchThrowable(() -> tx.executeWithoutResult(s -> jdbc.update("INSERT INTO T (ID) VALUES (2)")));
            assertThat(later).isNotNull();
            assertThat(OutOfMemory.explains(later, false)).as(describe(later)).isFalse();
            assertThat(OutOfMemory.explains(later, true)).as(describe(later)).isTrue();
        } finally {
            ds.destroy();
        }
    }

    private static String describe(Throwable t) {
        StringBuilder sb = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            sb.append(" <- ").append(c.getClass().getSimpleName()).append(c instanceof SQLException s ? "[" + s.getErrorCode() + "]" : "")
                    .append(": ").append(c.getMessage());
            for (Throwable s : c.getSuppressed()) {
                sb.append(" {suppressed ").append(s.getClass().getSimpleName()).append(": ").append(s.getMessage()).append('}');
            }
        }
        return sb.toString();
    }
}
