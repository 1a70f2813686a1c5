package cn.xgz.recon.lifecycle;

import cn.xgz.recon.rules.Finding;
import cn.xgz.recon.rules.FindingStatus;
import cn.xgz.recon.rules.RuleCode;
import cn.xgz.recon.rules.SubjectType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * 动态管理 (rules.md, finding lifecycle): a run's findings against those of the latest earlier completed run.
 * A key that was not an open finding before is NEW; one that was is OPEN and keeps its first_seen; an earlier
 * open finding that is gone is reported once as RESOLVED with the earlier values and first_seen.
 *
 * <p>A rule that did not run (a source it needs was missing) established nothing: its earlier open findings are
 * neither resolved nor reported again, but carried in the history unchanged, so the next run that has the source
 * compares with them and keeps their first_seen. The same holds for an earlier open finding that is gone but whose
 * absence proves nothing (rules.md): its rule read an incomplete source, or its subject's own row was rejected that
 * night. A finding that is still there is reported (OPEN) as usual.
 */
public final class FindingLifecycle {

    private FindingLifecycle() {}

    /**
     * The outcome: what this run reports, what it keeps for the next comparison without reporting it, and what the
     * history must change for it.
     *
     * @param reported every finding of this run with status and first_seen, in findings.csv order
     * @param carried earlier open findings of rules that did not run, or gone but held, unchanged
     * @param opened this run's open findings the history did not hold as they are: new, or changed since (ledger order)
     * @param closed earlier open findings resolved this run, with their earlier values (ledger order)
     */
    public record Result(List<Finding> reported, List<Finding> carried, List<Finding> opened, List<Finding> closed) {}

    /**
     * What keeps an earlier finding from being resolved this night although it is gone.
     *
     * @param heldRules rules that read an incomplete source
     * @param rejectedSubjects per subject type, the keys of subjects whose own row was rejected and not loaded
     */
    public record Holds(Set<RuleCode> heldRules, Map<SubjectType, Set<String>> rejectedSubjects) {

        public static final Holds NONE = new Holds(Set.of(), Map.of());

        boolean holds(Finding f) {
            if (heldRules.contains(f.rule())) {
                return true;
            }
            Set<String> keys = rejectedSubjects.get(f.subjectType());
            return keys != null && keys.contains(f.subjectKey());
        }
    }

    /** {@link #apply(List, List, LocalDate, Collection)} for a run in which every rule ran. */
    public static List<Finding> apply(List<Finding> current, List<Finding> previous, LocalDate runDate) {
        return apply(current, previous, runDate, Set.of()).reported();
    }

    /**
     * @param current this run's findings, without status
     * @param previous the previous run's findings (reported and carried) with their statuses; empty for the first run
     * @param skipped the rules that did not run this time
     */
    public static Result apply(List<Finding> current, List<Finding> previous, LocalDate runDate,
            Collection<RuleCode> skipped) {
        return apply(current, previous, runDate, skipped, Holds.NONE);
    }

    /**
     * @param holds earlier findings that are gone but must not be resolved this night (carried instead)
     */
    public static Result apply(List<Finding> current, List<Finding> previous, LocalDate runDate,
            Collection<RuleCode> skipped, Holds holds) {
        Comparison c = comparing(current, runDate, skipped, holds);
        previous.forEach(c);
        return c.result();
    }

    /** A comparison to which the earlier findings are fed one by one, as they are read from the history. */
    public static Comparison comparing(List<Finding> current, LocalDate runDate, Collection<RuleCode> skipped,
            Holds holds) {
        return new Comparison(current, runDate, skipped, holds);
    }

    /**
     * The lifecycle as a stream of earlier findings against this run's. An earlier finding that is still there is
     * not kept: only its first_seen and whether its content changed are noted, at the position of this run's
     * finding. A findings-heavy province night compares 3.19M findings with 3.19M; held as a second list of full
     * findings, the earlier ones took the last gigabyte of a 4 GB heap. Only those that resolve or are carried are
     * kept whole, since RESOLVED reports the earlier values.
     */
    public static final class Comparison implements Consumer<Finding> {

        private static final int NO_EARLIER = Integer.MIN_VALUE;

        private final List<Finding> current;
        private final LocalDate runDate;
        private final Collection<RuleCode> skipped;
        private final Holds holds;
        /** Made when the first earlier finding comes: a first night has none, and indexes nothing. */
        private FindingPositions index;
        /** Per finding of this run: the epoch day of its earlier first_seen, or NO_EARLIER. */
        private int[] earlierFirstSeen;
        /** Per finding of this run that was open before: whether its content differs from the earlier one's. */
        private final BitSet changed = new BitSet();
        private final List<Finding> carried = new ArrayList<>();
        private final List<Finding> resolved = new ArrayList<>();
        private long earlierOpen;

        private Comparison(List<Finding> current, LocalDate runDate, Collection<RuleCode> skipped, Holds holds) {
            this.current = current;
            this.runDate = runDate;
            this.skipped = skipped;
            this.holds = holds;
        }

        /** An open finding of the previous run (one with status RESOLVED is done with and ignored). */
        @Override
        public void accept(Finding earlier) {
            if (earlier.status() == FindingStatus.RESOLVED) {
                return;
            }
            if (earlierOpen++ == 0) {
                index = FindingPositions.of(current);
                earlierFirstSeen = new int[current.size()];
                Arrays.fill(earlierFirstSeen, NO_EARLIER);
            }
            if (skipped.contains(earlier.rule())) {
                carried.add(earlier);
                return;
            }
            int i = index.get(earlier.rule(), earlier.subjectKey());
            if (i >= 0) {
                earlierFirstSeen[i] = (int) earlier.firstSeen().toEpochDay();
                if (!sameText(earlier, current.get(i))) {
                    changed.set(i);
                }
            } else if (holds.holds(earlier)) {
                carried.add(earlier);
            } else {
                resolved.add(earlier.withLifecycle(FindingStatus.RESOLVED, earlier.firstSeen()));
            }
        }

        /** The open findings of the previous run fed so far. */
        public long earlierOpen() {
            return earlierOpen;
        }

        public Result result() {
            List<Finding> out = new ArrayList<>(current.size() + resolved.size());
            List<Finding> opened = new ArrayList<>();
            // A night's first_seen dates are few: one LocalDate each, not one per finding.
            Map<Integer, LocalDate> dates = new HashMap<>();
            for (int i = 0; i < current.size(); i++) {
                Finding f = current.get(i);
                int day = earlierFirstSeen == null ? NO_EARLIER : earlierFirstSeen[i];
                Finding now = day == NO_EARLIER
                        ? f.withLifecycle(FindingStatus.NEW, runDate)
                        : f.withLifecycle(FindingStatus.OPEN, dates.computeIfAbsent(day, LocalDate::ofEpochDay));
                out.add(now);
                if (day == NO_EARLIER || changed.get(i)) {
                    opened.add(now);
                }
            }
            out.addAll(resolved);
            out.sort(Finding.CSV_ORDER);
            // In the ledger's key order: H2 then appends to its key index instead of inserting all over it.
            opened.sort(FindingLedger.ID_ORDER);
            List<Finding> closed = new ArrayList<>(resolved);
            closed.sort(FindingLedger.ID_ORDER);
            return new Result(out, carried, opened, closed);
        }
    }

    /** Whether two findings with the same key say the same (status and first_seen aside). */
    static boolean sameText(Finding a, Finding b) {
        return a.subjectType() == b.subjectType() && a.metric() == b.metric()
                && Objects.equals(a.subjectName(), b.subjectName())
                && Objects.equals(a.regionCode(), b.regionCode())
                && Objects.equals(a.marketId(), b.marketId())
                && Objects.equals(a.basis(), b.basis())
                && Objects.equals(a.detail(), b.detail());
    }
}
