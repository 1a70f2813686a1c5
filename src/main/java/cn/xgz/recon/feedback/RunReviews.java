package cn.xgz.recon.feedback;

import cn.xgz.recon.rules.Finding;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The reviews of one run: for each of its findings that has a review in force, what the run shows. Built once
 * per run from the stored reviews; every output asks it.
 */
public final class RunReviews {

    private static final RunReviews NONE = new RunReviews(Map.of());

    private final Map<String, ReviewStatus> byFindingId;

    private RunReviews(Map<String, ReviewStatus> byFindingId) {
        this.byFindingId = byFindingId;
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
        Map<String, ReviewStatus> statuses = new HashMap<>();
        if (!inForce.isEmpty()) {
            for (Finding f : findings) {
                Review r = inForce.get(f.findingId());
                if (r != null) {
                    statuses.put(f.findingId(), ReviewStatus.judge(f, r, runDate, settings));
                }
            }
        }
        return new RunReviews(statuses);
    }

    public boolean isEmpty() {
        return byFindingId.isEmpty();
    }

    /** The finding's review status, null when it has no review in force. */
    public ReviewStatus of(Finding finding) {
        return byFindingId.isEmpty() ? null : byFindingId.get(finding.findingId());
    }

    /** Whether the finding is excluded (不属实 in force and not lapsed). */
    public boolean excluded(Finding finding) {
        ReviewStatus s = of(finding);
        return s != null && s.excluded();
    }

    public boolean anyExcluded() {
        return byFindingId.values().stream().anyMatch(ReviewStatus::excluded);
    }

    /** findings.csv's {@code review, review_date}, null when the finding has no review in force. */
    public String[] columns(Finding finding) {
        ReviewStatus s = of(finding);
        return s == null ? null : new String[] {s.reviewColumn(), s.reviewDateColumn()};
    }

    public int size() {
        return byFindingId.size();
    }
}
