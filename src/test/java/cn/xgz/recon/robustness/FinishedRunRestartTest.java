package cn.xgz.recon.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed after its finish step completed (published, workspace removed) and run again: the restart has
 * nothing left to do, and although the reconcile step runs on every restart it does not reconcile an empty workspace;
 * run-summary.json keeps the figures of the reconciliation that was published.
 */
@Tag("long") // child JVMs: runs in verify (failsafe), not in the fast mvn test
class FinishedRunRestartTest {

    @TempDir
    Path dir;

    @Test
    void restartAfterFinishKeepsThePublishedReconciliationsFigures() throws Exception {
        Path input = GeneratedInput.create(dir.resolve("input"), 300, 11);
        String[] whole = Baseline.nightly(input, dir.resolve("whole-out"), dir.resolve("whole-data"), Baseline.DAY1);
        assertThat(InProcess.execute(whole).exitCode()).isZero();
        JsonNode expected = summary(dir.resolve("whole-out"));

        String[] args = Baseline.nightly(input, dir.resolve("out"), dir.resolve("data"), Baseline.DAY1);
        ChildJvm.Result killed = ChildJvm.withTestSecret().env("XGZ_FAULT_KILL_AT", "finish:end").run(args);
        assertThat(killed.exitCode()).as(killed.toString()).isEqualTo(ChildJvm.KILLED);
        ChildJvm.Result resumed = ChildJvm.withTestSecret().run(args);
        assertThat(resumed.exitCode()).as(resumed.toString()).isZero();

        JsonNode summary = summary(dir.resolve("out"));
        assertThat(summary.get("restarts").asInt()).isEqualTo(1);
        assertThat(expected.get("resolution").size()).isPositive();
        assertThat(summary.get("resolution")).isEqualTo(expected.get("resolution"));
        assertThat(summary.get("skippedRules")).isEqualTo(expected.get("skippedRules"));
        assertThat(summary.get("findingsTotal")).isEqualTo(expected.get("findingsTotal"));
        assertThat(reconcileWrites(summary)).isEqualTo(reconcileWrites(expected)).isPositive();
    }

    private static JsonNode summary(Path out) throws Exception {
        return new ObjectMapper().readTree(out.resolve(Baseline.DAY1).resolve("run-summary.json").toFile());
    }

    private static long reconcileWrites(JsonNode summary) {
        for (JsonNode step : summary.get("steps")) {
            if (step.get("step").asText().equals("reconcile")) {
                return step.get("writeCount").asLong();
            }
        }
        throw new AssertionError("no reconcile step in " + summary);
    }
}
