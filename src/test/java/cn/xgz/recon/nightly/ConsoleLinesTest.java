package cn.xgz.recon.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xgz.recon.ingest.batch.FileStats;
import cn.xgz.recon.output.RunSummary;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The console lines a run prints: progress with an estimate, and the closing summary. */
class ConsoleLinesTest {

    @Test
    void progressNamesRowsPerSecondAndTheTimeLeftAgainstTheLastRun() {
        String line = ProgressListener.line("ingest-registrations", 1_000_000, Duration.ofSeconds(10), 7_000_000);
        assertThat(line).isEqualTo("ingest-registrations：已处理 1,000,000 行（100,000 行/秒），预计还需约 1分00秒（上次共 7,000,000 行）");
        assertThat(ProgressListener.line("x", 500, Duration.ofSeconds(5), 0)).isEqualTo("x：已处理 500 行（100 行/秒）");
        assertThat(ProgressListener.line("x", 900, Duration.ofSeconds(5), 800)).endsWith("已超过上次的 800 行");
    }

    @Test
    void theClosingSummarySaysHowTheRunEndedWhatItFoundAndWhatItWrote() {
        RunSummary s = summary(List.of("markets"), Map.of("R01", "缺少数据源：专业市场台账，本规则未运行"));
        NightlyOutcome o = new NightlyOutcome(4, 7, false, Path.of("/out/2025-09-30"), "运行完成：/out/2025-09-30（缺少数据源 markets）");
        List<String> lines = ClosingSummary.lines("20251001-020000-3f2a", o, Optional.of(s), Duration.ofSeconds(65));
        assertThat(lines.get(0)).startsWith("运行编号 20251001-020000-3f2a 结束：退出码 4：").contains("运行完成并已生成报告");
        assertThat(lines).contains("发现：新增 3，仍存在 5，已销号 2（findings.csv 共 10 条）")
                .contains("输入：读取 120 行，导入 100 行，拒绝 20 行（见 rejects.csv）；整体拒绝的文件 1 个；缺少数据源 markets")
                .contains("未运行的规则：R01")
                .contains("写出文件 3 个（含 run-summary.json），位于 /out/2025-09-30")
                .contains("用时 1分05秒");
    }

    @Test
    void aFailedRunSaysWhereToResumeAndNoFindings() {
        NightlyOutcome o = new NightlyOutcome(1, 7, false, Path.of("/out/2025-09-30"), "运行失败于步骤 ingest：…");
        List<String> lines = ClosingSummary.lines("r", o, Optional.empty(), Duration.ofSeconds(3));
        assertThat(lines.get(0)).contains("退出码 1：作业失败");
        assertThat(lines).contains("运行失败于步骤 ingest：…").noneMatch(l -> l.startsWith("发现："));
    }

    private static RunSummary summary(List<String> missing, Map<String, String> skipped) {
        FileStats whole = new FileStats("registrations", "registrations.csv", "sha", 10, 20, 0, 20, true, "编码无法识别", List.of());
        return new RunSummary("2025-09-30", 7, 1, "COMPLETED", null, null, 0, Map.of(), false, List.of(whole), 120, 100, 20,
                missing, skipped,
                Map.of("R02", Map.of("NEW", 3L, "OPEN", 5L, "RESOLVED", 0L, "total", 8L),
                        "R03", Map.of("NEW", 0L, "OPEN", 0L, "RESOLVED", 2L, "total", 2L)),
                10, Map.of(), null, List.of(), List.of("findings.csv", "rejects.csv"));
    }
}
