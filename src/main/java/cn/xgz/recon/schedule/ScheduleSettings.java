package cn.xgz.recon.schedule;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.scheduling.support.CronExpression;

/**
 * The scheduler's settings ({@code jobs/schedule.properties}). Cron expressions have six fields (second minute hour
 * day-of-month month day-of-week), as Spring's {@link CronExpression} reads them.
 *
 * @param nightlyCron when the nightly reconciliation starts
 * @param nightlyInput the input folder: fixed, or a pattern whose {@code {yyyyMMdd}} (any date pattern in braces) is
 *     replaced by the run date
 * @param halfYearCron when the half-year submission for the period just ended starts
 * @param outDir {@code --out} of both commands
 * @param dataDir {@code --data-dir} of both commands
 * @param command the launcher and any leading arguments, split on white space (e.g. {@code jobs/xgz})
 * @param workDir the children's working directory; relative paths above are relative to it
 * @param zone the time zone the cron expressions are read in
 * @param logDir where each run's output goes ({@code nightly-20250930T020000.log}); null: the scheduler's own output
 * @param runTimeout a run still going after this long is stopped and counted as failed
 * @param lockRetryDelay after exit code 3 (another run holds the lock), the run is tried again after this long
 * @param lockRetries at most this many times
 */
public record ScheduleSettings(
        CronExpression nightlyCron,
        String nightlyInput,
        CronExpression halfYearCron,
        String outDir,
        String dataDir,
        List<String> command,
        Path workDir,
        ZoneId zone,
        Path logDir,
        Duration runTimeout,
        Duration lockRetryDelay,
        int lockRetries) {

    public static final String DEFAULT_NIGHTLY_CRON = "0 0 2 * * *";
    public static final String DEFAULT_HALF_YEAR_CRON = "0 0 3 1 1,7 *";

    private static final Pattern DATE_FIELD = Pattern.compile("\\{([^{}]+)}");

    /** Reads a settings file (UTF-8; Chinese comments allowed). */
    public static ScheduleSettings load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return from(p);
    }

    /** Settings from properties; a missing key takes its default, a bad value fails naming the key. */
    public static ScheduleSettings from(Properties p) {
        ScheduleSettings s = new ScheduleSettings(
                cron(p, "nightly.cron", DEFAULT_NIGHTLY_CRON),
                get(p, "nightly.input", "input/{yyyyMMdd}"),
                cron(p, "halfyear.cron", DEFAULT_HALF_YEAR_CRON),
                get(p, "out.dir", "out"),
                get(p, "data.dir", "data"),
                List.of(get(p, "command", "jobs/xgz").trim().split("\\s+")),
                Path.of(get(p, "work.dir", ".")),
                zone(p),
                get(p, "log.dir", "").isEmpty() ? null : Path.of(get(p, "log.dir", "")),
                duration(p, "run.timeout", "PT6H"),
                duration(p, "lock.retry.delay", "PT10M"),
                integer(p, "lock.retry.max", 3));
        s.inputFor(LocalDate.of(2000, 1, 1)); // a bad date pattern fails now, not at 02:00
        return s;
    }

    /** The nightly input folder for a run date, as the child is told it (relative to {@link #workDir}). */
    public String inputFor(LocalDate runDate) {
        Matcher m = DATE_FIELD.matcher(nightlyInput);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String formatted;
            try {
                formatted = runDate.format(DateTimeFormatter.ofPattern(m.group(1)));
            } catch (IllegalArgumentException | java.time.DateTimeException e) {
                throw new IllegalArgumentException("nightly.input 中的日期格式无效: {" + m.group(1) + "}", e);
            }
            m.appendReplacement(b, Matcher.quoteReplacement(formatted));
        }
        m.appendTail(b);
        return b.toString();
    }

    private static String get(Properties p, String key, String def) {
        String v = p.getProperty(key);
        return v == null || v.isBlank() ? def : v.trim();
    }

    private static CronExpression cron(Properties p, String key, String def) {
        String v = get(p, key, def);
        try {
            return CronExpression.parse(v);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(key + " 不是有效的 cron 表达式（秒 分 时 日 月 周）: " + v, e);
        }
    }

    private static ZoneId zone(Properties p) {
        String v = get(p, "zone", "");
        if (v.isEmpty()) {
            return ZoneId.systemDefault();
        }
        try {
            return ZoneId.of(v);
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException("zone 不是有效的时区: " + v, e);
        }
    }

    private static Duration duration(Properties p, String key, String def) {
        String v = get(p, key, def);
        try {
            Duration d = Duration.parse(v);
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(key + " 应为正的时长（如 PT6H）: " + v);
            }
            return d;
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(key + " 应为 ISO-8601 时长（如 PT6H、PT10M）: " + v, e);
        }
    }

    private static int integer(Properties p, String key, int def) {
        String v = get(p, key, Integer.toString(def));
        try {
            int n = Integer.parseInt(v);
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " 应为非负整数: " + v, e);
        }
    }

    @Override
    public String toString() {
        return "nightly.cron=" + nightlyCron + ", nightly.input=" + nightlyInput + ", halfyear.cron=" + halfYearCron
                + ", out.dir=" + outDir + ", data.dir=" + dataDir + ", command=" + String.join(" ", command)
                + ", work.dir=" + workDir + ", zone=" + zone + ", log.dir=" + logDir + ", run.timeout=" + runTimeout
                + ", lock.retry=" + lockRetries + "×" + lockRetryDelay;
    }
}
