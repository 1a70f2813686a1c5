package cn.xgz.recon.rules;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xgz.recon.match.MatchDecision;
import cn.xgz.recon.match.MatchMethod;
import java.util.List;
import org.junit.jupiter.api.Test;

/** R12's member part: a non-blank 工作单位 that resolved to no single registration. */
class UnresolvedNameRuleTest {

    private final Fixture fx = new Fixture();

    @Test
    void anUnresolvedWorkplaceIsReportedForThePersonWithoutTheirId() {
        String id = Fixture.id(3);
        fx.org("350102000001");
        fx.member(id, "张三丰").worksAtUnresolved("鑫源贸易有限公司");
        assertThat(fx.findings(RuleCode.R12)).singleElement().satisfies(f -> {
            assertThat(f.subjectType()).isEqualTo(SubjectType.PERSON);
            assertThat(f.subjectKey()).isEqualTo(Fixture.keyOf(id));
            assertThat(f.subjectName()).isEqualTo("张**");
            assertThat(f.metric()).isEqualTo(1);
            assertThat(f.basis()).isEqualTo("WORKPLACE");
            assertThat(f.detail()).contains("鑫源贸易有限公司").doesNotContain(id).doesNotContain("张三丰");
        });
    }

    @Test
    void theAmbiguousCandidatesAreNamed() {
        var a = fx.entity("鑫源达贸易有限公司");
        var b = fx.entity("鑫源通贸易有限公司");
        var m = fx.member(Fixture.id(3), "张三").worksAtUnresolved("鑫源贸易有限公司");
        m.decision = new MatchDecision(MatchMethod.UNRESOLVED, null, 0.8, null, 0.8, MatchDecision.Unresolved.AMBIGUOUS,
                List.of(new MatchDecision.Candidate(a.uscc, a.name, 0.8, 1), new MatchDecision.Candidate(b.uscc, b.name, 0.8, 1)));
        assertThat(fx.findings(RuleCode.R12)).singleElement()
                .satisfies(f -> assertThat(f.detail()).contains("鑫源达贸易有限公司", "鑫源通贸易有限公司", "无法确定"));
    }

    @Test
    void aBlankWorkplaceIsNotReportedEvenWithAnUnresolvableUscc() {
        var m = fx.member(Fixture.id(3), "张三");
        m.decision = new MatchDecision(MatchMethod.UNRESOLVED, null, 0, null, 0, MatchDecision.Unresolved.NO_CANDIDATE, List.of());
        fx.member(Fixture.id(4), "李四"); // nothing given at all: no decision
        assertThat(fx.findings(RuleCode.R12)).isEmpty();
    }

    @Test
    void aResolvedWorkplaceIsNotReported() {
        var e = fx.entity("鼓楼测试店");
        fx.member(Fixture.id(3), "张三").worksAt(e);
        assertThat(fx.findings(RuleCode.R12)).isEmpty();
    }

    @Test
    void longDigitRunsInTheTypedWorkplaceAreStarredOut() {
        fx.member(Fixture.id(3), "张三").worksAtUnresolved("个体13812345678");
        assertThat(fx.findings(RuleCode.R12)).singleElement()
                .satisfies(f -> assertThat(f.detail()).doesNotContain("13812345678").contains("个体***********"));
    }
}
