package cn.xgz.recon.nightly;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/** What {@code xgz status} prints: the latest job executions, newest first, with their outcome. */
@Component
public class RunStatusReport {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

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
        out.printf("%-8s %-10s %-10s %-12s %-19s %-8s %s%n", "执行编号", "作业", "运行日期", "状态", "开始时间", "耗时", "说明");
        for (JobExecution e : executions) {
            String runDate = Objects.toString(e.getJobParameters().getLocalDate(NightlyJobConfiguration.PARAM_RUN_DATE),
                    Objects.toString(e.getJobParameters().getString("period"), ""));
            out.printf("%-12d %-12s %-14s %-14s %-22s %-10s %s%n",
                    e.getId(),
                    e.getJobInstance().getJobName(),
                    runDate,
                    statusLabel(e.getStatus()),
                    e.getStartTime() == null ? "" : e.getStartTime().format(TIME),
                    duration(e.getStartTime(), e.getEndTime()),
                    note(e));
        }
    }

    private static String note(JobExecution e) {
        if (e.getStatus() == BatchStatus.FAILED || e.getStatus() == BatchStatus.ABANDONED) {
            return e.getStepExecutions().stream()
                    .filter(s -> s.getStatus() == BatchStatus.FAILED)
                    .map(StepExecution::getStepName)
                    .findFirst()
                    .map(s -> "失败步骤：" + s + "（以同一运行日期重新执行即续跑）")
                    .orElse("");
        }
        if (e.getStatus().isRunning()) {
            return "未正常结束或正在运行";
        }
        return "";
    }

    private static String statusLabel(BatchStatus s) {
        return switch (s) {
            case COMPLETED -> "完成";
            case FAILED -> "失败";
            case STARTED, STARTING -> "运行中/中断";
            case STOPPED, STOPPING -> "已停止";
            case ABANDONED -> "已放弃";
            default -> s.name();
        };
    }

    private static String duration(LocalDateTime start, LocalDateTime end) {
        if (start == null || end == null) {
            return "";
        }
        long s = Duration.between(start, end).toSeconds();
        return s >= 60 ? (s / 60) + "分" + (s % 60) + "秒" : s + "秒";
    }
}
