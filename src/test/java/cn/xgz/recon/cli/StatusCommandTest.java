package cn.xgz.recon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xgz.recon.common.DisplayWidth;
import cn.xgz.recon.common.ExitCodes;
import cn.xgz.recon.common.RunLock;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** status: the right advice per outcome, columns aligned for Chinese text, and an answer while a run holds the lock. */
class StatusCommandTest {

    @TempDir
    static Path tmp;

    private static Path data;

    @BeforeAll
    static void twoHalfYearsOfTheSamePeriod() {
        Path input = tmp.resolve("in");
        assertThat(Main.execute("generate", "--entities", "200", "--as-of", "2025-06-30", "--out", input.toString())).isZero();
        data = tmp.resolve("data");
        String[] halfYear = {"half-year", "--period", "2025H1", "--out", tmp.resolve("out").toString(), "--input",
            input.toString(), "--data-dir", data.toString()};
        assertThat(Main.execute(halfYear)).isZero();
        // The second is refused: the submission exists and --replace was not given.
        assertThat(Main.execute(halfYear)).isEqualTo(ExitCodes.FAILED);
    }

    @Test
    void aRefusedHalfYearIsNotCalledResumable() {
        Console c = Console.run("status", "--data-dir", data.toString());
        assertThat(c.exitCode()).as(c.toString()).isZero();
        List<String> halfYears = c.out().lines().filter(l -> l.contains("half-year")).toList();
        assertThat(halfYears).as(c.out()).hasSize(2);
        assertThat(halfYears.get(0)).contains("已存在").contains("--replace").doesNotContain("续跑");
        assertThat(c.out()).contains("nightly");
    }

    @Test
    void columnsLineUpByDisplayWidth() {
        Console c = Console.run("status", "--data-dir", data.toString());
        List<String> lines = c.out().lines().toList();
        String header = lines.get(0);
        int timeColumn = DisplayWidth.of(header.substring(0, header.indexOf("开始时间")));
        java.util.regex.Pattern time = java.util.regex.Pattern.compile("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d");
        assertThat(lines).hasSizeGreaterThan(2);
        for (String l : lines.subList(1, lines.size())) {
            java.util.regex.Matcher m = time.matcher(l);
            assertThat(m.find()).as(l).isTrue();
            // Rows hold different Chinese texts (完成, 失败 …) before the start time: it still starts in one column.
            assertThat(DisplayWidth.of(l.substring(0, m.start()))).as(c.out()).isEqualTo(timeColumn);
        }
    }

    @Test
    void answersWhileARunHoldsTheLock() throws Exception {
        try (RunLock lock = RunLock.acquire(data, "nightly 2025-10-01（测试）")) {
            Console c = Console.run("status", "--data-dir", data.toString());
            assertThat(c.exitCode()).as(c.toString()).isZero();
            assertThat(c.out()).contains("正在运行：").contains("nightly 2025-10-01（测试）")
                    .contains("half-year").contains("2025H1").contains("nightly").contains("2025-06-30")
                    .contains("已存在");
        }
    }
}
