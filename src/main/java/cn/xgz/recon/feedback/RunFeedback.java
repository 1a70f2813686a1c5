package cn.xgz.recon.feedback;

import cn.xgz.recon.rules.Finding;
import java.time.LocalDate;
import java.util.List;

/** The reviews in force for a run's findings, from the store: what every output of the run shows. */
public final class RunFeedback {

    private final FeedbackStore store;
    private final FeedbackSettings settings;

    public RunFeedback(FeedbackStore store, FeedbackSettings settings) {
        this.store = store;
        this.settings = settings;
    }

    public RunReviews reviews(List<Finding> findings, LocalDate runDate) {
        List<Review> all = store.reviews();
        return all.isEmpty() ? RunReviews.none() : RunReviews.of(findings, all, runDate, settings);
    }
}
