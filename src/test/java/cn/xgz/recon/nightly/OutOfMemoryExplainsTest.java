package cn.xgz.recon.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.TransactionSystemException;

/**
 * What counts as running out of heap. The process-wide record is left alone here (the fast suite shares one JVM):
 * the tests give "an out-of-memory error was seen" explicitly.
 */
class OutOfMemoryExplainsTest {

    private static SQLException h2(int code, Throwable cause) {
        return new SQLException("H2 error " + code, "HY000", code, cause);
    }

    @Test
    void anOutOfMemoryErrorAnywhereInTheCauses() {
        assertThat(OutOfMemory.explains(new OutOfMemoryError("Java heap space"), false)).isTrue();
        assertThat(OutOfMemory.explains(new IllegalStateException(new RuntimeException(new OutOfMemoryError())), false))
                .isTrue();
        assertThat(OutOfMemory.explains(new IllegalStateException("no"), false)).isFalse();
        assertThat(OutOfMemory.explains(null, true)).isFalse();
    }

    @Test
    void h2sOutOfMemoryCodeWithOrWithoutItsCause() {
        // H2 closes the database and reports 90108; its cause is the OutOfMemoryError, but a copy may come without.
        assertThat(OutOfMemory.explains(new DataAccessResourceFailureException("x", h2(90108, null)), false)).isTrue();
        assertThat(OutOfMemory.explains(h2(90108, new OutOfMemoryError()), false)).isTrue();
        assertThat(OutOfMemory.explains(h2(42102, null), true)).as("another SQL error").isFalse();
    }

    @Test
    void aClosedDatabaseOnlyAfterAnOutOfMemoryError() {
        Exception closed = new DataAccessResourceFailureException("JDBC rollback; The database has been closed",
                h2(90098, null));
        assertThat(OutOfMemory.explains(closed, false)).as("closed for another reason, e.g. a failed disk").isFalse();
        assertThat(OutOfMemory.explains(closed, true)).isTrue();
    }

    @Test
    void suppressedNextAndReplacedExceptionsCount() {
        Exception suppressing = new IllegalStateException("step failed");
        suppressing.addSuppressed(new RuntimeException(h2(90108, null)));
        assertThat(OutOfMemory.explains(suppressing, false)).isTrue();

        SQLException batch = h2(23505, null);
        batch.setNextException(h2(90108, null));
        assertThat(OutOfMemory.explains(batch, false)).isTrue();

        // Spring's rollback failure on the closed database replaces the error that caused the rollback.
        TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed", h2(90098, null));
        rollback.initApplicationException(new OutOfMemoryError("Java heap space"));
        assertThat(OutOfMemory.explains(rollback, false)).isTrue();
    }

    @Test
    void cyclesEnd() {
        Exception a = new IllegalStateException("a");
        Exception b = new IllegalStateException("b", a);
        a.initCause(b);
        a.addSuppressed(b);
        b.addSuppressed(a);
        assertThat(OutOfMemory.explains(a, true)).isFalse();
        Exception c = new IllegalStateException("c", a);
        c.addSuppressed(new OutOfMemoryError());
        b.addSuppressed(c);
        assertThat(OutOfMemory.explains(a, false)).isTrue();
    }
}
