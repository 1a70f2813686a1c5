package cn.xgz.recon.cli;

import cn.xgz.recon.common.ExitCodes;
import cn.xgz.recon.common.RunLock;
import cn.xgz.recon.feedback.FeedbackImports;
import cn.xgz.recon.feedback.ImportResult;
import cn.xgz.recon.reference.Region;
import cn.xgz.recon.reference.RegionTable;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code xgz feedback FILE...}: imports returned workbooks and CSVs (feedback.md). */
@Command(name = "feedback", mixinStandardHelpOptions = true,
        description = {"导入核查反馈：退回的差异报告工作簿（.xlsx）或 CSV 中填写的核查结论与人工确认，下次比对起生效。",
            "同一文件（按 SHA-256）重复导入不作任何更改。每次导入的原文件、import-summary.json 与 feedback-rejects.csv",
            "保存在 <数据目录>/feedback/<时间>-<SHA前8位>/。",
            "退出码：0 完成；2 参数错误；3 数据目录被另一运行锁定；4 有文件被整体拒绝（其内容均未导入）。"})
final class FeedbackCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "退回的工作簿或 CSV 文件")
    List<Path> files;

    @Option(names = "--scope", paramLabel = "CODE",
            description = "文件的范围：市级代码或省级代码。CSV 文件及未签名的工作簿必须指定；带有效签名的工作簿以签名为准")
    String scope;

    @Mixin
    DataDirOption dataDirOption = new DataDirOption();

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        for (Path f : files) {
            if (!Files.isRegularFile(f) || !Files.isReadable(f)) {
                err.println("参数错误：文件不存在或不可读：" + f);
                return ExitCodes.USAGE;
            }
        }
        Path dataDir = dataDirOption.resolve();
        try (RunLock lock = RunLock.acquire(dataDir, "feedback")) {
            try (ConfigurableApplicationContext ctx = SpringRuntime.start(dataDir)) {
                return importAll(ctx, err);
            }
        } catch (RunLock.HeldException e) {
            err.println(e.getMessage());
            return ExitCodes.LOCKED;
        }
    }

    private int importAll(ConfigurableApplicationContext ctx, PrintWriter err) throws java.io.IOException {
        String operatorScope = null;
        if (scope != null) {
            RegionTable regions = ctx.getBean(RegionTable.class);
            operatorScope = scope.trim();
            Region r = regions.find(operatorScope).orElse(null);
            if (r == null || r.level() > 2) {
                err.println("参数错误：--scope 应为本省的市级代码或省级代码（" + regions.province().code() + "）：" + scope);
                return ExitCodes.USAGE;
            }
        }
        List<ImportResult> results = ctx.getBean(FeedbackImports.class)
                .importAll(files.stream().map(p -> p.toAbsolutePath().normalize()).toList(), operatorScope);
        boolean refused = false;
        for (ImportResult r : results) {
            (r.status() == ImportResult.Status.REFUSED ? err : spec.commandLine().getOut()).println(r.consoleLine());
            refused |= r.status() == ImportResult.Status.REFUSED;
        }
        return refused ? ExitCodes.FILE_REJECTED : ExitCodes.OK;
    }
}
