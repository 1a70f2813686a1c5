package cn.xgz.recon.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xgz.recon.rules.Finding;
import cn.xgz.recon.rules.FindingStatus;
import cn.xgz.recon.rules.RuleCode;
import cn.xgz.recon.rules.SubjectType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every finding of a run finds its own review in force, and no other finding finds one, at any number of reviews. */
class RunReviewsTest {

    private static final LocalDate D = LocalDate.of(2025, 10, 1);

    @ParameterizedTest(name = "{0} findings, {1} reviewed, seed {2}")
    @CsvSource({"1, 1, 1", "10, 3, 2", "200, 64, 3", "5000, 70, 4", "40000, 9000, 5", "40000, 40000, 6"})
    void eachFindingGetsExactlyItsOwnReview(int findings, int reviewed, long seed) {
        Random rnd = new Random(seed);
        RuleCode[] rules = RuleCode.values();
        List<Finding> all = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < findings; i++) {
            // Subject keys shared across rules: a review of R13:k says nothing about R03:k.
            String key = String.format("91350%013d", rnd.nextInt(Math.max(1, findings / 2)));
            RuleCode rule = rules[rnd.nextInt(rules.length)];
            Finding f = finding(rule, key);
            if (ids.add(f.findingId())) {
                all.add(f);
            }
        }
        Map<String, Review> reviews = new HashMap<>();
        Outcome[] outcomes = Outcome.values();
        for (Finding f : all.subList(0, Math.min(reviewed, all.size()))) {
            reviews.put(f.findingId(), new Review(f.findingId(), outcomes[rnd.nextInt(outcomes.length)],
                    D.minusDays(1 + rnd.nextInt(30)), "鼓楼所", null, 1, reviews.size(), f.metric(), f.basis()));
        }
        // A review of a finding this run does not have is in force but belongs to no finding.
        reviews.put("R13:00000000000000000X", new Review("R13:00000000000000000X", Outcome.UNTRUE, D, null, null, 1,
                reviews.size(), null, null));

        RunReviews run = RunReviews.of(all, reviews.values(), D, FeedbackSettings.DEFAULT);

        int excluded = 0;
        for (Finding f : all) {
            Review r = reviews.get(f.findingId());
            ReviewStatus s = run.of(f);
            if (r == null) {
                assertThat(s).as(f.findingId()).isNull();
                assertThat(run.excluded(f)).isFalse();
            } else {
                assertThat(s).as(f.findingId()).isNotNull();
                assertThat(s.review()).isEqualTo(r);
                assertThat(run.excluded(f)).isEqualTo(s.excluded());
                excluded += s.excluded() ? 1 : 0;
            }
        }
        int expected = Math.min(reviewed, all.size());
        assertThat(run.size()).isEqualTo(expected);
        assertThat(run.isEmpty()).isEqualTo(expected == 0);
        assertThat(run.anyExcluded()).isEqualTo(excluded > 0);
        // Keys that never occur in the run: none of them has a review.
        for (int i = 0; i < 2000; i++) {
            assertThat(run.of(finding(rules[rnd.nextInt(rules.length)], "X" + rnd.nextLong()))).isNull();
        }
    }

    private static Finding finding(RuleCode rule, String key) {
        return new Finding(rule, SubjectType.ENTITY, key, "某某商行", "350102", null, 1, null, "说明",
                FindingStatus.OPEN, D.minusDays(40));
    }
}
