package cn.xgz.recon.rules;

import cn.xgz.recon.source.Source;
import cn.xgz.recon.source.SourceData;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** One rule of rules.md: the sources it reads and the findings it yields (without status or first_seen). */
interface Rule {

    RuleCode code();

    /** Every source the rule's definition reads; without one of them the rule is skipped, never run on empty data. */
    Set<Source> requires();

    List<Finding> apply(RunFacts facts);

    /** Why the rule cannot run on this data (in Chinese), or null when it can. */
    default String skipReason(SourceData data) {
        List<Source> missing = requires().stream().filter(s -> !data.has(s)).sorted().toList();
        if (missing.isEmpty()) {
            return null;
        }
        return RuleTexts.ruleNotRun(missing.stream().map(Source::label).collect(Collectors.joining("、")));
    }
}
