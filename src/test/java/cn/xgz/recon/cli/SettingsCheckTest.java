package cn.xgz.recon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xgz.recon.common.ExitCodes;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Settings are read and checked the same way by every command (outputs.md: a setting with an invalid value exits 2,
 * naming it and what it may be), also by {@code half-year-merge}, which needs no store, and {@code nightly}, which does
 * not use xgz.jurisdiction itself but must not let a bad one wait for the half-year.
 */
class SettingsCheckTest {

    @TempDir
    Path work;

    @Test
    void theMergeReadsTheCommandLinesSettingsAndRefusesABadOne() throws Exception {
        Path city = Files.createDirectories(work.resolve("350100"));
        Console c = Console.run("half-year-merge", "--period", "2025H1", "--out", work.resolve("out").toString(),
                "--xgz.match.threshold=5", city.toString());
        assertThat(c.exitCode()).as(c.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(c.err()).contains("xgz.match.threshold").contains("XGZ_MATCH_THRESHOLD").contains("不大于 1")
                .doesNotContain("Exception").doesNotContain("合并被拒绝");
        assertThat(c.err().strip().lines().count()).as(c.toString()).isOne();
        assertThat(work.resolve("out")).doesNotExist();
    }

    @Test
    void theMergeRefusesAJurisdictionOutsideTheProvince() throws Exception {
        Path city = Files.createDirectories(work.resolve("350100"));
        Console c = Console.run("half-year-merge", "--period", "2025H1", "--out", work.resolve("out").toString(),
                "--xgz.jurisdiction=110000", city.toString());
        assertThat(c.exitCode()).as(c.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(c.err()).contains("xgz.jurisdiction（环境变量 XGZ_JURISDICTION） 的值 110000 不是本省").contains("350100 福州市");
        assertThat(work.resolve("out")).doesNotExist();
    }

    @Test
    void theMergeStillAnswersABadPeriodAsAUsageError() throws Exception {
        Path city = Files.createDirectories(work.resolve("350100"));
        Console c = Console.run("half-year-merge", "--period", "2025H3", "--out", work.resolve("out").toString(), city.toString());
        assertThat(c.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(c.err()).startsWith("参数错误：");
        Console missing = Console.run("half-year-merge", "--out", work.resolve("out").toString(), city.toString());
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).contains("缺少必需的选项 --period");
    }

    @Test
    void nightlyRefusesAJurisdictionOutsideTheProvinceBeforeItRuns() throws Exception {
        Path input = work.resolve("input");
        assertThat(Main.execute("generate", "--entities", "100", "--out", input.toString())).isZero();
        Path out = work.resolve("out");
        Console c = Console.run("nightly", "--input", input.toString(), "--out", out.toString(), "--date", "2025-09-30",
                "--data-dir", work.resolve("data").toString(), "--xgz.jurisdiction=350999");
        assertThat(c.exitCode()).as(c.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(c.err()).contains("xgz.jurisdiction（环境变量 XGZ_JURISDICTION） 的值 350999 不是本省");
        assertThat(out.resolve("2025-09-30")).doesNotExist();

        Console city = Console.run("nightly", "--input", input.toString(), "--out", out.toString(), "--date", "2025-09-30",
                "--data-dir", work.resolve("data").toString(), "--xgz.jurisdiction=350100");
        assertThat(city.exitCode()).as(city.toString()).isZero();
    }
}
