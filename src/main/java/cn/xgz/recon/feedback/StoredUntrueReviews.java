package cn.xgz.recon.feedback;

import cn.xgz.recon.rules.Finding;
import cn.xgz.recon.submission.UntrueReviews;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The half-year form's 不属实 (outputs.md): a finding is left out of 疑似口袋党员数 / 疑似隐形党员数 when its review in
 * force on the submitted run's date is 不属实 and the exclusion has not lapsed then (metric and basis as reviewed,
 * not expired).
 */
public final class StoredUntrueReviews implements UntrueReviews {

    private final FeedbackStore store;
    private final FeedbackSettings settings;
    private final LocalDate day;
    private final Map<String, Review> inForce;

    public StoredUntrueReviews(FeedbackStore store, FeedbackSettings settings, Clock clock) {
        this(store, settings, LocalDate.now(clock));
    }

    private StoredUntrueReviews(FeedbackStore store, FeedbackSettings settings, LocalDate day) {
        this.store = store;
        this.settings = settings;
        this.day = day;
        // Every outcome counts for "in force": a later 属实 ends an earlier 不属实.
        List<Review> all = store.reviews();
        this.inForce = ReviewsInForce.on(all, day);
    }

    @Override
    public UntrueReviews asOf(LocalDate runDate) {
        return new StoredUntrueReviews(store, settings, runDate);
    }

    @Override
    public boolean any() {
        return inForce.values().stream().anyMatch(r -> r.outcome() == Outcome.UNTRUE);
    }

    @Override
    public boolean isUntrue(Finding finding) {
        Review r = inForce.get(finding.findingId());
        return r != null && ReviewStatus.judge(finding, r, day, settings).excluded();
    }
}
