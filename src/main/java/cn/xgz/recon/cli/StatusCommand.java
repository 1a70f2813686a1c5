package cn.xgz.recon.cli;

import cn.xgz.recon.common.ExitCodes;
import cn.xgz.recon.common.RunJournal;
import cn.xgz.recon.common.RunLock;
import cn.xgz.recon.nightly.RunStatusReport;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code xgz status}: recent runs and their outcome. */
@Command(name = "status", mixinStandardHelpOptions = true, description = "查看最近的运行及其结果。")
final class StatusCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--limit", defaultValue = "10", paramLabel = "N", description = "显示最近 N 次运行（默认 ${DEFAULT-VALUE}）")
    int limit;

    @Mixin
    DataDirOption dataDirOption = new DataDirOption();

    @Override
    public Integer call() throws Exception {
        Path dataDir = dataDirOption.resolve();
        PrintWriter out = spec.commandLine().getOut();
        Optional<String> holder = RunLock.currentHolder(dataDir);
        if (holder.isPresent()) {
            printWhileHeld(out, dataDir, holder.get());
            return ExitCodes.OK;
        }
        if (SpringRuntime.embeddedStore() && !Files.isDirectory(dataDir.resolve("db"))) {
            out.println("数据目录 " + dataDir + " 中尚无运行记录。");
            return ExitCodes.OK;
        }
        try (RunLock lock = RunLock.acquire(dataDir, "status");
                ConfigurableApplicationContext ctx = SpringRuntime.start(dataDir)) {
            ctx.getBean(RunStatusReport.class).print(out, limit);
            return ExitCodes.OK;
        } catch (RunLock.HeldException e) {
            printWhileHeld(out, dataDir, e.holder());
            return ExitCodes.OK;
        }
    }

    /** The embedded database belongs to the running process until it ends: the history comes from the run journal. */
    private void printWhileHeld(PrintWriter out, Path dataDir, String holder) throws java.io.IOException {
        out.println("正在运行：" + holder);
        out.println("最近的运行（取自 " + RunJournal.FILE_NAME + "；运行结束后 status 显示完整的作业记录）：");
        RunStatusReport.printJournal(out, RunJournal.recent(dataDir, limit));
    }
}
