package cn.xgz.recon.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xgz.recon.rules.Finding;
import cn.xgz.recon.rules.FindingStatus;
import cn.xgz.recon.rules.RuleCode;
import cn.xgz.recon.rules.SubjectType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ReviewStatusTest {

    private static final LocalDate D = LocalDate.of(2025, 10, 1);

    static Finding finding(long metric, String basis) {
        return new Finding(RuleCode.R04, SubjectType.PERSON, "P0123456789abcdef", "张*", "350102", null, metric, basis,
                "说明", FindingStatus.OPEN, D.minusDays(30));
    }

    static Review review(Outcome o, LocalDate date, long importId, int seq, Long metric, String basis) {
        return new Review("R04:P0123456789abcdef", o, date, "鼓楼所", null, importId, seq, metric, basis);
    }

    @Nested
    class InForce {

        @Test
        void laterReviewDateWinsAndFutureReviewsDoNotCountYet() {
            Review early = review(Outcome.CONFIRMED, D.minusDays(5), 2, 1, 1L, null);
            Review late = review(Outcome.UNTRUE, D.minusDays(1), 1, 1, 1L, null);
            Review future = review(Outcome.DEFERRED, D.plusDays(1), 3, 1, 1L, null);
            Map<String, Review> inForce = ReviewsInForce.on(List.of(early, late, future), D);
            assertThat(inForce.get("R04:P0123456789abcdef")).isEqualTo(late);
            assertThat(ReviewsInForce.on(List.of(early, late, future), D.plusDays(1)).get("R04:P0123456789abcdef"))
                    .isEqualTo(future);
        }

        @Test
        void onTheSameDateTheLaterImportThenTheLaterRowWins() {
            Review a = review(Outcome.CONFIRMED, D, 1, 9, 1L, null);
            Review b = review(Outcome.DEFERRED, D, 2, 1, 1L, null);
            Review c = review(Outcome.RECTIFIED, D, 2, 2, 1L, null);
            assertThat(ReviewsInForce.on(List.of(c, a, b), D).values()).containsExactly(c);
            assertThat(ReviewsInForce.on(List.of(a, b), D).values()).containsExactly(b);
        }
    }

    @Test
    void rectifiedBecomesOverdueFromTheSettingsDaysOn() {
        FeedbackSettings s = new FeedbackSettings(60, 365);
        Review r = review(Outcome.RECTIFIED, D, 1, 1, 1L, null);
        assertThat(ReviewStatus.judge(finding(1, null), r, D.plusDays(59), s).state())
                .isEqualTo(ReviewStatus.State.RECTIFIED_PENDING);
        ReviewStatus overdue = ReviewStatus.judge(finding(1, null), r, D.plusDays(60), s);
        assertThat(overdue.state()).isEqualTo(ReviewStatus.State.RECTIFIED_OVERDUE);
        assertThat(overdue.reviewColumn()).isEqualTo("整改逾期");
        assertThat(overdue.reviewDateColumn()).isEqualTo(D.toString());
    }

    @Nested
    class Exclusion {
        private final FeedbackSettings s = FeedbackSettings.DEFAULT;

        @Test
        void holdsWhileMetricAndBasisAreAsReviewed() {
            ReviewStatus st = ReviewStatus.judge(finding(2, "年报"), review(Outcome.UNTRUE, D, 1, 1, 2L, "年报"), D.plusDays(10), s);
            assertThat(st.excluded()).isTrue();
            assertThat(st.reviewColumn()).isEqualTo("不属实");
        }

        @Test
        void lapsesWhenTheMetricChanges() {
            ReviewStatus st = ReviewStatus.judge(finding(3, "年报"), review(Outcome.UNTRUE, D, 1, 1, 2L, "年报"), D.plusDays(10), s);
            assertThat(st.excluded()).isFalse();
            assertThat(st.state().shown()).isEqualTo("核查后情况有变化");
            assertThat(st.reviewColumn()).isEmpty();
        }

        @Test
        void lapsesWhenTheBasisChanges() {
            assertThat(ReviewStatus.judge(finding(2, "名册"), review(Outcome.UNTRUE, D, 1, 1, 2L, "年报"), D, s).excluded())
                    .isFalse();
        }

        @Test
        void lapsesAfterTheExpiryDays() {
            Review r = review(Outcome.UNTRUE, D, 1, 1, 2L, null);
            assertThat(ReviewStatus.judge(finding(2, null), r, D.plusDays(364), s).excluded()).isTrue();
            assertThat(ReviewStatus.judge(finding(2, null), r, D.plusDays(365), s).excluded()).isFalse();
        }

        @Test
        void withoutARunBeforeTheReviewOnlyExpiryEndsIt() {
            Review r = review(Outcome.UNTRUE, D, 1, 1, null, null);
            assertThat(ReviewStatus.judge(finding(99, "x"), r, D.plusDays(100), s).excluded()).isTrue();
        }
    }

    @Test
    void runReviewsWithoutFeedbackChangeNothing() {
        RunReviews none = RunReviews.of(List.of(finding(1, null)), List.of(), D, FeedbackSettings.DEFAULT);
        assertThat(none.isEmpty()).isTrue();
        assertThat(none.columns(finding(1, null))).isNull();
    }
}
