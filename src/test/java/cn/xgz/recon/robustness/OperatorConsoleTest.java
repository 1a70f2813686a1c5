package cn.xgz.recon.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xgz.recon.cli.Main;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A nightly run as an operator sees it: a start line, numbered steps and a closing summary on stderr, the run folder
 * alone on stdout, and the run id on every line of the log file in the data directory.
 */
@Tag("long") // child JVMs: runs in verify (failsafe), not in the fast mvn test
class OperatorConsoleTest {

    private static final Pattern START = Pattern.compile("运行编号 (\\d{8}-\\d{6}-[0-9a-f]{4})：开始 nightly，运行日期 2025-09-30，输入 (.+)，数据目录 (.+)，输出 (.+)");

    @TempDir
    static Path input;

    @TempDir
    Path tmp;

    @BeforeAll
    static void generate() {
        assertThat(Main.execute("generate", "--entities", "200", "--out", input.toString())).isZero();
    }

    @Test
    void startStepsAndClosingSummaryOnStderrTheRunFolderOnStdout() throws Exception {
        Path out = tmp.resolve("out");
        Path data = tmp.resolve("data");
        ChildJvm.Result r = ChildJvm.withTestSecret().run("nightly", "--input", input.toString(), "--out", out.toString(),
                "--data-dir", data.toString(), "--date", "2025-09-30");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.stdout().strip()).isEqualTo(out.resolve("2025-09-30").toString());

        Matcher start = START.matcher(r.stderr());
        assertThat(start.find()).as(r.stderr()).isTrue();
        String runId = start.group(1);
        assertThat(start.group(3)).isEqualTo(data.toString());
        assertThat(r.stderr()).contains("[1/7] prepare：开始").contains("[7/7] finish：完成")
                .contains("运行编号 " + runId + " 结束：退出码 0：成功")
                .containsPattern("发现：新增 [\\d,]+，仍存在 0，已销号 0")
                .contains("写出文件").containsPattern("用时 \\d+(\\.\\d)?秒|用时 \\d+分\\d\\d秒")
                .doesNotContainPattern("PT\\d");

        List<String> log = Files.readAllLines(data.resolve("logs/xgz.log"), StandardCharsets.UTF_8);
        List<String> entries = log.stream().filter(l -> l.matches("^\\d{4}-\\d\\d-\\d\\d .*")).toList();
        assertThat(entries).isNotEmpty().allSatisfy(l -> assertThat(l).contains("[" + runId + "]"));
        assertThat(entries).anySatisfy(l -> assertThat(l).contains("开始 nightly"));
        assertThat(entries).anySatisfy(l -> assertThat(l).contains("结束：退出码 0"));
    }
}
