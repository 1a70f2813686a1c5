package cn.xgz.recon.lifecycle;

import cn.xgz.recon.rules.Finding;
import cn.xgz.recon.rules.RuleCode;
import java.util.List;

/**
 * A read-only hash index from a lifecycle key (rule, subject_key) to a finding's position in a list, in one
 * {@code int[]} (open addressing; the keys stay in the findings). A findings-heavy province night's 3.19M findings
 * cost some 64 MB here, against twice that for per-rule {@code HashMap}s, and a probe makes no object.
 */
final class FindingPositions {

    /** Per slot the position + 1 (0 = empty) and the key's mixed hash side by side: a probe reads one cache line. */
    private final int[] slots;
    private final int mask;
    private final List<Finding> findings;

    private FindingPositions(List<Finding> findings) {
        int cap = Integer.highestOneBit(Math.max(4, findings.size() * 2 - 1)) << 1;
        this.slots = new int[cap * 2];
        this.mask = cap - 1;
        this.findings = findings;
    }

    /** Indexes every finding of the list; of two with the same key the first is kept. */
    static FindingPositions of(List<Finding> findings) {
        FindingPositions index = new FindingPositions(findings);
        for (int pos = 0; pos < findings.size(); pos++) {
            Finding f = findings.get(pos);
            int h = hash(f.rule(), f.subjectKey());
            int s = index.slotOf(h, f.rule(), f.subjectKey());
            if (index.slots[2 * s] == 0) {
                index.slots[2 * s] = pos + 1;
                index.slots[2 * s + 1] = h;
            }
        }
        return index;
    }

    /** The position of the finding with this key, or -1. */
    int get(RuleCode rule, String subjectKey) {
        return slots[2 * slotOf(hash(rule, subjectKey), rule, subjectKey)] - 1;
    }

    private static int hash(RuleCode rule, String subjectKey) {
        int h = (subjectKey.hashCode() * 31 + rule.ordinal()) * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    /** The slot holding the key, else the empty slot where it would go. */
    private int slotOf(int h, RuleCode rule, String subjectKey) {
        int s = h & mask;
        while (true) {
            int v = slots[2 * s];
            if (v == 0) {
                return s;
            }
            if (slots[2 * s + 1] == h) {
                Finding f = findings.get(v - 1);
                if (f.rule() == rule && f.subjectKey().equals(subjectKey)) {
                    return s;
                }
            }
            s = (s + 1) & mask;
        }
    }
}
