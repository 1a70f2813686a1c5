package cn.xgz.recon.lifecycle;

import cn.xgz.recon.rules.Finding;
import cn.xgz.recon.rules.FindingStatus;
import cn.xgz.recon.rules.RuleCode;
import cn.xgz.recon.rules.SubjectType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Collection;

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
     * The outcome: what this run reports, and what it keeps for the next comparison without reporting it.
     *
     * @param reported every finding of this run with status and first_seen, in findings.csv order
     * @param carried earlier open findings of rules that did not run, unchanged
     */
    public record Result(List<Finding> reported, List<Finding> carried) {}

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
        List<Finding> carried = new ArrayList<>();
        List<Finding> compared = new ArrayList<>(previous.size());
        for (Finding f : previous) {
            if (skipped.contains(f.rule())) {
                if (f.status() != FindingStatus.RESOLVED) {
                    carried.add(f);
                }
            } else {
                compared.add(f);
            }
        }
        return new Result(compare(current, compared, runDate, holds, carried), carried);
    }

    private static List<Finding> compare(List<Finding> current, List<Finding> previous, LocalDate runDate, Holds holds,
            List<Finding> carried) {
        FindingsByKey before = new FindingsByKey();
        for (Finding f : previous) {
            if (f.status() != FindingStatus.RESOLVED) {
                before.put(f);
            }
        }
        List<Finding> out = new ArrayList<>(current.size() + previous.size() / 8);
        // Which earlier findings are gone: nothing to look up on a first night, so no index of its millions.
        FindingsByKey now = new FindingsByKey();
        boolean anyEarlier = !previous.isEmpty();
        for (Finding f : current) {
            if (anyEarlier) {
                now.put(f);
            }
            Finding earlier = before.get(f);
            out.add(earlier == null
                    ? f.withLifecycle(FindingStatus.NEW, runDate)
                    : f.withLifecycle(FindingStatus.OPEN, earlier.firstSeen()));
        }
        for (Finding f : previous) {
            if (f.status() != FindingStatus.RESOLVED && !now.containsKeyOf(f)) {
                if (holds.holds(f)) {
                    carried.add(f);
                } else {
                    out.add(f.withLifecycle(FindingStatus.RESOLVED, f.firstSeen()));
                }
            }
        }
        out.sort(Finding.CSV_ORDER);
        return out;
    }
}
