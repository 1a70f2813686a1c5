package cn.xgz.recon.cli;

import cn.xgz.recon.common.ExitCodes;
import cn.xgz.recon.common.RunJournal;
import cn.xgz.recon.common.RunLock;
import cn.xgz.recon.common.logging.RunLog;
import cn.xgz.recon.notify.NotifySettings;
import cn.xgz.recon.halfyear.HalfYearLauncher;
import cn.xgz.recon.submission.Period;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code xgz half-year}: the submission form of a half year (半年报送). */
@Command(name = "half-year", mixinStandardHelpOptions = true,
        description = {"半年报送：取该半年末日至其后31天内最近一次完成的每日比对运行的数据，",
            "写出 DIR/half-year/yyyyHn/（报送表、CSV、manifest.sha256）。",
            "给定 --input 时先按半年末日运行比对。已报送的期次不覆盖，除非 --replace（原报送改名保留）。",
            "退出码：0 成功；1 失败（无可用运行、已存在且未指定 --replace 等）；2 参数错误；3 数据目录被锁定。"})
final class HalfYearCommand implements Callable<Integer> {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(HalfYearCommand.class);

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    HalfYearOptions halfYear = new HalfYearOptions();

    @Option(names = "--input", paramLabel = "DIR", description = "先以半年末日为运行日期比对此目录的数据")
    Path input;

    @Option(names = "--replace", description = "替换已写出的同期报送（原报送改名保留）")
    boolean replace;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "2", description = "并行线程数（默认 ${DEFAULT-VALUE}）")
    int threads;

    @Option(names = "--region", paramLabel = "CODE",
            description = "填报范围：省级代码（全省）或地市代码（仅该市所辖县级区划）；默认取设置 xgz.jurisdiction")
    String region;

    @Mixin
    DataDirOption dataDirOption = new DataDirOption();

    @Override
    public Integer call() throws Exception {
        Period p = halfYear.period(spec.commandLine().getErr());
        if (p == null) {
            return ExitCodes.USAGE;
        }
        if (input != null && (!Files.isDirectory(input) || !Files.isReadable(input))) {
            spec.commandLine().getErr().println("参数错误：输入目录不存在或不可读：" + input);
            return ExitCodes.USAGE;
        }
        Path dataDir = dataDirOption.resolve();
        try (RunLock lock = RunLock.acquire(dataDir, "half-year " + p);
                ConfigurableApplicationContext ctx = SpringRuntime.start(dataDir)) {
            log.info("运行编号 {}：开始 half-year，报送期 {}，输入 {}，数据目录 {}，输出 {}", RunLog.id(), p,
                    input == null ? "（不运行比对）" : input.toAbsolutePath().normalize(), dataDir, halfYear.out());
            NotifySettings notify = NotifySettings.from(ctx.getEnvironment());
            RunJournal.start(dataDir, RunLog.id(), "half-year", p.toString());
            HalfYearLauncher.Outcome o = ctx.getBean(HalfYearLauncher.class).run(p, halfYear.out(),
                    input == null ? null : input.toAbsolutePath().normalize(), replace, threads, region);
            RunJournal.end(dataDir, RunLog.id(), "half-year", p.toString(), o.exitCode(), o.message());
            Notifications.halfYear(notify, RunLog.id(), p.toString(), o.exitCode(), o.message());
            log.info("运行编号 {} 结束：{}", RunLog.id(), ExitCodes.describe(o.exitCode()));
            (o.exitCode() == ExitCodes.OK ? spec.commandLine().getOut() : spec.commandLine().getErr()).println(o.message());
            return o.exitCode();
        } catch (RunLock.HeldException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return ExitCodes.LOCKED;
        }
    }
}
