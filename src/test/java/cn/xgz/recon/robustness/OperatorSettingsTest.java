package cn.xgz.recon.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xgz.recon.cli.Main;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings as an operator gives them (environment, README's additional location) in a real process: bad value → 2. */
@Tag("long") // child JVMs: runs in verify (failsafe), not in the fast mvn test
class OperatorSettingsTest {

    @TempDir
    static Path input;

    @TempDir
    Path tmp;

    @BeforeAll
    static void generate() {
        assertThat(Main.execute("generate", "--entities", "200", "--out", input.toString())).isZero();
    }

    @Test
    void aThresholdOutsideItsRangeInTheEnvironmentIsOneChineseLineAndExit2() throws Exception {
        ChildJvm.Result r = ChildJvm.withTestSecret().env("XGZ_MATCH_THRESHOLD", "5")
                .run("nightly", "--input", input.toString(), "--out", tmp.resolve("out").toString(),
                        "--data-dir", tmp.resolve("data").toString(), "--date", "2025-09-30");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
        assertThat(r.stderr()).contains("XGZ_MATCH_THRESHOLD").contains("xgz.match.threshold").contains("不大于 1");
        assertThat(r.console()).doesNotContain("Error creating bean").doesNotContain("Exception");
        assertThat(r.stderr().strip().lines().count()).as(r.toString()).isOne();
    }

    @Test
    void theReadmesAdditionalLocationIsAcceptedAndRead() throws Exception {
        Path etc = Files.createDirectories(tmp.resolve("etc"));
        Files.writeString(etc.resolve("application.properties"), "xgz.match.max-edits=7\n");
        ChildJvm.Result r = ChildJvm.withTestSecret()
                .run("nightly", "--input", input.toString(), "--out", tmp.resolve("out").toString(),
                        "--data-dir", tmp.resolve("data").toString(), "--date", "2025-09-30",
                        "--spring.config.additional-location=file:" + etc + "/");
        // Refused as a setting (read from the file), not as an unknown option.
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
        assertThat(r.stderr()).contains("xgz.match.max-edits").contains("7").doesNotContain("未知的选项");
    }
}
