package cn.xgz.recon.nightly;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The nightly run's argument checks that picocli's types cannot make (exit 2, usage): a run date that cannot be a
 * reconciliation date, and an output folder that is the input folder, inside it or around it (the run would read its
 * own outputs, or a rerun's swap would move the inputs).
 */
public final class RunArguments {

    /** The earliest run date accepted: no bureau extract is older. */
    public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    private RunArguments() {}

    /** What is wrong with the arguments, in Chinese, naming the option; empty when they are fine. */
    public static Optional<String> problem(Path input, Path out, LocalDate runDate, LocalDate today) {
        if (runDate.isBefore(EARLIEST)) {
            return Optional.of("参数错误：--date " + runDate + " 早于 " + EARLIEST + "，不是有效的运行日期");
        }
        if (runDate.isAfter(today.plusDays(1))) {
            return Optional.of("参数错误：--date " + runDate + " 晚于明天（" + today.plusDays(1) + "），不是有效的运行日期");
        }
        Path in = real(input);
        Path o = real(out);
        if (o.equals(in)) {
            return Optional.of("参数错误：--out 与 --input 是同一个目录（" + in + "），输出会混入输入");
        }
        if (o.startsWith(in)) {
            return Optional.of("参数错误：--out（" + o + "）位于 --input（" + in + "）之内，输出会被当作输入读取");
        }
        if (in.startsWith(o)) {
            return Optional.of("参数错误：--input（" + in + "）位于 --out（" + o + "）之内，重跑替换输出时会波及输入");
        }
        return Optional.empty();
    }

    /** The path with symbolic links resolved as far as it exists, so that two spellings of one folder compare equal. */
    static Path real(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path existing = abs;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return abs;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(abs)).normalize();
        } catch (java.io.IOException e) {
            return abs;
        }
    }
}
