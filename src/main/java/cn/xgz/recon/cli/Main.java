package cn.xgz.recon.cli;

import cn.xgz.recon.common.ExitCodes;
import cn.xgz.recon.common.FileProblems;
import cn.xgz.recon.common.PiiScrubber;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code xgz} command line: one program, one sub-command per job (outputs.md, commands). */
@Command(
        name = "xgz",
        mixinStandardHelpOptions = true,
        version = "xgz-recon 0.1",
        description = "小个专及网约配送员党建数据比对（市场监管局）",
        subcommands = {
            NightlyCommand.class,
            ValidateCommand.class,
            HalfYearCommand.class,
            HalfYearMergeCommand.class,
            ScheduleCommand.class,
            StatusCommand.class,
            GenerateCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Main implements java.util.concurrent.Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs a command and returns its exit code (tests call this instead of {@link #main}). */
    public static int execute(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setParameterExceptionHandler((ex, a) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("参数错误：" + ex.getMessage());
            ex.getCommandLine().usage(err);
            return ExitCodes.USAGE;
        });
        cl.setExecutionExceptionHandler((ex, line, parse) -> {
            // Console users get one line; the stack trace is in the log file.
            line.getErr().println("运行失败：" + (ex instanceof java.io.IOException io && FileProblems.isFileSystemProblem(io)
                    ? FileProblems.describe(io)
                    : ex.getMessage() == null ? "内部错误，详见日志文件 logs/xgz.log" : PiiScrubber.scrub(ex.getMessage())));
            org.slf4j.LoggerFactory.getLogger(Main.class).error("未处理的异常", ex);
            return ExitCodes.FAILED;
        });
        return cl.execute(args);
    }

    /** Without a sub-command there is nothing to do: show what there is, as a usage error. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }
}
