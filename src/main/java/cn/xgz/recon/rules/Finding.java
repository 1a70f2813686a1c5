package cn.xgz.recon.rules;

import cn.xgz.recon.reference.Region;
import java.time.LocalDate;
import java.util.Comparator;

/**
 * One row of findings.csv. A rule produces findings without a status; the lifecycle step sets status and
 * first_seen. The key {@code rule + subjectKey} stays the same from run to run while the gap persists.
 *
 * @param subjectKey USCC, 市场编号, 党组织代码, {@code 平台|配送站点编号}, or the person key {@code P…}
 * @param subjectName the subject's name; a person's is masked
 * @param regionCode the subject's county, null when unknown
 * @param marketId the market, for markets and for entities trading in one
 * @param metric the integer rules.md names for the rule
 * @param basis the basis rules.md names, null when the rule has none
 * @param detail one Chinese sentence an analyst can act on
 * @param status null until the lifecycle step has compared the run with the previous one
 * @param firstSeen null until the lifecycle step
 */
public record Finding(
        RuleCode rule,
        SubjectType subjectType,
        String subjectKey,
        String subjectName,
        String regionCode,
        String marketId,
        long metric,
        String basis,
        String detail,
        FindingStatus status,
        LocalDate firstSeen) {

    /**
     * findings.csv order: rule_code, region_code, subject_key (a blank region sorts first). Written out rather than
     * chained from {@code Comparator.comparing}: the chain's lambdas are shared with every other comparator in the
     * JVM, so a night's sort of a million findings ran them as megamorphic calls.
     */
    public static final Comparator<Finding> CSV_ORDER = Finding::compareInCsvOrder;

    private static int compareInCsvOrder(Finding a, Finding b) {
        int c = a.rule.compareTo(b.rule);
        if (c != 0) {
            return c;
        }
        c = (a.regionCode == null ? "" : a.regionCode).compareTo(b.regionCode == null ? "" : b.regionCode);
        return c != 0 ? c : a.subjectKey.compareTo(b.subjectKey);
    }

    /** The lifecycle key, {@code rule|subject}. */
    public String key() {
        return rule.name() + "|" + subjectKey;
    }

    /** finding_id (feedback.md): {@code rule_code:subject_key}, the identity an analyst's review refers to. */
    public String findingId() {
        return rule.name() + ":" + subjectKey;
    }

    public String cityCode() {
        return Region.cityOf(regionCode);
    }

    public Finding withLifecycle(FindingStatus newStatus, LocalDate newFirstSeen) {
        return new Finding(
                rule, subjectType, subjectKey, subjectName, regionCode, marketId, metric, basis, detail, newStatus,
                newFirstSeen);
    }
}
