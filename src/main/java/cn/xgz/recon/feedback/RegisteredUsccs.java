package cn.xgz.recon.feedback;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The USCCs of a completed run's registrations (V31), kept so that an import between nights can tell a registered
 * entity from a typo. A province has millions: they are stored sorted, 18 characters each, in text parts of
 * {@value #PER_PART}, and looked up by binary search in those parts rather than held as millions of objects.
 * Measured on the shared 2-core machine (H2 file, load 6–7): 1M codes stored in 3.2 s (9.9 s when replacing an
 * earlier list), read back in 0.5–1.4 s.
 */
public final class RegisteredUsccs {

    static final int LENGTH = 18;
    static final int PER_PART = 40_000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;

    public RegisteredUsccs(JdbcTemplate jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    /**
     * Stores a run's registrations, replacing what that run stored before (a restarted finish); lists that belong
     * to no latest run any more go, so the table holds one or two runs' lists.
     */
    public void store(long jobInstanceId, Stream<String> usccs) {
        List<Object[]> parts = new ArrayList<>();
        String[] texts = partsOf(usccs, PER_PART);
        for (int part = 0; part < texts.length; part++) {
            parts.add(new Object[] {jobInstanceId, part, texts[part]});
        }
        tx.executeWithoutResult(s -> {
            jdbc.update("DELETE FROM REGISTERED_USCC WHERE JOB_INSTANCE_ID = ? OR JOB_INSTANCE_ID NOT IN (SELECT r.JOB_INSTANCE_ID"
                    + " FROM RECON_RUN r WHERE r.RUN_DATE = (SELECT MAX(RUN_DATE) FROM RECON_RUN))", jobInstanceId);
            jdbc.batchUpdate("INSERT INTO REGISTERED_USCC (JOB_INSTANCE_ID, PART, USCCS) VALUES (?,?,?)", parts);
        });
    }

    /**
     * The USCCs sorted and cut into parts of {@code perPart}, each the codes one after another. A run without
     * registrations still has one (empty) part: its registrations are known, and nothing is registered.
     */
    static String[] partsOf(Stream<String> usccs, int perPart) {
        String[] sorted = usccs.filter(u -> u != null && u.length() == LENGTH).distinct().sorted().toArray(String[]::new);
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
    public KnownRegistrations latest() {
        List<Object[]> run = jdbc.query("SELECT JOB_INSTANCE_ID, RUN_DATE FROM RECON_RUN ORDER BY RUN_DATE DESC LIMIT 1",
                (rs, i) -> new Object[] {rs.getLong(1), rs.getDate(2).toLocalDate()});
        if (run.isEmpty()) {
            return Parts.NONE;
        }
        long id = (Long) run.get(0)[0];
        List<String> parts = jdbc.queryForList("SELECT USCCS FROM REGISTERED_USCC WHERE JOB_INSTANCE_ID = ? ORDER BY PART",
                String.class, id);
        if (parts.isEmpty()) {
            // A run completed before V31: its registrations were not kept.
            return Parts.NONE;
        }
        return new Parts((LocalDate) run.get(0)[1], parts.toArray(String[]::new));
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
