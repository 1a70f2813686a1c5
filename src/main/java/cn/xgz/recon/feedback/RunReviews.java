package cn.xgz.recon.feedback;

import cn.xgz.recon.rules.Finding;
import cn.xgz.recon.rules.RuleCode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The reviews of one run: for each of its findings that has a review in force, what the run shows. Built once
 * per run from the stored reviews; every output asks it.
 *
 * <p>Every row of every sheet asks, up to nine times, and most findings have no review: with 100,000 reviews among
 * 456,000 findings a third of the workbook threads' CPU went to look-ups in a map keyed by finding_id strings made for
 * each question (JFR). A bit per hash of the reviewed subject keys answers most of them with one read and no new
 * string; the rest are looked up per rule by subject key, whose hash the string keeps.
 */
public final class RunReviews {

    private static final RunReviews NONE = new RunReviews(new EnumMap<>(RuleCode.class), 0);

    /** Per rule, the statuses by subject key. */
    private final Map<RuleCode, Map<String, ReviewStatus>> byRule;
    private final int size;
    /** A set bit for each slot a reviewed subject key hashes to; a clear bit means no review. */
    private final long[] keySlots;
    private final int shift;

    private RunReviews(Map<RuleCode, Map<String, ReviewStatus>> byRule, int size) {
        this.byRule = byRule;
        this.size = size;
        // Some 16 slots per review: about one unreviewed finding in sixteen goes on to the map.
        int bits = Math.max(6, 32 - Integer.numberOfLeadingZeros(Math.max(1, size) * 16 - 1));
        this.shift = 32 - bits;
        this.keySlots = new long[1 << (bits - 6)];
        byRule.values().forEach(m -> m.keySet().forEach(k -> {
            int slot = slot(k);
            keySlots[slot >>> 6] |= 1L << slot;
        }));
    }

    /** Fibonacci hashing of the key's own hash into {@code 2^bits} slots. */
    private int slot(String subjectKey) {
        return (subjectKey.hashCode() * 0x9E3779B9) >>> shift;
    }

    /** A run without any feedback: every output as if the feature did not exist. */
    public static RunReviews none() {
        return NONE;
    }

    /** Judges the reviews in force on {@code runDate} for the run's findings. */
    public static RunReviews of(List<Finding> findings, Collection<Review> reviews, LocalDate runDate,
            FeedbackSettings settings) {
        if (reviews.isEmpty()) {
            return NONE;
        }
        Map<String, Review> inForce = ReviewsInForce.on(reviews, runDate);
        Map<RuleCode, Map<String, ReviewStatus>> statuses = new EnumMap<>(RuleCode.class);
        int size = 0;
        if (!inForce.isEmpty()) {
            for (Finding f : findings) {
                Review r = inForce.get(f.findingId());
                if (r != null && statuses.computeIfAbsent(f.rule(), k -> new HashMap<>())
                        .put(f.subjectKey(), ReviewStatus.judge(f, r, runDate, settings)) == null) {
                    size++;
                }
            }
        }
        return size == 0 ? NONE : new RunReviews(statuses, size);
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** The finding's review status, null when it has no review in force. */
    public ReviewStatus of(Finding finding) {
        if (size == 0) {
            return null;
        }
        int slot = slot(finding.subjectKey());
        if ((keySlots[slot >>> 6] & (1L << slot)) == 0) {
            return null;
        }
        Map<String, ReviewStatus> ofRule = byRule.get(finding.rule());
        return ofRule == null ? null : ofRule.get(finding.subjectKey());
    }

    /** Whether the finding is excluded (不属实 in force and not lapsed). */
    public boolean excluded(Finding finding) {
        ReviewStatus s = of(finding);
        return s != null && s.excluded();
    }

    public boolean anyExcluded() {
        return byRule.values().stream().flatMap(m -> m.values().stream()).anyMatch(ReviewStatus::excluded);
    }

    /** findings.csv's {@code review, review_date}, null when the finding has no review in force. */
    public String[] columns(Finding finding) {
        ReviewStatus s = of(finding);
        return s == null ? null : new String[] {s.reviewColumn(), s.reviewDateColumn()};
    }

    public int size() {
        return size;
    }
}
