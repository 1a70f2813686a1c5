package cn.xgz.recon.submission;

import cn.xgz.recon.rules.Finding;

/**
 * The findings a bureau reviewed as 不属实 (feedback.md): they are left out of the form's 疑似口袋党员数 and
 * 疑似隐形党员数. The feedback import (issue 10) will supply a store of reviews; until then {@link #NONE} is used
 * and the counts are the run's own.
 */
public interface UntrueReviews {

    /** No finding reviewed: nothing is left out. */
    UntrueReviews NONE = new UntrueReviews() {
        @Override
        public boolean any() {
            return false;
        }

        @Override
        public boolean isUntrue(Finding finding) {
            return false;
        }
    };

    /** Whether any finding was reviewed as 不属实 (when not, the run's findings need not be read at all). */
    boolean any();

    /** Whether this finding (by rule and subject) was reviewed as 不属实 as of the period's end. */
    boolean isUntrue(Finding finding);

    /** The reviews as they stood on the submitted run's date (the exclusion's lapse depends on the date). */
    default UntrueReviews asOf(java.time.LocalDate runDate) {
        return this;
    }
}
