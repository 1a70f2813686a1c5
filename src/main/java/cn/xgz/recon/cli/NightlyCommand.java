package cn.xgz.recon.cli;

import cn.xgz.recon.common.ExitCodes;
import cn.xgz.recon.common.RunLock;
import cn.xgz.recon.nightly.NightlyLauncher;
import cn.xgz.recon.nightly.NightlyOutcome;
import cn.xgz.recon.nightly.NightlyRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code xgz nightly}: the reconciliation and its reports for one run date. */
@Command(name = "nightly", mixinStandardHelpOptions = true,
        description = {"每日比对：读取当日数据，比对并输出差异清单、联建建议、差异报告工作簿。",
            "同一运行日期失败后再次执行即从失败的步骤续跑；已完成的日期再次执行则重新生成并替换该日结果。",
            "退出码：0 成功；1 作业失败（可续跑）；2 参数错误；3 数据目录被另一运行锁定；4 完成但有输入文件被整体拒绝。"})
final class NightlyCommand implements Callable<Integer> {

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

    @Mixin
    DataDirOption dataDirOption = new DataDirOption();

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(input) || !Files.isReadable(input)) {
            spec.commandLine().getErr().println("参数错误：输入目录不存在或不可读：" + input);
            return ExitCodes.USAGE;
        }
        if (threads < 1 || threads > 64) {
            spec.commandLine().getErr().println("参数错误：--threads 应在 1 到 64 之间");
            return ExitCodes.USAGE;
        }
        LocalDate runDate = date != null ? date : LocalDate.now();
        Path dataDir = dataDirOption.resolve();
        NightlyRequest request = new NightlyRequest(runDate, input.toAbsolutePath().normalize(),
                out.toAbsolutePath().normalize(), revealPii, threads);
        try (RunLock lock = RunLock.acquire(dataDir, "nightly " + runDate)) {
            try (ConfigurableApplicationContext ctx = SpringRuntime.start(dataDir)) {
                NightlyOutcome outcome = ctx.getBean(NightlyLauncher.class).run(request);
                (outcome.exitCode() == ExitCodes.FAILED ? spec.commandLine().getErr() : spec.commandLine().getOut())
                        .println(outcome.message());
                return outcome.exitCode();
            }
        } catch (RunLock.HeldException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return ExitCodes.LOCKED;
        }
    }
}
