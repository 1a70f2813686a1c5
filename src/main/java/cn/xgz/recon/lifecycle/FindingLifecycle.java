package cn.xgz.recon.lifecycle;

import cn.xgz.recon.rules.Finding;
import cn.xgz.recon.rules.FindingStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 动态管理 (rules.md, finding lifecycle): a run's findings against those of the latest earlier completed run.
 * A key that was not an open finding before is NEW; one that was is OPEN and keeps its first_seen; an earlier
 * open finding that is gone is reported once as RESOLVED with the earlier values and first_seen.
 */
public final class FindingLifecycle {

    private FindingLifecycle() {}

    /**
     * @param current this run's findings, without status
     * @param previous the previous run's findings with their statuses, or an empty list for the first run
     * @return every finding with status and first_seen, in findings.csv order
     */
    public static List<Finding> apply(List<Finding> current, List<Finding> previous, LocalDate runDate) {
        Map<String, Finding> before = new HashMap<>(Math.max(16, previous.size() * 2));
        for (Finding f : previous) {
            if (f.status() != FindingStatus.RESOLVED) {
                before.put(f.key(), f);
            }
        }
        List<Finding> out = new ArrayList<>(current.size() + before.size() / 8);
        Set<String> now = new HashSet<>(Math.max(16, current.size() * 2));
        for (Finding f : current) {
            now.add(f.key());
            Finding earlier = before.get(f.key());
            out.add(earlier == null
                    ? f.withLifecycle(FindingStatus.NEW, runDate)
                    : f.withLifecycle(FindingStatus.OPEN, earlier.firstSeen()));
        }
        for (Finding f : previous) {
            if (f.status() != FindingStatus.RESOLVED && !now.contains(f.key())) {
                out.add(f.withLifecycle(FindingStatus.RESOLVED, f.firstSeen()));
            }
        }
        out.sort(Finding.CSV_ORDER);
        return out;
    }
}
