package cn.xgz.recon.cli;

import cn.xgz.recon.submission.Period;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --period} and {@code --out}, shared by {@code half-year} and {@code half-year-merge}. */
final class HalfYearOptions {

    @Option(names = "--period", required = true, paramLabel = "yyyyH1|yyyyH2", description = "报送期，例如 2025H1")
    String period;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "输出根目录")
    Path out;

    /** The period given, or null after telling {@code err} why the text is none (a usage error, exit 2). */
    Period period(PrintWriter err) {
        try {
            return Period.parse(period);
        } catch (IllegalArgumentException e) {
            err.println("参数错误：" + e.getMessage());
            return null;
        }
    }

    /** The output root, absolute. */
    Path out() {
        return out.toAbsolutePath().normalize();
    }
}
