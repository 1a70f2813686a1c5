package cn.xgz.recon.nightly;

import cn.xgz.recon.common.Durations;
import cn.xgz.recon.output.RunSummary;
import cn.xgz.recon.rules.FindingStatus;
import cn.xgz.recon.common.ExitCodes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The lines that close a nightly run on the console and in the log: how it ended (exit code and its meaning), the
 * findings by status, what was rejected or missing, what was written and how long it took. An operator reading only
 * these lines at 07:00 knows whether to act.
 */
public final class ClosingSummary {

    private ClosingSummary() {}

    public static List<String> lines(String runId, NightlyOutcome outcome, Optional<RunSummary> summary, Duration took) {
        List<String> lines = new ArrayList<>();
        lines.add("运行编号 " + runId + " 结束：" + ExitCodes.describe(outcome.exitCode()));
        lines.add(outcome.message());
        summary.ifPresent(s -> {
            if (outcome.exitCode() != 1) {
                long[] byStatus = byStatus(s.findings());
                lines.add(String.format("发现：新增 %,d，仍存在 %,d，已销号 %,d（findings.csv 共 %,d 条）", byStatus[0], byStatus[1],
                        byStatus[2], s.findingsTotal()));
            }
            long wholeFiles = s.files().stream().filter(f -> f.rejectedWhole()).count();
            StringBuilder rejects = new StringBuilder(String.format("输入：读取 %,d 行，导入 %,d 行，拒绝 %,d 行（见 rejects.csv）",
                    s.rowsRead(), s.rowsLoaded(), s.rowsRejected()));
            if (wholeFiles > 0) {
                rejects.append("；整体拒绝的文件 ").append(wholeFiles).append(" 个");
            }
            if (!s.missingSources().isEmpty()) {
                rejects.append("；缺少数据源 ").append(String.join("、", s.missingSources()));
            }
            lines.add(rejects.toString());
            if (!s.skippedRules().isEmpty()) {
                lines.add("未运行的规则：" + String.join("、", s.skippedRules().keySet()));
            }
            if (outcome.exitCode() != 1) {
                lines.add("写出文件 " + (s.outputs().size() + 1) + " 个（含 run-summary.json），位于 " + outcome.runDir());
            }
        });
        lines.add("用时 " + Durations.format(took));
        return lines;
    }

    /** NEW, OPEN, RESOLVED summed over the rules. */
    public static long[] byStatus(Map<String, Map<String, Long>> findings) {
        long[] n = new long[3];
        for (Map<String, Long> rule : findings.values()) {
            n[0] += rule.getOrDefault(FindingStatus.NEW.name(), 0L);
            n[1] += rule.getOrDefault(FindingStatus.OPEN.name(), 0L);
            n[2] += rule.getOrDefault(FindingStatus.RESOLVED.name(), 0L);
        }
        return n;
    }
}
