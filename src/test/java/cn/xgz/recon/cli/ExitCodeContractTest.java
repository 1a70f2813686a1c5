package cn.xgz.recon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xgz.recon.common.ExitCodes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** outputs.md, commands and exit codes: the night the feed never came, a missing source, a bad setting. */
class ExitCodeContractTest {

    @TempDir
    static Path generated;

    @TempDir
    Path tmp;

    @BeforeAll
    static void generate() {
        assertThat(Main.execute("generate", "--entities", "300", "--seed", "7", "--out", generated.toString())).isZero();
    }

    @Test
    void anInputFolderWithNoFileOfAnySourceWritesNothingAndExits2() throws IOException {
        Path input = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(input.resolve("readme.txt"), "the feed did not come");
        Path out = tmp.resolve("out");
        Path data = tmp.resolve("data");
        Console c = Console.run("nightly", "--input", input.toString(), "--out", out.toString(), "--data-dir",
                data.toString(), "--date", "2025-09-30");
        assertThat(c.exitCode()).as(c.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(c.err()).contains(input.toString()).contains("没有任何数据源的文件").contains("registrations*");
        assertThat(out).doesNotExist();
        assertThat(data.resolve("db")).doesNotExist();
    }

    @Test
    void aSourceWithNoFileAtAllStillWritesTheReportsAndExits4() throws IOException {
        Path input = copyOf(generated, "markets");
        Path out = tmp.resolve("out");
        Console c = Console.run("nightly", "--input", input.toString(), "--out", out.toString(), "--data-dir",
                tmp.resolve("data").toString(), "--date", "2025-09-30");
        assertThat(c.exitCode()).as(c.toString()).isEqualTo(ExitCodes.FILE_REJECTED);
        Path runDir = out.resolve("2025-09-30");
        assertThat(runDir.resolve("findings.csv")).exists();
        JsonNode summary = new ObjectMapper().readTree(runDir.resolve("run-summary.json").toFile());
        assertThat(summary.get("missingSources").toString()).contains("markets");
        assertThat(summary.get("skippedRules").has("R01")).as(summary.toString()).isTrue();
        // stdout is the run folder alone (the summary lines are the log's, on stderr).
        assertThat(c.out().strip()).isEqualTo(runDir.toString());
    }

    @Test
    void aSettingOutsideItsRangeExits2NamingTheSettingAndTheRange() {
        Console c = Console.run("nightly", "--input", generated.toString(), "--out", tmp.resolve("out").toString(),
                "--data-dir", tmp.resolve("data").toString(), "--date", "2025-09-30", "--xgz.match.threshold=5");
        assertThat(c.exitCode()).as(c.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(c.err()).contains("xgz.match.threshold").contains("XGZ_MATCH_THRESHOLD").contains("不大于 1")
                .doesNotContain("Error creating bean").doesNotContain("Exception");
        assertThat(c.err().lines().count()).isOne();
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void anUnknownJurisdictionCodeExits2NamingTheSetting() {
        Console c = Console.run("nightly", "--input", generated.toString(), "--out", tmp.resolve("out").toString(),
                "--data-dir", tmp.resolve("data").toString(), "--date", "2025-09-30", "--xgz.province-code=990000");
        assertThat(c.exitCode()).as(c.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(c.err()).contains("xgz.province-code").contains("990000").doesNotContain("Exception");
    }

    @Test
    void aSettingThatIsNotANumberExits2() {
        Console c = Console.run("nightly", "--input", generated.toString(), "--out", tmp.resolve("out").toString(),
                "--data-dir", tmp.resolve("data").toString(), "--date", "2025-09-30", "--xgz.match.threshold=abc");
        assertThat(c.exitCode()).as(c.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(c.err()).contains("xgz.match.threshold").contains("abc").contains("数字");
    }

    private Path copyOf(Path from, String withoutSource) throws IOException {
        Path to = Files.createDirectories(tmp.resolve("in"));
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                if (!f.getFileName().toString().startsWith(withoutSource)) {
                    Files.copy(f, to.resolve(f.getFileName()));
                }
            }
        }
        return to;
    }
}
