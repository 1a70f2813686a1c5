package cn.xgz.recon.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xgz.recon.common.ExitCodes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * outputs.md: a rerun replaces the run folder; issue 15: it builds the new folder beside the old one and swaps at the
 * end, so a rerun killed with {@code kill -9} (the crash harness's fault injection) leaves the previous folder whole;
 * and a second installation (another data directory) cannot overwrite a date's folder unnoticed.
 */
@Tag("long") // child JVMs or several nightly runs: runs in verify (failsafe), not in the fast mvn test
class RerunSwapTest {

    private static final String DATE = "2025-09-30";

    @TempDir
    Path dir;

    @Test
    void aRerunKilledAtAnyPointLeavesThePreviousFolderWholeAndACompletedOneReplacesIt() throws Exception {
        Path input = GeneratedInput.create(dir.resolve("input"), 300, 7);
        Path out = dir.resolve("out");
        Path data = dir.resolve("data");
        ChildJvm.Result first = ChildJvm.withTestSecret().run(Baseline.nightly(input, out, data, DATE));
        assertThat(first.exitCode()).as(first.toString()).isZero();
        Path runDir = out.resolve(DATE);
        Map<String, String> before = RunFiles.snapshot(runDir, p -> false);
        String findings = Files.readString(runDir.resolve("findings.csv"));
        long firstExecution = RunFiles.summary(runDir).get("jobExecutionId").asLong();
        assertThat(before).containsKeys("findings.csv", "rejects.csv", "run-summary.json", "gap-report-20250930.xlsx");

        for (String point : new String[] {"ingest-registrations", "write-workbooks:end", "finish"}) {
            ChildJvm.Result killed = ChildJvm.withTestSecret().env("XGZ_FAULT_KILL_AT", point)
                    .run(Baseline.nightly(input, out, data, DATE));
            assertThat(killed.exitCode()).as(point + "\n" + killed).isEqualTo(ChildJvm.KILLED);
            assertThat(RunFiles.snapshot(runDir, p -> false)).as("the previous folder after a rerun killed at " + point)
                    .isEqualTo(before);
        }

        ChildJvm.Result rerun = ChildJvm.withTestSecret().run(Baseline.nightly(input, out, data, DATE));
        assertThat(rerun.exitCode()).as(rerun.toString()).isZero();
        assertThat(RunFiles.summary(runDir).get("jobExecutionId").asLong()).as("the completed rerun replaced the folder")
                .isGreaterThan(firstExecution);
        assertThat(Files.readString(runDir.resolve("findings.csv"))).isEqualTo(findings);
        try (Stream<Path> left = Files.list(out)) {
            assertThat(left.map(p -> p.getFileName().toString())).as("no folder under construction left beside it")
                    .containsExactly(DATE);
        }
    }

    @Test
    void aSecondInstallationMayNotWriteTheSameDatesFolder() throws Exception {
        Path input = GeneratedInput.create(dir.resolve("input"), 200, 8);
        Path out = dir.resolve("out");
        InProcess.Result first = InProcess.execute(Baseline.nightly(input, out, dir.resolve("data-a"), DATE));
        assertThat(first.exitCode()).as(first.toString()).isZero();
        Map<String, String> before = RunFiles.snapshot(out, p -> false);

        InProcess.Result other = InProcess.execute(Baseline.nightly(input, out, dir.resolve("data-b"), DATE));
        assertThat(other.exitCode()).as(other.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(other.stderr()).contains(out.resolve(DATE).toString(), "另一个安装", dir.resolve("data-a").toString());
        assertThat(RunFiles.snapshot(out, p -> false)).isEqualTo(before);

        InProcess.Result again = InProcess.execute(Baseline.nightly(input, out, dir.resolve("data-a"), DATE));
        assertThat(again.exitCode()).as("the owner reruns as before: " + again).isZero();
    }
}
