package cn.xgz.recon.cli;

import cn.xgz.recon.common.ExitCodes;
import cn.xgz.recon.common.RunJournal;
import cn.xgz.recon.common.RunLock;
import cn.xgz.recon.common.WritableFolder;
import cn.xgz.recon.common.logging.RunLog;
import cn.xgz.recon.config.XgzProperties;
import cn.xgz.recon.feedback.FeedbackImports;
import cn.xgz.recon.feedback.ImportResult;
import cn.xgz.recon.feedback.NightlyFeedback;
import cn.xgz.recon.nightly.ClosingSummary;
import cn.xgz.recon.ingest.InputPlan;
import cn.xgz.recon.nightly.NightlyLauncher;
import cn.xgz.recon.nightly.NightlyOutcome;
import cn.xgz.recon.nightly.NightlyRequest;
import cn.xgz.recon.nightly.RunArguments;
import cn.xgz.recon.nightly.RunSummaryListener;
import cn.xgz.recon.notify.NotifySettings;
import cn.xgz.recon.output.RunFolder;
import cn.xgz.recon.reference.RegionTable;
import cn.xgz.recon.source.Source;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code xgz nightly}: the reconciliation and its reports for one run date. */
@Command(name = "nightly", mixinStandardHelpOptions = true,
        description = {"每日比对：读取当日数据，比对并输出差异清单、联建建议、差异报告工作簿。",
            "同一运行日期失败后再次执行即从失败的步骤续跑；已完成的日期再次执行则重新生成并替换该日结果。",
            "退出码：0 成功；1 作业失败（可续跑）；2 参数或设置错误、输入目录中没有任何数据源的文件；3 数据目录被另一运行锁定；",
            "4 完成但有输入文件被整体拒绝或缺少某数据源。"})
final class NightlyCommand implements Callable<Integer> {

    private static final Logger log = LoggerFactory.getLogger(NightlyCommand.class);
    /** 128 + SIGTERM: what the shell reports for a run ended by a signal. */
    static final int KILLED_BY_SIGNAL = 143;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "DIR", description = "当日数据所在目录")
    Path input;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "输出根目录（结果写入 DIR/yyyy-MM-dd/）")
    Path out;

    @Option(names = "--date", paramLabel = "yyyy-MM-dd", description = "运行日期（默认今天）")
    LocalDate date;

    @Option(names = "--reveal-pii", description = "输出未脱敏的个人信息（工作簿标注“内部资料 注意保密”，运行摘要记录此选项）")
    boolean revealPii;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "2", description = "并行线程数（默认 ${DEFAULT-VALUE}；结果与线程数无关）")
    int threads;

    @Option(names = "--feedback", paramLabel = "DIR",
            description = "比对前导入该目录中尚未导入过的核查反馈工作簿（已导入的文件按 SHA-256 跳过）")
    Path feedback;

    @Mixin
    DataDirOption dataDirOption = new DataDirOption();

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(input) || !Files.isReadable(input)) {
            spec.commandLine().getErr().println("参数错误：输入目录不存在或不可读：" + input);
            return ExitCodes.USAGE;
        }
        if (feedback != null && (!Files.isDirectory(feedback) || !Files.isReadable(feedback))) {
            spec.commandLine().getErr().println("参数错误：核查反馈目录不存在或不可读：" + feedback);
            return ExitCodes.USAGE;
        }
        InputPlan plan = InputPlan.scan(input);
        if (plan.filesBySource().values().stream().allMatch(java.util.List::isEmpty)) {
            // The feed did not come: cron must see a failure, and yesterday's findings must not be marked RESOLVED.
            spec.commandLine().getErr().println(noSourceFiles(input, plan));
            return ExitCodes.USAGE;
        }
        if (threads < 1 || threads > 64) {
            spec.commandLine().getErr().println("参数错误：--threads 应在 1 到 64 之间");
            return ExitCodes.USAGE;
        }
        LocalDate runDate = date != null ? date : LocalDate.now();
        Path dataDir = dataDirOption.resolve();
        Optional<String> problem = RunArguments.problem(input, out, runDate, LocalDate.now())
                .or(() -> RunFolder.ownerConflict(out.toAbsolutePath().normalize(), runDate, dataDir));
        if (problem.isPresent()) {
            spec.commandLine().getErr().println(problem.get());
            return ExitCodes.USAGE;
        }
        Optional<String> unwritable = WritableFolder.problem(dataDir, "数据目录");
        if (unwritable.isPresent()) {
            spec.commandLine().getErr().println("运行失败：" + unwritable.get());
            return ExitCodes.FAILED;
        }
        NightlyRequest request = new NightlyRequest(runDate, input.toAbsolutePath().normalize(),
                out.toAbsolutePath().normalize(), revealPii, threads);
        long started = System.nanoTime();
        try (RunLock lock = RunLock.acquire(dataDir, "nightly " + runDate)) {
            String runId = RunLog.id();
            try (ConfigurableApplicationContext ctx = SpringRuntime.start(dataDir)) {
                // A bad xgz.jurisdiction would only surface at the half-year; the night is the time to say so.
                Optional<String> jurisdiction = SpringRuntime.jurisdictionProblem(ctx.getBean(RegionTable.class),
                        ctx.getBean(XgzProperties.class));
                if (jurisdiction.isPresent()) {
                    spec.commandLine().getErr().println(jurisdiction.get());
                    return ExitCodes.USAGE;
                }
                // After the settings were read: a run refused for a bad setting never started.
                log.info("运行编号 {}：开始 nightly，运行日期 {}，输入 {}，数据目录 {}，输出 {}", runId, runDate,
                        request.inputDir(), dataDir, request.runDir());
                // Read before the run, so that a bad notification setting is refused (exit 2) before anything happens.
                NotifySettings notify = NotifySettings.from(ctx.getEnvironment());
                // Stopped by a signal (the scheduler stopping, systemd, Ctrl-C): the job stays restartable; say so.
                Thread interrupted = new Thread(() -> {
                    log.warn("运行编号 {}：收到终止信号，运行中断；以同一运行日期重新执行 nightly 即从中断的步骤续跑", runId);
                    RunJournal.end(dataDir, runId, "nightly", runDate.toString(), KILLED_BY_SIGNAL,
                            "收到终止信号，运行中断；以同一运行日期重新执行即续跑");
                });
                Runtime.getRuntime().addShutdownHook(interrupted);
                RunJournal.start(dataDir, runId, "nightly", runDate.toString());
                List<ImportResult> imports = feedback == null ? List.of()
                        : NightlyFeedback.importFolder(ctx.getBean(FeedbackImports.class), feedback);
                imports.forEach(r -> (r.status() == ImportResult.Status.REFUSED ? spec.commandLine().getErr()
                        : spec.commandLine().getOut()).println(r.consoleLine()));
                NightlyOutcome outcome;
                try {
                    outcome = ctx.getBean(NightlyLauncher.class).run(request);
                } catch (Exception | Error e) {
                    RunJournal.end(dataDir, runId, "nightly", runDate.toString(), ExitCodes.FAILED, String.valueOf(e.getMessage()));
                    throw e;
                } finally {
                    removeHook(interrupted);
                }
                Duration took = Duration.ofNanos(System.nanoTime() - started);
                for (String line : ClosingSummary.lines(runId, outcome, RunSummaryListener.read(outcome.runDir()), took)) {
                    if (outcome.exitCode() == ExitCodes.OK) {
                        log.info(line);
                    } else {
                        log.warn(line);
                    }
                }
                RunJournal.end(dataDir, RunLog.id(), "nightly", runDate.toString(), outcome.exitCode(), outcome.message());
                Notifications.nightly(notify, runId, runDate.toString(), outcome,
                        RunSummaryListener.read(outcome.runDir()));
                if (outcome.exitCode() == ExitCodes.OK || outcome.exitCode() == ExitCodes.FILE_REJECTED) {
                    // stdout carries the result only, so that a script can take the run folder from it.
                    spec.commandLine().getOut().println(outcome.runDir());
                }
                if (feedback != null && outcome.exitCode() != ExitCodes.FAILED) {
                    NightlyFeedback.record(request.runDir(), imports);
                    if (imports.stream().anyMatch(r -> r.status() == ImportResult.Status.REFUSED)) {
                        return ExitCodes.FILE_REJECTED;
                    }
                }
                return outcome.exitCode();
            }
        } catch (RunLock.HeldException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return ExitCodes.LOCKED;
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The JVM is exiting: the hook is running or about to.
        }
    }

    static String noSourceFiles(Path input, InputPlan plan) {
        return "参数错误：输入目录 " + input + " 中没有任何数据源的文件（应为 "
                + java.util.Arrays.stream(Source.values()).map(s -> s.prefix() + "*").collect(Collectors.joining("、"))
                + "，.csv 或 .xlsx" + (plan.unrecognised().isEmpty() ? "" : "；另有 " + plan.unrecognised().size()
                        + " 个无法识别的文件") + "），本次未运行，未写出任何文件";
    }
}
