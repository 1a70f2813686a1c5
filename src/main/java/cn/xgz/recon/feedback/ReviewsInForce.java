package cn.xgz.recon.feedback;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** feedback.md: the review in force for a finding on run date d is its latest review with 核查日期 ≤ d. */
public final class ReviewsInForce {

    private ReviewsInForce() {}

    /** Per finding_id, the review in force on {@code runDate}; findings without one are absent. */
    public static Map<String, Review> on(Iterable<Review> reviews, LocalDate runDate) {
        Map<String, Review> inForce = new HashMap<>();
        for (Review r : reviews) {
            if (!r.reviewDate().isAfter(runDate)) {
                inForce.merge(r.findingId(), r, (a, b) -> Review.PRECEDENCE.compare(a, b) >= 0 ? a : b);
            }
        }
        return inForce;
    }
}
