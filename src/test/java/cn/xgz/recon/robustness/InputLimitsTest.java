package cn.xgz.recon.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xgz.recon.acceptance.AcceptanceSets;
import cn.xgz.recon.common.ExitCodes;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The per-file limits {@code xgz.limits.max-rows} and {@code xgz.limits.max-file-bytes}, set through the environment
 * ({@code XGZ_LIMITS_MAXROWS}, {@code XGZ_LIMITS_MAXFILEBYTES}), stop a file that exceeds them with a message naming
 * the file, in both nightly and validate; the files within the limits load as usual.
 */
@Tag("long") // child JVMs: runs in verify (failsafe), not in the fast mvn test
class InputLimitsTest {

    @TempDir
    Path dir;

    @Test
    void nightlyStopsAFileAtTheRowLimitNamingTheFileAndTheRow() throws Exception {
        Path out = dir.resolve("out");
        ChildJvm.Result r = ChildJvm.withTestSecret().env("XGZ_LIMITS_MAXROWS", "500")
                .run(Baseline.nightly(AcceptanceSets.set("basic/input"), out, dir.resolve("data"), "2025-09-30"));
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.FILE_REJECTED);
        assertThat(r.stdout()).contains("registrations.csv", "数据行数超过上限 500 行");
        assertThat(RunFiles.stackTraceLines(r.console())).isEmpty();

        Path run = out.resolve("2025-09-30");
        List<String[]> rejects = FormulaPayloads.read(run.resolve("rejects.csv"));
        assertThat(rejects).anySatisfy(row -> assertThat(row).containsExactly("registrations", "registrations.csv", "502",
                "", "文件自此行起无法读取：数据行数超过上限 500 行", ""));
        JsonNode registrations = file(run, "registrations.csv");
        assertThat(registrations.get("rejectedWhole").asBoolean()).isTrue();
        assertThat(registrations.get("problem").asText()).contains("数据行数超过上限 500 行");
        assertThat(registrations.get("loaded").asLong()).isEqualTo(500);
        assertThat(file(run, "riders-eleme.csv").get("rejectedWhole").asBoolean()).as("244 rows: within the limit").isFalse();
    }

    @Test
    void validateStopsAFileAtTheRowLimitToo() throws Exception {
        ChildJvm.Result r = ChildJvm.plain().env("XGZ_LIMITS_MAXROWS", "500").run("validate", "--input",
                AcceptanceSets.set("basic/input").toString(), "--out", dir.resolve("checked").toString(), "--date", "2025-09-30");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.FILE_REJECTED);
        assertThat(r.stdout()).containsPattern("registrations.csv .*整体拒绝：数据行数超过上限 500 行");
        assertThat(file(dir.resolve("checked"), "riders-eleme.csv").get("rejectedWhole").asBoolean()).isFalse();
    }

    @Test
    void aFileOverTheSizeLimitIsRejectedWholeNamingItsSize() throws Exception {
        ChildJvm.Result r = ChildJvm.plain().env("XGZ_LIMITS_MAXFILEBYTES", "100000").run("validate", "--input",
                AcceptanceSets.set("basic/input").toString(), "--out", dir.resolve("checked").toString(), "--date", "2025-09-30");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.FILE_REJECTED);
        assertThat(r.stdout()).containsPattern("registrations.csv .*整体拒绝：文件大小 \\d+ 字节超过上限 100000 字节");
        JsonNode markets = file(dir.resolve("checked"), "markets.csv");
        assertThat(markets.get("rejectedWhole").asBoolean()).as("a small file is read as usual").isFalse();
        assertThat(markets.get("loaded").asLong()).isEqualTo(12);
    }

    private static JsonNode file(Path runDir, String name) throws Exception {
        for (JsonNode f : RunFiles.summary(runDir).get("files")) {
            if (f.get("file").asText().equals(name)) {
                return f;
            }
        }
        throw new AssertionError(name + " not in run-summary.json");
    }
}
