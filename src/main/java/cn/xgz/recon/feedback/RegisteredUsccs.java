package cn.xgz.recon.feedback;

import cn.xgz.recon.common.AtomicFiles;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The USCCs of a completed run's registrations, kept so that an import between nights can tell a registered entity
 * from a typo (feedback.md: 指定主体 must name an entity present in registrations). The finish step writes them as
 * they come, one per line, to {@code <data-dir>/registered/<job instance>.usccs} (133 MB at 7M, about a second);
 * an import reads the latest completed run's file, sorts it and looks codes up by binary search in text parts
 * rather than holding millions of objects. A file, not a table: kept in the store (V31) they cost every 7M night
 * 20–70 s of writing and deleting 126 MB of text, for a lookup that only an import needs.
 */
public final class RegisteredUsccs {

    static final int LENGTH = 18;
    static final int PER_PART = 40_000;
    private static final String SUFFIX = ".usccs";

    private final JdbcTemplate jdbc;
    private final Path dir;

    /** @param dataDir the data directory; the lists go to its {@code registered/} */
    public RegisteredUsccs(JdbcTemplate jdbc, Path dataDir) {
        this.jdbc = jdbc;
        this.dir = dataDir.resolve("registered");
    }

    /**
     * Stores a run's registrations, replacing what that run stored before (a restarted finish); the lists of other
     * runs go, except the latest completed run's, so the folder holds one or two lists.
     */
    public void store(long jobInstanceId, Stream<String> usccs) throws IOException {
        Files.createDirectories(dir);
        AtomicFiles.write(dir.resolve(jobInstanceId + SUFFIX), out -> {
            BufferedOutputStream buf = new BufferedOutputStream(out, 1 << 16);
            byte[] line = new byte[LENGTH + 1];
            line[LENGTH] = '\n';
            Iterator<String> it = usccs.iterator();
            while (it.hasNext()) {
                String u = it.next();
                if (u != null && u.length() == LENGTH) {
                    for (int i = 0; i < LENGTH; i++) {
                        line[i] = (byte) u.charAt(i); // a valid USCC is ASCII (digits and capital letters)
                    }
                    buf.write(line);
                }
            }
            buf.flush();
        });
        Long latest = latestRun().map(r -> (Long) r[0]).orElse(null);
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(SUFFIX) && !name.equals(jobInstanceId + SUFFIX) && !name.equals(latest + SUFFIX)) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }

    /**
     * The USCCs sorted and cut into parts of {@code perPart}, each the codes one after another. A run without
     * registrations still has one (empty) part: its registrations are known, and nothing is registered.
     */
    static String[] partsOf(Stream<String> usccs, int perPart) {
        // Sorting the array and dropping neighbours that repeat is some three times faster at 7M than the stream's
        // distinct().sorted(), which hashes every code into a set first.
        String[] all = usccs.filter(u -> u != null && u.length() == LENGTH).toArray(String[]::new);
        Arrays.parallelSort(all);
        int unique = 0;
        for (int i = 0; i < all.length; i++) {
            if (unique == 0 || !all[i].equals(all[unique - 1])) {
                all[unique++] = all[i];
            }
        }
        String[] sorted = unique == all.length ? all : Arrays.copyOf(all, unique);
        String[] parts = new String[Math.max(1, (sorted.length + perPart - 1) / perPart)];
        for (int part = 0; part < parts.length; part++) {
            int from = part * perPart;
            int to = Math.min(sorted.length, from + perPart);
            StringBuilder sb = new StringBuilder(Math.max(0, to - from) * LENGTH);
            for (int i = from; i < to; i++) {
                sb.append(sorted[i]);
            }
            parts[part] = sb.toString();
        }
        return parts;
    }

    /** The registrations of the latest completed run (what the import's findings are checked against too). */
    public KnownRegistrations latest() throws IOException {
        Optional<Object[]> run = latestRun();
        if (run.isEmpty()) {
            return Parts.NONE;
        }
        Path file = dir.resolve(run.get()[0] + SUFFIX);
        if (!Files.exists(file)) {
            // A run completed before its registrations were kept.
            return Parts.NONE;
        }
        try (Stream<String> lines = Files.lines(file, StandardCharsets.US_ASCII)) {
            return new Parts((LocalDate) run.get()[1], partsOf(lines, PER_PART));
        }
    }

    private Optional<Object[]> latestRun() {
        return jdbc.query("SELECT JOB_INSTANCE_ID, RUN_DATE FROM RECON_RUN ORDER BY RUN_DATE DESC LIMIT 1",
                (rs, i) -> new Object[] {rs.getLong(1), rs.getDate(2).toLocalDate()}).stream().findFirst();
    }

    /** Sorted parts of fixed-width USCCs. */
    record Parts(LocalDate runDate, String[] parts) implements KnownRegistrations {

        static final Parts NONE = new Parts(null, new String[0]);

        @Override
        public boolean registered(String uscc) {
            if (uscc == null || uscc.length() != LENGTH || parts.length == 0) {
                return false;
            }
            // The last part whose first USCC is not after the one sought.
            int lo = 0;
            int hi = parts.length - 1;
            while (lo < hi) {
                int mid = (lo + hi + 1) >>> 1;
                if (compare(parts[mid], 0, uscc) <= 0) {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            String part = parts[lo];
            int a = 0;
            int b = part.length() / LENGTH - 1;
            while (a <= b) {
                int mid = (a + b) >>> 1;
                int c = compare(part, mid, uscc);
                if (c == 0) {
                    return true;
                }
                if (c < 0) {
                    a = mid + 1;
                } else {
                    b = mid - 1;
                }
            }
            return false;
        }

        private static int compare(String part, int index, String uscc) {
            int at = index * LENGTH;
            for (int i = 0; i < LENGTH; i++) {
                int d = part.charAt(at + i) - uscc.charAt(i);
                if (d != 0) {
                    return d;
                }
            }
            return 0;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Parts p && java.util.Objects.equals(runDate, p.runDate) && Arrays.equals(parts, p.parts);
        }

        @Override
        public int hashCode() {
            return 31 * java.util.Objects.hashCode(runDate) + Arrays.hashCode(parts);
        }

        @Override
        public String toString() {
            return "Parts[" + runDate + ", " + parts.length + " parts]";
        }
    }
}
