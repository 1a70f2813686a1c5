package cn.xgz.recon.cli;

import cn.xgz.recon.common.ExitCodes;
import cn.xgz.recon.common.logging.RunLog;
import cn.xgz.recon.schedule.ScheduleSettings;
import cn.xgz.recon.schedule.Scheduler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code xgz schedule}: stay running and start nightly and half-year on their cron expressions. */
@Command(name = "schedule", mixinStandardHelpOptions = true,
        description = {"常驻调度：按设置文件中的 cron 表达式启动 nightly 与 half-year（各为独立子进程），",
            "记录每次启动与结果，单次失败不影响后续调度。默认每天 02:00 比对当天目录，1月1日与7月1日 03:00 报送上一半年。"})
final class ScheduleCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE", defaultValue = "jobs/schedule.properties",
            description = "调度设置文件（默认 ${DEFAULT-VALUE}）")
    Path config;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(config)) {
            spec.commandLine().getErr().println("参数错误：调度设置文件不存在：" + config);
            return ExitCodes.USAGE;
        }
        ScheduleSettings settings;
        try {
            settings = ScheduleSettings.load(config);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("参数错误：" + config + "：" + e.getMessage());
            return ExitCodes.USAGE;
        }
        // The scheduler logs where the runs it starts log: the data directory (logs/schedule.log).
        RunLog.useDataDir(settings.workDir().resolve(settings.dataDir()), "schedule");
        Scheduler scheduler = Scheduler.create(settings);
        // SIGTERM (systemd stop, kill) and SIGINT (Ctrl-C) stop the schedule: no new run starts, the run under way is
        // ended as a stopped run (restartable) and waited for, 「调度已停止」 is logged and the exit code is 0. Handled as
        // signals, not in a shutdown hook, so that the JVM is not already exiting while the child is being ended.
        Thread main = Thread.currentThread();
        for (String name : new String[] {"TERM", "INT"}) {
            sun.misc.Signal.handle(new sun.misc.Signal(name), sig -> {
                org.slf4j.LoggerFactory.getLogger(ScheduleCommand.class).warn("收到信号 SIG{}，正在停止调度", sig.getName());
                scheduler.stop();
                main.interrupt();
            });
        }
        scheduler.run();
        return ExitCodes.OK;
    }
}
