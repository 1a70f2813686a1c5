package cn.xgz.recon.common.logging;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.ContextInitializer;
import ch.qos.logback.core.joran.spi.JoranException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Objects;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The run id on every log line, and where the log goes. One invocation of the program is one run: its id
 * ({@code 20251001-020000-3f2a}, sortable, unique enough for one installation) is put in the MDC of the thread that
 * starts it and kept process-wide for the job's worker threads, which have no MDC of their own. The log file is
 * {@code <data-dir>/logs/<name>.log} for every command, the scheduler's included.
 */
public final class RunLog {

    public static final String MDC_KEY = "runId";
    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final SecureRandom RANDOM = new SecureRandom();

    private static volatile String current = "";

    private RunLog() {}

    /** Starts a run: a new id, in the MDC and process-wide. */
    public static String begin() {
        byte[] b = new byte[2];
        RANDOM.nextBytes(b);
        String id = LocalDateTime.now().format(ID_TIME) + "-" + HexFormat.of().formatHex(b);
        current = id;
        MDC.put(MDC_KEY, id);
        return id;
    }

    /** The id of the run this process is doing, empty before {@link #begin()}. */
    public static String id() {
        String mdc = MDC.get(MDC_KEY);
        return mdc != null ? mdc : current;
    }

    /**
     * Sends the log to {@code <dataDir>/logs/<name>.log}. The logging configuration reads the location when it starts,
     * so it is started again when it already ran with another location (the scheduler learns its data directory from
     * its settings file, after the first line may have been logged).
     */
    public static void useDataDir(Path dataDir, String name) {
        String dir = dataDir.toAbsolutePath().normalize().toString();
        boolean changed = !Objects.equals(System.getProperty("xgz.data-dir"), dir)
                || !Objects.equals(System.getProperty("xgz.log-name", "xgz"), name);
        System.setProperty("xgz.data-dir", dir);
        System.setProperty("xgz.log-name", name);
        ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        if (changed && factory instanceof LoggerContext ctx) {
            ctx.reset();
            try {
                new ContextInitializer(ctx).autoConfig();
            } catch (JoranException e) {
                throw new IllegalStateException("无法重新配置日志：" + e.getMessage(), e);
            }
        }
    }
}
