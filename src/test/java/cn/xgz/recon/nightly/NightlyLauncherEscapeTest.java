package cn.xgz.recon.nightly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import cn.xgz.recon.common.ExitCodes;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.launch.JobRestartException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * What escapes the job operator (Spring Batch could not record the job's end) still ends as a failed run with one
 * Chinese line.
 */
class NightlyLauncherEscapeTest {

    @AfterEach
    void forgetTheOutOfMemoryErrors() {
        // the launcher records them process-wide; the rest of the fast suite shares this JVM
        OutOfMemory.forget();
    }

    @TempDir
    Path tmp;

    private NightlyRequest request() {
        return new NightlyRequest(LocalDate.of(2025, 9, 30), tmp.resolve("in"), tmp.resolve("out"), false, 2);
    }

    private static NightlyLauncher launcherWhoseStartThrows(Throwable t) throws Exception {
        JobOperator operator = mock(JobOperator.class);
        when(operator.start(any(Job.class), any(JobParameters.class))).thenThrow(t);
        JobRepository repository = mock(JobRepository.class);
        when(repository.findJobInstances(NightlyJobConfiguration.JOB_NAME)).thenReturn(List.of());
        return new NightlyLauncher(operator, repository, mock(Job.class));
    }

    @Test
    void theDatabaseClosedByRunningOutOfHeapSaysMemoryRanOut() throws Exception {
        var closed = new DataAccessResourceFailureException("JDBC commit; Out of memory.",
                new SQLException("Out of memory.", "90108", 90108, new OutOfMemoryError("Java heap space")));
        NightlyOutcome outcome = launcherWhoseStartThrows(closed).run(request());
        assertThat(outcome.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(outcome.message()).contains("内存不足", "XGZ_JAVA_OPTS", "续跑").doesNotContain("database");
        assertThat(outcome.runDir()).isEqualTo(request().runDir());
    }

    @Test
    void anErrorItselfEscapingIsAFailedRunToo() throws Exception {
        NightlyOutcome outcome = launcherWhoseStartThrows(new OutOfMemoryError("Java heap space")).run(request());
        assertThat(outcome.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(outcome.message()).contains("内存不足");
    }

    @Test
    void otherwiseThePlainFailureWithTheCauseNotRestartsWrapper() {
        var closed = new DataAccessResourceFailureException("JDBC rollback; The database has been closed",
                new SQLException("The database has been closed", "90098", 90098));
        var wrapped = new JobRestartException("Illegal state (only happens on a race condition): job execution already running",
                closed);
        OutOfMemory.forget();
        NightlyOutcome outcome = new NightlyLauncher(null, null, null).escapedOutcome(wrapped, request(), true);
        assertThat(outcome.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(outcome.restarted()).isTrue();
        assertThat(outcome.message()).startsWith("运行失败于步骤").contains("The database has been closed", "修复后", "续跑")
                .doesNotContain("already running", "\tat ");

        // The same closed database after a step of this process ran out of heap (the steps record it as they end).
        OutOfMemory.record(new IllegalStateException(new OutOfMemoryError("Java heap space")));
        assertThat(new NightlyLauncher(null, null, null).escapedOutcome(wrapped, request(), true).message())
                .contains("内存不足").doesNotContain("database");
    }
}
