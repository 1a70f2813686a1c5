package cn.xgz.recon.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xgz.recon.store.TestStores;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run whose last updates failed (H2 closed the database after running out of heap) leaves a step recorded STARTED
 * under a job recorded FAILED, or both UNKNOWN; Spring Batch then refuses the restart ("already running", "cannot
 * restart from UNKNOWN"), and the launcher called JobOperator.recover only for a running job (recover skips UNKNOWN).
 * The launcher now marks them FAILED, and the rerun resumes. The state is made with a kill at the start of write-csv
 * and an update of the store, as the closed database leaves it.
 */
@Tag("long") // child JVMs: runs in verify (failsafe), not in the fast mvn test
class UnfinishedStepRestartTest {

    private static final String STEP = "write-csv";

    @TempDir
    Path dir;

    @Test
    void aStepLeftStartedUnderAFailedJobIsMarkedFailedAndTheRerunResumes() throws Exception {
        Path data = dir.resolve("data");
        String[] args = killedAt(data);
        record(data, "UPDATE BATCH_JOB_EXECUTION SET STATUS = 'FAILED', EXIT_CODE = 'FAILED', END_TIME = CURRENT_TIMESTAMP");
        assertThat(stepStatus(data)).isEqualTo("STARTED");

        resumes(args, data);
    }

    @Test
    void aJobAndStepLeftUnknownAreMarkedFailedAndTheRerunResumes() throws Exception {
        Path data = dir.resolve("data");
        String[] args = killedAt(data);
        record(data, "UPDATE BATCH_JOB_EXECUTION SET STATUS = 'UNKNOWN', EXIT_CODE = 'UNKNOWN'");
        record(data, "UPDATE BATCH_STEP_EXECUTION SET STATUS = 'UNKNOWN', EXIT_CODE = 'UNKNOWN' WHERE STEP_NAME = '" + STEP + "'");

        resumes(args, data);
    }

    private String[] killedAt(Path data) throws Exception {
        Path input = GeneratedInput.create(dir.resolve("input"), 300, 11);
        String[] args = Baseline.nightly(input, dir.resolve("out"), data, Baseline.DAY1);
        ChildJvm.Result killed = ChildJvm.withTestSecret().env("XGZ_FAULT_KILL_AT", STEP).run(args);
        assertThat(killed.exitCode()).as(killed.toString()).isEqualTo(ChildJvm.KILLED);
        return args;
    }

    private void resumes(String[] args, Path data) throws Exception {
        InProcess.Result resumed = InProcess.execute(args);
        assertThat(resumed.exitCode()).as(resumed.toString()).isZero();
        assertThat(resumed.stderr()).doesNotContain("already running", "UNKNOWN status");
        assertThat(RunFiles.summary(dir.resolve("out").resolve(Baseline.DAY1)).get("restarts").asInt())
                .as("resumed, not started over").isEqualTo(1);
        // the first execution's step, marked as it ended, with its end time
        assertThat(stepStatus(data)).isEqualTo("FAILED");
        try (Connection c = TestStores.connect(data); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM BATCH_STEP_EXECUTION WHERE END_TIME IS NULL")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isZero();
        }
    }

    private static void record(Path data, String sql) throws Exception {
        try (Connection c = TestStores.connect(data); Statement st = c.createStatement()) {
            assertThat(st.executeUpdate(sql)).isPositive();
        }
    }

    /** The status of the first execution of the step. */
    private static String stepStatus(Path data) throws Exception {
        try (Connection c = TestStores.connect(data); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT STATUS FROM BATCH_STEP_EXECUTION WHERE STEP_NAME = '" + STEP
                        + "' ORDER BY STEP_EXECUTION_ID")) {
            assertThat(rs.next()).as("a " + STEP + " step execution").isTrue();
            return rs.getString(1);
        }
    }
}
