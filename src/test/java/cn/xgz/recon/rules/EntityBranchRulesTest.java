package cn.xgz.recon.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** R02 (eligible, uncovered) and R03 (members but fewer than 3 full members, uncovered): the edges between them. */
class EntityBranchRulesTest {

    private static Fixture withMembers(int full, int probationary, int reported) {
        Fixture fx = new Fixture();
        var e = fx.entity("鼓楼测试五金店");
        if (reported >= 0) {
            e.report(reported);
        }
        IntStream.range(0, full).forEach(i -> fx.member(Fixture.id(i + 1), "张" + i).worksAt(e));
        IntStream.range(0, probationary).forEach(i -> fx.member(Fixture.id(100 + i), "李" + i).worksAt(e).probationary());
        return fx;
    }

    private static String rulesOf(ReconciliationResult r) {
        return String.join(",", r.findings().stream()
                .filter(f -> f.rule() == RuleCode.R02 || f.rule() == RuleCode.R03)
                .map(f -> f.rule() + "/" + f.metric() + "/" + (f.basis() == null ? "" : f.basis()))
                .toList());
    }

    @ParameterizedTest(name = "{0} full + {1} probationary, report {2} → {3}")
    @CsvSource({
        "3, 0, 3, R02/3/ROSTER",
        "4, 0, 2, R02/4/ROSTER",
        "2, 0, 2, R03/2/",
        "2, 1, 3, R02/3/ANNUAL_REPORT", // the report counts the probationary member
        "2, 1, 0, R03/3/", // 预备 members raise D but not eligibility
        "0, 4, 0, R03/4/",
        "1, 0, 0, R03/1/",
        "0, 0, 1, R03/1/",
        "0, 0, 0, ''",
        "0, 0, 5, R02/5/ANNUAL_REPORT",
        "3, 0, 5, R02/5/ROSTER", // metric max(|Pf|, A) keeps the roster basis
        "3, 0, -1, R02/3/ROSTER", // no report at all
    })
    void exactlyThreeFullMembersMakeAnEntityEligible(int full, int probationary, int reported, String expected) {
        assertThat(rulesOf(withMembers(full, probationary, reported).run())).isEqualTo(expected);
    }

    @Test
    void coveredEntitiesAreNeitherR02NorR03() {
        Fixture fx = withMembers(3, 0, 3);
        Fixture fx2 = withMembers(1, 0, 1);
        // the fixture's first entity has USCC number 1
        fx.org("350102000001").coversUscc(Fixture.uscc(1));
        fx2.org("350102000001").coversUscc(Fixture.uscc(1));
        assertThat(rulesOf(fx.run())).isEmpty();
        assertThat(rulesOf(fx2.run())).isEmpty();
    }

    @Test
    void entitiesOutOfScopeAreNeitherR02NorR03() {
        Fixture fx = new Fixture();
        var e = fx.entity("大公司").enterprise(cn.xgz.recon.source.EntityScale.LARGE).report(10);
        assertThat(fx.run().findings()).noneMatch(f -> f.subjectKey().equals(e.uscc));
    }

    @Nested
    class Details {
        @Test
        void r02DetailNamesTheRosterAndReportFigures() {
            List<Finding> f = withMembers(3, 0, 2).findings(RuleCode.R02);
            assertThat(f).singleElement().satisfies(x -> {
                assertThat(x.detail()).contains("鼓楼测试五金店", "正式党员3人", "年报党员2人");
                assertThat(x.regionCode()).isEqualTo(Fixture.GULOU);
                assertThat(x.cityCode()).isEqualTo("350100");
            });
        }

        @Test
        void annualReportBasisAsksForVerification() {
            assertThat(withMembers(0, 0, 4).findings(RuleCode.R02)).singleElement()
                    .satisfies(x -> assertThat(x.detail()).contains("核实"));
        }
    }
}
