package cn.xgz.recon.submission;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xgz.recon.rules.CountyFigures;
import cn.xgz.recon.rules.Finding;
import cn.xgz.recon.rules.RuleCode;
import cn.xgz.recon.rules.SubjectType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The 不属实 seam: reviewed findings leave 疑似口袋党员数/疑似隐形党员数; without reviews nothing is read. */
class SuspectedCountsTest {

    private static Map<String, Figures> counties() {
        Map<String, Figures> m = new LinkedHashMap<>();
        m.put("350102", Figures.of(new CountyFigures("350102", 5, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 2), Set.of()));
        m.put("350203", Figures.of(new CountyFigures("350203", 5, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1), Set.of()));
        return m;
    }

    private static Finding finding(RuleCode rule, String subject, String region) {
        return new Finding(rule, SubjectType.PERSON, subject, "*", region, null, 1, null, null, null, null);
    }

    @Test
    void withoutReviewsTheRunsCountsStandAndItsFindingsAreNotRead() {
        SuspectedCounts.Adjusted a = SuspectedCounts.withoutUntrue(counties(), () -> {
            throw new AssertionError("findings read although nothing was reviewed");
        }, UntrueReviews.NONE);
        assertThat(a.counties()).isEqualTo(counties());
        assertThat(a.leftOut()).isZero();
    }

    @Test
    void findingsReviewedAsUntrueAreLeftOutOfTheirCounty() {
        List<Finding> run = List.of(finding(RuleCode.R04, "p1", "350102"), finding(RuleCode.R04, "p2", "350102"),
                finding(RuleCode.R05, "p3", "350102"), finding(RuleCode.R05, "p4", "350203"),
                finding(RuleCode.R02, "p1", "350102"));
        Set<String> untrue = Set.of("R04|p2", "R05|p4", "R02|p1");
        UntrueReviews reviews = new UntrueReviews() {
            @Override
            public boolean any() {
                return true;
            }

            @Override
            public boolean isUntrue(Finding f) {
                return untrue.contains(f.key());
            }
        };
        SuspectedCounts.Adjusted a = SuspectedCounts.withoutUntrue(counties(), () -> run, reviews);
        assertThat(a.leftOut()).isEqualTo(2);
        assertThat(a.counties().get("350102").get(Figure.POCKET)).isEqualTo(2);
        assertThat(a.counties().get("350102").get(Figure.HIDDEN)).isEqualTo(2);
        assertThat(a.counties().get("350203").get(Figure.POCKET)).isEqualTo(1);
        assertThat(a.counties().get("350203").get(Figure.HIDDEN)).isZero();
        assertThat(a.counties().get("350102").get(Figure.MICRO)).isEqualTo(5);
    }
}
