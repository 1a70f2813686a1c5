package cn.xgz.recon.feedback;

import cn.xgz.recon.rules.Finding;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a run shows for a finding that has a review in force (feedback.md, outcomes).
 *
 * @param review the review in force
 * @param state what it means on this run date
 */
public record ReviewStatus(Review review, State state) {

    /** The note shown where an exclusion lapsed. */
    public static final String CHANGED_NOTE = "核查后情况有变化";

    /** How the finding is shown. */
    public enum State {
        CONFIRMED("已核实"),
        DEFERRED("暂缓"),
        RECTIFIED_PENDING("已整改待数据确认"),
        RECTIFIED_OVERDUE("整改逾期"),
        EXCLUDED("已排除"),
        /** 不属实, but the metric or basis changed since, or the exclusion expired: shown again. */
        EXCLUSION_LAPSED(CHANGED_NOTE);

        private final String shown;

        State(String shown) {
            this.shown = shown;
        }

        public String shown() {
            return shown;
        }
    }

    /**
     * Judges a review in force against the finding as this run sees it.
     *
     * @param finding the finding in this run (its metric and basis now)
     */
    public static ReviewStatus judge(Finding finding, Review review, LocalDate runDate, FeedbackSettings settings) {
        State state = switch (review.outcome()) {
            case CONFIRMED -> State.CONFIRMED;
            case DEFERRED -> State.DEFERRED;
            case RECTIFIED -> runDate.isBefore(review.reviewDate().plusDays(settings.rectifyOverdueDays()))
                    ? State.RECTIFIED_PENDING : State.RECTIFIED_OVERDUE;
            case UNTRUE -> lapsed(finding, review, runDate, settings) ? State.EXCLUSION_LAPSED : State.EXCLUDED;
        };
        return new ReviewStatus(review, state);
    }

    private static boolean lapsed(Finding finding, Review review, LocalDate runDate, FeedbackSettings settings) {
        if (!runDate.isBefore(review.reviewDate().plusDays(settings.exclusionExpiryDays()))) {
            return true;
        }
        // Without a run on or before the 核查日期 there is nothing to compare with: the exclusion holds until it expires.
        return review.metricAtReview() != null
                && (finding.metric() != review.metricAtReview() || !Objects.equals(finding.basis(), review.basisAtReview()));
    }

    /** Left out of its rule sheet, the half-year 口袋党员数 / 隐形党员数 and the open counts. */
    public boolean excluded() {
        return state == State.EXCLUDED;
    }

    /**
     * findings.csv's review column: the 核查结论 in force, 整改逾期 where that applies. A lapsed exclusion no longer
     * stands, so the finding is written as unreviewed (blank), like one that was never excluded.
     */
    public String reviewColumn() {
        return switch (state) {
            case RECTIFIED_OVERDUE -> State.RECTIFIED_OVERDUE.shown();
            case EXCLUSION_LAPSED -> "";
            default -> review.outcome().label();
        };
    }

    /** findings.csv's review_date: the 核查日期 of the review in force (blank where the review column is). */
    public String reviewDateColumn() {
        return state == State.EXCLUSION_LAPSED ? "" : review.reviewDate().toString();
    }
}
