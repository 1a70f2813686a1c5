package cn.xgz.recon.cli;

import cn.xgz.recon.common.AtomicFiles;
import cn.xgz.recon.common.ContextJson;
import cn.xgz.recon.common.ExitCodes;
import cn.xgz.recon.ingest.IngestContext;
import cn.xgz.recon.config.ConfiguredLimits;
import cn.xgz.recon.ingest.batch.FileStats;
import cn.xgz.recon.ingest.batch.InputValidation;
import cn.xgz.recon.output.RejectsCsv;
import cn.xgz.recon.output.RunSummary;
import cn.xgz.recon.source.Source;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code xgz validate}: read and check the inputs, write rejects.csv and run-summary.json, change nothing else. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"只校验输入：读取并检查全部数据行，在输出目录写出 rejects.csv 与 run-summary.json，不改动数据目录。",
            "退出码：0 完成；2 参数错误；4 有输入文件被整体拒绝。"})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "DIR", description = "待校验的数据目录")
    Path input;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "写出 rejects.csv 与 run-summary.json 的目录")
    Path out;

    @Option(names = "--date", paramLabel = "yyyy-MM-dd", description = "按此日期校验（年报年度不得晚于其年份；默认今天）")
    LocalDate date;

    /** Only for the log's location (logs/xgz.log): validate changes nothing else in the data directory. */
    @Mixin
    DataDirOption dataDirOption = new DataDirOption();

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(input) || !Files.isReadable(input)) {
            err.println("参数错误：输入目录不存在或不可读：" + input);
            return ExitCodes.USAGE;
        }
        LocalDate runDate = date != null ? date : LocalDate.now();
        dataDirOption.resolve();
        InputValidation.Report report = InputValidation.run(input, IngestContext.standard(runDate),
                ConfiguredLimits.load(), Math.min(2, Runtime.getRuntime().availableProcessors()));
        Files.createDirectories(out);
        RejectsCsv.write(out, report.rejects());
        Map<String, String> params = new LinkedHashMap<>();
        params.put("input", input.toAbsolutePath().normalize().toString());
        params.put("date", runDate.toString());
        List<FileStats> files = report.files();
        RunSummary summary = new RunSummary(runDate.toString(), 0, 0,
                report.anyFileRejectedWhole() ? "FILES_REJECTED" : "VALIDATED", null, null, 0, params, false, files,
                files.stream().mapToLong(FileStats::read).sum(), files.stream().mapToLong(FileStats::loaded).sum(),
                files.stream().mapToLong(FileStats::rejected).sum(),
                report.missing().stream().map(Source::prefix).toList(), Map.of(), Map.of(), 0, Map.of(), null,
                List.of(), List.of(RejectsCsv.FILE_NAME));
        AtomicFiles.write(out.resolve("run-summary.json"),
                o -> ContextJson.MAPPER.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValue(o, summary));
        PrintWriter w = spec.commandLine().getOut();
        for (FileStats f : files) {
            w.printf("%-28s 读取 %,10d  导入 %,10d  拒绝 %,8d%s%n", f.file(), f.read(), f.loaded(), f.rejected(),
                    f.rejectedWhole() ? "  整体拒绝：" + f.problem() : f.stoppedPartWay() ? "  未能读完：" + f.problem()
                            : f.damagedRows() > 0 ? "  含损坏的行 " + f.damagedRows() + " 行（已拒收）" : "");
        }
        for (Source s : report.missing()) {
            w.println("缺少数据源：" + s.label() + "（" + s.prefix() + "*）");
        }
        w.println("校验结果已写入 " + out.toAbsolutePath().normalize());
        return report.anyFileRejectedWhole() ? ExitCodes.FILE_REJECTED : ExitCodes.OK;
    }
}
