package cn.xgz.recon.lifecycle;

import cn.xgz.recon.rules.Finding;
import cn.xgz.recon.rules.RuleCode;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * Findings by their lifecycle key (rule, subject_key), per rule by subject key, so that a night's million findings
 * are compared without building a {@code rule:subject} string for each of them.
 */
final class FindingsByKey {

    private final Map<RuleCode, Map<String, Finding>> byRule = new EnumMap<>(RuleCode.class);

    void put(Finding f) {
        byRule.computeIfAbsent(f.rule(), r -> new HashMap<>()).put(f.subjectKey(), f);
    }

    /** The finding with {@code f}'s key, or null. */
    Finding get(Finding f) {
        Map<String, Finding> sameRule = byRule.get(f.rule());
        return sameRule == null ? null : sameRule.get(f.subjectKey());
    }

    boolean containsKeyOf(Finding f) {
        return get(f) != null;
    }
}
