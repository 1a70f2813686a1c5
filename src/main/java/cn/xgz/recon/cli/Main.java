package cn.xgz.recon.cli;

import cn.xgz.recon.common.ExitCodes;
import cn.xgz.recon.common.FileProblems;
import cn.xgz.recon.common.InvalidSettingException;
import cn.xgz.recon.common.PiiScrubber;
import cn.xgz.recon.common.logging.RunLog;
import cn.xgz.recon.nightly.OutOfMemory;
import cn.xgz.recon.store.StoreFault;
import java.io.PrintWriter;
import java.util.ResourceBundle;
import org.slf4j.MDC;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code xgz} command line: one program, one sub-command per job (outputs.md, commands). */
@Command(
        name = "xgz",
        mixinStandardHelpOptions = true,
        versionProvider = VersionInfo.class,
        description = "小个专及网约配送员党建数据比对（市场监管局）",
        subcommands = {
            NightlyCommand.class,
            ValidateCommand.class,
            HalfYearCommand.class,
            HalfYearMergeCommand.class,
            ScheduleCommand.class,
            StatusCommand.class,
            GenerateCommand.class,
            FeedbackCommand.class,
            StoreCopyCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Main implements java.util.concurrent.Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    private static final String RERUN = "重新执行同一命令（nightly 以同一运行日期重新执行即从失败的步骤续跑）。";

    /** Runs a command and returns its exit code (tests call this instead of {@link #main}). */
    public static int execute(String... args) {
        return execute(commandLine(), args);
    }

    /** Runs on a given command tree (tests give it their own console writers). */
    static int execute(CommandLine cl, String... args) {
        RunLog.begin();
        try {
            return cl.execute(SpringRuntime.takeSettingArgs(args));
        } catch (OutOfMemoryError e) {
            // picocli passes errors through; the heap is mostly free again once the failed work is unwound.
            OutOfMemory.record(e);
            cl.getErr().println("运行失败：" + OutOfMemory.message(OutOfMemory.registrationRowsOfArgs(args), RERUN));
            return ExitCodes.FAILED;
        } finally {
            MDC.remove(RunLog.MDC_KEY);
        }
    }

    /** The command tree with Chinese usage texts, the version on every command and the exit-code handlers. */
    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setResourceBundle(ResourceBundle.getBundle("cn.xgz.recon.cli.UsageText"));
        everyCommand(cl);
        cl.setParameterExceptionHandler((ex, args) -> {
            ex.getCommandLine().getErr().println(UsageMessages.describe(ex, args));
            return ExitCodes.USAGE;
        });
        cl.setExecutionExceptionHandler((ex, line, parse) -> {
            PrintWriter err = line.getErr();
            if (ex instanceof StoreFault fault) {
                err.println(fault.getMessage());
                org.slf4j.LoggerFactory.getLogger(Main.class).error(fault.getMessage(), fault);
                return fault.exitCode();
            }
            if (ex instanceof InvalidSettingException s) {
                err.println("设置错误：" + s.getMessage());
                return ExitCodes.USAGE;
            }
            OutOfMemory.record(ex);
            if (OutOfMemory.explains(ex)) {
                err.println("运行失败：" + OutOfMemory.message(OutOfMemory.registrationRowsOfArgs(parse.originalArgs()
                        .toArray(String[]::new)), RERUN));
                org.slf4j.LoggerFactory.getLogger(Main.class).error("内存不足", ex);
                return ExitCodes.FAILED;
            }
            // Console users get one line; the stack trace is in the log file.
            err.println("运行失败：" + (ex instanceof java.io.IOException io && FileProblems.isFileSystemProblem(io)
                    ? FileProblems.describe(io)
                    : ex.getMessage() == null ? "内部错误，详见日志文件 logs/xgz.log" : PiiScrubber.scrub(ex.getMessage())));
            org.slf4j.LoggerFactory.getLogger(Main.class).error("未处理的异常", ex);
            return ExitCodes.FAILED;
        });
        return cl;
    }

    /**
     * {@code -V} answers on every sub-command, not only on {@code xgz} itself; descriptions are one sentence per
     * line, so the command list of {@code xgz --help} (which shows a command's first line) never stops mid-sentence.
     */
    private static void everyCommand(CommandLine cl) {
        cl.getCommandSpec().versionProvider(new VersionInfo());
        cl.getCommandSpec().usageMessage().description(sentences(cl.getCommandSpec().usageMessage().description()));
        cl.getSubcommands().values().forEach(Main::everyCommand);
    }

    /** The description's text re-cut after each 「。」. */
    static String[] sentences(String[] lines) {
        String text = String.join("", lines);
        java.util.List<String> out = new java.util.ArrayList<>();
        int from = 0;
        for (int i = text.indexOf('。'); i >= 0; i = text.indexOf('。', from)) {
            out.add(text.substring(from, i + 1));
            from = i + 1;
        }
        if (from < text.length()) {
            out.add(text.substring(from));
        }
        return out.toArray(String[]::new);
    }

    /** Without a sub-command there is nothing to do: show what there is, as a usage error. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }
}
