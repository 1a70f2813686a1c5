package cn.xgz.recon.cli;

import cn.xgz.recon.common.ExitCodes;
import cn.xgz.recon.generate.GenerationResult;
import cn.xgz.recon.generate.GeneratorOptions;
import cn.xgz.recon.generate.SyntheticDataGenerator;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code xgz generate}: a synthetic input set (demos, tests, benchmarks); no Spring context needed. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"生成合成的输入数据（六类数据源），用于演示、测试与性能基准。同样的规模、种子与选项生成逐字节相同的文件。",
            "数据均为合成：代码校验位有效，但不涉及任何真实的人或企业。"})
final class GenerateCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--entities", required = true, paramLabel = "N", description = "经营主体数量（其余数据源按比例）")
    long entities;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "随机种子（默认 ${DEFAULT-VALUE}）")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "写出目录")
    Path out;

    @Option(names = "--messy", description = "加入真实文件常见的损坏与错误行（编码、别名表头、异常字符、错误取值等）")
    boolean messy;

    @Option(names = "--xlsx", description = "部分数据源写为 .xlsx")
    boolean xlsx;

    @Option(names = "--as-of", paramLabel = "yyyy-MM-dd", description = "数据所描述的日期（默认 2025-09-30，即按此日期运行比对）")
    LocalDate asOf;

    @Option(names = "--scope", paramLabel = "CODE", description = "限定登记地区：地市（如 350100）或区县代码；默认全省")
    String scope;

    @Override
    public Integer call() throws Exception {
        GeneratorOptions options;
        try {
            options = new GeneratorOptions(entities, seed, out, messy, xlsx)
                    .withAsOf(asOf != null ? asOf : GeneratorOptions.DEFAULT_AS_OF)
                    .withScope(scope);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("参数错误：" + e.getMessage());
            return ExitCodes.USAGE;
        }
        GenerationResult r = new SyntheticDataGenerator().generate(options);
        PrintWriter w = spec.commandLine().getOut();
        for (GenerationResult.FileCount f : r.files()) {
            w.printf("%-32s %,12d 行%s%n", f.file(), f.rows(), f.rejects() > 0 ? "（含错误行 " + f.rejects() + "）" : "");
        }
        w.printf("已写出 %s，共 %,d 字节，用时 %.1f 秒%n", out.toAbsolutePath().normalize(), r.bytes(),
                r.elapsed().toMillis() / 1000.0);
        return ExitCodes.OK;
    }
}
