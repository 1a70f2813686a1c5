package cn.xgz.recon.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UncoveredStationRuleTest {

    private final Fixture fx = new Fixture();

    /** {@code n} active riders in station S1 declaring 中共党员, outside the roster, with the given operator. */
    private void fullMemberRiders(int n, String operator) {
        for (int i = 0; i < n; i++) {
            fx.rider("美团", "S1", Fixture.CANGSHAN, operator, Fixture.id(i + 1), "骑手" + i, "中共党员", true);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 4})
    void aStationWithThreeOrMoreFullMembersAndNoOperatorIsReported(int n) {
        fullMemberRiders(n, null);
        assertThat(fx.findings(RuleCode.R10)).singleElement().satisfies(f -> {
            assertThat(f.subjectType()).isEqualTo(SubjectType.STATION);
            assertThat(f.subjectKey()).isEqualTo("美团|S1");
            assertThat(f.subjectName()).isEqualTo("美团S1站");
            assertThat(f.regionCode()).isEqualTo(Fixture.CANGSHAN);
            assertThat(f.metric()).isEqualTo(n);
            assertThat(f.detail()).contains("未填报");
        });
    }

    @Test
    void twoFullMembersAreNotEnough() {
        fullMemberRiders(2, null);
        assertThat(fx.findings(RuleCode.R10)).isEmpty();
    }

    @Test
    void probationaryInactiveAndRepeatedRidersDoNotCount() {
        fullMemberRiders(2, null);
        fx.rider("美团", "S1", Fixture.CANGSHAN, null, Fixture.id(1), "骑手0", "中共党员", true); // same ID again
        fx.rider("美团", "S1", Fixture.CANGSHAN, null, Fixture.id(50), "离职骑手", "中共党员", false);
        fx.rider("美团", "S1", Fixture.CANGSHAN, null, Fixture.id(51), "预备骑手", "中共预备党员", true);
        fx.rider("美团", "S1", Fixture.CANGSHAN, null, Fixture.id(52), "名册预备", "中共党员", true);
        fx.member(Fixture.id(52), "名册预备").probationary();
        assertThat(fx.findings(RuleCode.R10)).isEmpty();
    }

    @Test
    void theRosterDecidesForRosterMembers() {
        fullMemberRiders(2, null);
        fx.rider("美团", "S1", Fixture.CANGSHAN, null, Fixture.id(60), "自称群众", "群众", true);
        fx.member(Fixture.id(60), "自称群众");
        assertThat(fx.findings(RuleCode.R10)).singleElement().extracting(Finding::metric).isEqualTo(3L);
    }

    @Test
    void aCoveredOperatorCoversTheStation() {
        var op = fx.entity("配送服务有限公司");
        fx.org("350104000001").covers(op);
        fullMemberRiders(3, op.uscc);
        assertThat(fx.findings(RuleCode.R10)).isEmpty();
    }

    @Test
    void anUncoveredOrUnregisteredOperatorDoesNot() {
        var op = fx.entity("配送服务有限公司");
        fullMemberRiders(3, op.uscc);
        for (int i = 0; i < 3; i++) {
            fx.rider("饿了么", "S1", Fixture.CANGSHAN, Fixture.uscc(999), Fixture.id(70 + i), "骑手", "中共党员", true);
        }
        assertThat(fx.findings(RuleCode.R10)).extracting(Finding::subjectKey).containsExactlyInAnyOrder("美团|S1", "饿了么|S1");
    }
}
