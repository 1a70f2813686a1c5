package cn.xgz.recon.nightly;

import cn.xgz.recon.ingest.InputPlan;
import cn.xgz.recon.source.Source;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.transaction.TransactionSystemException;

/**
 * Running out of heap, said plainly: 「内存不足」, the heap this run had and used, the setting to raise ({@code
 * XGZ_JAVA_OPTS}) and the heap a set of this many registrations needs, and that the rerun resumes. Without it the
 * console said only that a step failed, and the cause was in the log file.
 */
public final class OutOfMemory {

    /**
     * Heap per million registrations, from BENCHMARKS.md: since the rows are held in column tables, 7M registrations
     * (16.5M rows in all) keep about 1.9 GB live and run in -Xmx4g; the suggestion leaves the collector twice the live set.
     */
    static final double GB_PER_MILLION_REGISTRATIONS = 0.5;
    static final double BASE_GB = 0.5;

    private OutOfMemory() {}

    /** H2: a statement ran out of heap, and H2 closed the database (the cause is the {@link OutOfMemoryError}). */
    static final int H2_OUT_OF_MEMORY = 90108;
    /** H2: "The database has been closed": every statement after a 90108; its cause is not the OutOfMemoryError. */
    static final int H2_DATABASE_CLOSED = 90098;

    /** Whether this process has run out of heap: only then does a closed database (90098) mean 「内存不足」. */
    private static volatile boolean recorded;

    /**
     * Whether running out of heap explains {@code t}: an {@link OutOfMemoryError} or H2's 90108 anywhere in it (causes,
     * suppressed exceptions, the exception a failed rollback replaced), or H2's 90098 once this process has recorded
     * an out-of-memory error. After H2 closes the database, Spring's rollback or commit fails too and its error
     * replaces the original one, so the cause chain alone lost the out-of-memory error and the console said
     * 「The database has been closed」.
     */
    public static boolean explains(Throwable t) {
        return explains(t, recorded);
    }

    static boolean explains(Throwable t, boolean outOfMemorySeen) {
        Signs signs = signsIn(t);
        return signs.outOfMemory || signs.databaseClosed && outOfMemorySeen;
    }

    /** Notes an out-of-memory error in {@code t} (see {@link #explains}); anyone who sees a failure may call it. */
    public static void record(Throwable t) {
        if (t != null && signsIn(t).outOfMemory) {
            recorded = true;
        }
    }

    /** Whether this process has recorded an out-of-memory error. */
    static boolean recorded() {
        return recorded;
    }

    /** A process that ran out of heap ends; tests that pretend one did, in the JVM the fast suite shares, forget it. */
    static void forget() {
        recorded = false;
    }

    private record Signs(boolean outOfMemory, boolean databaseClosed) {}

    private static Signs signsIn(Throwable t) {
        boolean outOfMemory = false;
        boolean closed = false;
        // Causes, suppressed and replaced exceptions make a graph, possibly with cycles: visit each throwable once.
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> todo = new ArrayDeque<>();
        if (t != null) {
            todo.push(t);
        }
        while (!todo.isEmpty() && seen.size() < 1000) {
            Throwable c = todo.pop();
            if (!seen.add(c)) {
                continue;
            }
            if (c instanceof OutOfMemoryError) {
                outOfMemory = true;
            }
            if (c instanceof SQLException sql) {
                outOfMemory |= sql.getErrorCode() == H2_OUT_OF_MEMORY;
                closed |= sql.getErrorCode() == H2_DATABASE_CLOSED;
                push(todo, sql.getNextException());
            }
            if (c instanceof TransactionSystemException tx) {
                push(todo, tx.getApplicationException());
            }
            push(todo, c.getCause());
            for (Throwable s : c.getSuppressed()) {
                push(todo, s);
            }
        }
        return new Signs(outOfMemory, closed);
    }

    private static void push(Deque<Throwable> todo, Throwable t) {
        if (t != null) {
            todo.push(t);
        }
    }

    /** The whole-GB heap ({@code -Xmx}) a set of this many registrations needs. */
    public static int neededGb(long registrations) {
        return (int) Math.max(1, Math.ceil(BASE_GB + registrations / 1e6 * GB_PER_MILLION_REGISTRATIONS));
    }

    /**
     * The console line.
     *
     * @param registrations the registration rows of the input (0 when unknown)
     * @param resume what to run again, e.g. 「以同一运行日期重新执行 nightly 即从失败的步骤续跑」
     */
    public static String message(long registrations, String resume) {
        return message(heapLimit(), sumOfPoolPeaks(), registrations, resume);
    }

    static String message(long limit, long sumOfPoolPeaks, long registrations, String resume) {
        StringBuilder sb = new StringBuilder(heapLine(limit, sumOfPoolPeaks));
        int needed = neededGb(registrations);
        int limitGb = (int) Math.ceil(limit / (double) (1L << 30));
        int suggested;
        if (registrations <= 0) {
            suggested = Math.max(2, limitGb * 2);
        } else if ((long) needed << 30 > limit) {
            sb.append(String.format("。本次输入有 %,d 条登记记录，约需 -Xmx%dg", registrations, needed));
            suggested = needed;
        } else {
            // The estimate counts registrations only; a set with many findings (a third of entities without the
            // required report: 3.19M findings at 7M) needs more than it, and advice to keep the heap that failed helps no one.
            suggested = limitGb + Math.max(2, limitGb / 2);
            sb.append(String.format("。本次输入有 %,d 条登记记录，按登记数估算 -Xmx%dg 即可，但本次发现条数多，需要更大的堆",
                    registrations, needed));
        }
        sb.append("。请在环境变量 XGZ_JAVA_OPTS 中调大 -Xmx（例如 XGZ_JAVA_OPTS=\"-Xmx").append(suggested)
                .append("g -XX:+UseParallelGC\"），然后").append(resume);
        return sb.toString();
    }

    /** Data rows in the registrations CSV files of an input folder; 0 when it cannot be read (the advice stands without). */
    public static long registrationRows(Path inputDir) {
        try {
            return registrationRows(InputPlan.scan(inputDir).files(Source.REGISTRATIONS));
        } catch (IOException | RuntimeException unreadable) {
            return 0;
        }
    }

    /**
     * The registration rows of the input a command line names ({@code --input DIR} or {@code --input=DIR}): for an
     * out-of-memory error that surfaced outside the job's steps; 0 when it names none.
     */
    public static long registrationRowsOfArgs(String... args) {
        for (int i = 0; i < args.length; i++) {
            String dir = args[i].equals("--input") && i + 1 < args.length ? args[i + 1]
                    : args[i].startsWith("--input=") ? args[i].substring("--input=".length()) : null;
            if (dir != null) {
                return registrationRows(Path.of(dir));
            }
        }
        return 0;
    }

    /** Data rows in the registrations CSV files of an input folder (an .xlsx counts as unknown: 0). */
    public static long registrationRows(List<Path> registrationFiles) {
        long rows = 0;
        for (Path f : registrationFiles) {
            if (!f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
                continue;
            }
            try (InputStream in = Files.newInputStream(f)) {
                byte[] buf = new byte[1 << 16];
                long lines = 0;
                for (int n = in.read(buf); n > 0; n = in.read(buf)) {
                    for (int i = 0; i < n; i++) {
                        if (buf[i] == '\n') {
                            lines++;
                        }
                    }
                }
                rows += Math.max(0, lines - 1);
            } catch (IOException e) {
                // An estimate only: an unreadable file counts as nothing.
            }
        }
        return rows;
    }

    /**
     * 「内存不足：Java 堆上限 … 已用尽（峰值 …）」. The pools peak at different moments, so their sum can pass the limit
     * (4.2 GB of a 4 GB heap was printed at 7M); the heap never held more than its limit.
     */
    static String heapLine(long limit, long sumOfPoolPeaks) {
        return "内存不足：Java 堆上限 " + gb(limit) + " 已用尽（峰值 " + gb(Math.min(sumOfPoolPeaks, limit)) + "）";
    }

    /**
     * The heap limit as the operator set it ({@code -Xmx}, HotSpot's MaxHeapSize): {@link Runtime#maxMemory()} leaves
     * out a survivor space under ParallelGC and printed 3.6 GB for {@code -Xmx4g}.
     */
    static long heapLimit() {
        try {
            var hotspot = ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class);
            return Long.parseLong(hotspot.getVMOption("MaxHeapSize").getValue());
        } catch (RuntimeException e) {
            return Runtime.getRuntime().maxMemory();
        }
    }

    private static long sumOfPoolPeaks() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    private static String gb(long bytes) {
        return bytes >= 1L << 30 ? String.format("%.1f GB", bytes / (double) (1L << 30))
                : String.format("%d MB", bytes >> 20);
    }
}
