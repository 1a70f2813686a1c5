package cn.xgz.recon.nightly;

import cn.xgz.recon.common.DisplayWidth;
import cn.xgz.recon.common.Durations;
import cn.xgz.recon.common.RunJournal;
import cn.xgz.recon.common.ExitCodes;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * What {@code xgz status} prints: the latest runs, newest first, with their outcome and what to do about it. From the
 * job repository when the data directory is free; from the run journal while a run holds it (the embedded database
 * is that run's until it ends). Columns are aligned by display width, so Chinese text lines up.
 */
@Component
public class RunStatusReport {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final String[] HEADER = {"执行编号", "作业", "运行日期", "状态", "开始时间", "耗时", "说明"};
    private static final String[] JOURNAL_HEADER = {"运行编号", "作业", "运行日期", "状态", "开始时间", "耗时", "说明"};
    /** HalfYearJobConfiguration.JOB_NAME (halfyear depends on nightly, not the other way round). */
    private static final String HALF_YEAR_JOB = "half-year";

    private final JobRepository jobRepository;

    public RunStatusReport(JobRepository jobRepository) {
        this.jobRepository = jobRepository;
    }

    public void print(PrintWriter out, int limit) {
        List<JobExecution> executions = jobRepository.getJobNames().stream()
                .flatMap(name -> jobRepository.getJobInstances(name, 0, limit).stream())
                .flatMap(i -> jobRepository.getJobExecutions(i).stream())
                .sorted(Comparator.comparing(JobExecution::getId).reversed())
                .limit(limit)
                .toList();
        if (executions.isEmpty()) {
            out.println("尚无运行记录。");
            return;
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADER);
        for (JobExecution e : executions) {
            String runDate = Objects.toString(e.getJobParameters().getLocalDate(NightlyJobConfiguration.PARAM_RUN_DATE),
                    Objects.toString(e.getJobParameters().getString("period"), ""));
            rows.add(new String[] {
                Long.toString(e.getId()),
                e.getJobInstance().getJobName(),
                runDate,
                statusLabel(e.getStatus()),
                e.getStartTime() == null ? "" : e.getStartTime().format(TIME),
                duration(e.getStartTime(), e.getEndTime()),
                note(e)});
        }
        printTable(out, rows);
    }

    /** The run journal's view, for when a run holds the data directory. */
    public static void printJournal(PrintWriter out, List<RunJournal.Run> runs) {
        if (runs.isEmpty()) {
            out.println("运行记录 " + RunJournal.FILE_NAME + " 中尚无记录。");
            return;
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(JOURNAL_HEADER);
        for (int i = 0; i < runs.size(); i++) {
            RunJournal.Entry s = runs.get(i).start();
            RunJournal.Entry e = runs.get(i).end();
            // The newest run without an end is the one holding the lock; an older one was killed.
            String state = e != null ? endLabel(e.exitCode()) : i == 0 ? "运行中" : "未正常结束";
            String note = e != null ? Objects.toString(e.note(), "")
                    : i == 0 ? "" : "进程被终止；nightly 以同一运行日期重新执行即从失败的步骤续跑";
            rows.add(new String[] {
                s.runId(), s.command(), Objects.toString(s.subject(), ""), state, s.at().replace('T', ' '),
                e == null ? "" : duration(LocalDateTime.parse(s.at()), LocalDateTime.parse(e.at())), note});
        }
        printTable(out, rows);
    }

    /** Left-aligned columns padded to the widest cell's display width; the last column is not padded. */
    static void printTable(PrintWriter out, List<String[]> rows) {
        int columns = rows.get(0).length;
        int[] widths = new int[columns];
        for (String[] r : rows) {
            for (int c = 0; c < columns - 1; c++) {
                widths[c] = Math.max(widths[c], DisplayWidth.of(r[c]));
            }
        }
        for (String[] r : rows) {
            StringBuilder sb = new StringBuilder();
            for (int c = 0; c < columns; c++) {
                sb.append(c == columns - 1 ? r[c] : DisplayWidth.pad(r[c], widths[c]) + "  ");
            }
            out.println(sb.toString().stripTrailing());
        }
    }

    /** What to do about a run, by how it ended: a refused half-year is not resumed but replaced. */
    static String note(JobExecution e) {
        if (e.getStatus() == BatchStatus.FAILED || e.getStatus() == BatchStatus.ABANDONED
                || e.getStatus() == BatchStatus.STOPPED) {
            String description = Objects.toString(e.getExitStatus().getExitDescription(), "");
            if (HALF_YEAR_JOB.equals(e.getJobInstance().getJobName())) {
                if (description.contains("SubmissionExistsException") || description.contains("已存在")) {
                    return "该期报送已存在，未覆盖（无需重跑）；确需重新报送请执行 half-year --replace";
                }
                return "报送失败；排除原因后重新执行同一 half-year 命令";
            }
            return e.getStepExecutions().stream()
                    .filter(s -> s.getStatus() == BatchStatus.FAILED)
                    .map(StepExecution::getStepName)
                    .findFirst()
                    .map(s -> "失败步骤：" + s + "（以同一运行日期重新执行即从该步骤续跑）")
                    .orElse("以同一运行日期重新执行即续跑");
        }
        if (e.getStatus().isRunning()) {
            return "进程未正常结束（被终止）；以同一运行日期重新执行即续跑";
        }
        return "";
    }

    private static String endLabel(Integer exitCode) {
        if (exitCode == null) {
            return "";
        }
        return switch (exitCode) {
            case 0 -> "完成";
            case 4 -> "完成（有拒绝或缺源）";
            case 1 -> "失败";
            case 2 -> "参数或设置错误";
            case 3 -> "未运行（数据目录被占用）";
            case 130, 143 -> "被终止（可续跑）";
            default -> ExitCodes.describe(exitCode);
        };
    }

    private static String statusLabel(BatchStatus s) {
        return switch (s) {
            case COMPLETED -> "完成";
            case FAILED -> "失败";
            case STARTED, STARTING -> "未正常结束";
            case STOPPED, STOPPING -> "已停止";
            case ABANDONED -> "已放弃";
            default -> s.name();
        };
    }

    private static String duration(LocalDateTime start, LocalDateTime end) {
        if (start == null || end == null) {
            return "";
        }
        return Durations.format(Duration.between(start, end));
    }
}
