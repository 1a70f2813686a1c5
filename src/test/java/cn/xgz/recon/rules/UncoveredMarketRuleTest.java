package cn.xgz.recon.rules;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xgz.recon.source.EntityScale;
import cn.xgz.recon.source.RegistrationStatus;
import org.junit.jupiter.api.Test;

class UncoveredMarketRuleTest {

    private Fixture fx = new Fixture();

    private Fixture.RegBuilder operator(int members) {
        var op = fx.entity("仓山市场管理有限公司").enterprise(EntityScale.SMALL).region(Fixture.CANGSHAN).report(members);
        fx.market("SC1", "仓山农贸市场", op.uscc, Fixture.CANGSHAN);
        return op;
    }

    @Test
    void uncoveredMarketSumsTheOperatorAndItsTradersMemberBase() {
        operator(2);
        fx.entity("甲摊").market("SC1").report(1);
        fx.entity("乙摊").market("SC1").report(3);
        fx.entity("别的市场的摊").market("SC2").report(5);
        fx.entity("不在市场的店").report(4);

        assertThat(fx.findings(RuleCode.R01)).singleElement().satisfies(f -> {
            assertThat(f.subjectType()).isEqualTo(SubjectType.MARKET);
            assertThat(f.subjectKey()).isEqualTo("SC1");
            assertThat(f.subjectName()).isEqualTo("仓山农贸市场");
            assertThat(f.marketId()).isEqualTo("SC1");
            assertThat(f.regionCode()).isEqualTo(Fixture.CANGSHAN);
            assertThat(f.metric()).isEqualTo(2 + 1 + 3);
            assertThat(f.detail()).contains("开办者2人", "场内经营主体4人");
        });
    }

    @Test
    void aCoveredOperatorCoversItsMarket() {
        var op = operator(2);
        fx.org("350104000001").covers(op);
        assertThat(fx.findings(RuleCode.R01)).isEmpty();
    }

    @Test
    void aMarketWhoseOperatorIsInactiveIsNotReported() {
        operator(2).status(RegistrationStatus.CANCELLED);
        fx.entity("甲摊").market("SC1").report(1);
        assertThat(fx.findings(RuleCode.R01)).isEmpty();
    }

    @Test
    void anUnregisteredOperatorAddsNothingToTheMetric() {
        fx.market("SC1", "仓山农贸市场", Fixture.uscc(999), Fixture.CANGSHAN);
        fx.entity("甲摊").market("SC1").report(2);
        assertThat(fx.findings(RuleCode.R01)).singleElement().satisfies(f -> {
            assertThat(f.metric()).isEqualTo(2);
            assertThat(f.detail()).contains("开办者未登记");
        });
    }

    @Test
    void anOperatorTradingInItsOwnMarketCountsOnce() {
        operator(2).market("SC1");
        assertThat(fx.findings(RuleCode.R01)).singleElement().extracting(Finding::metric).isEqualTo(2L);
    }

    @Test
    void inactiveTradersDoNotCount() {
        operator(0);
        fx.entity("已注销的摊").market("SC1").report(3).status(RegistrationStatus.REVOKED);
        assertThat(fx.findings(RuleCode.R01)).singleElement().extracting(Finding::metric).isEqualTo(0L);
    }

    @Test
    void theOperatorDoesNotTradeInItsMarketUnlessItsOwnMarketIdSaysSo() {
        var op = operator(1);
        ReconciliationResult r = fx.run();
        assertThat(r.findings()).filteredOn(f -> f.rule() == RuleCode.R03).singleElement()
                .satisfies(f -> assertThat(f.marketId()).isNull());
        assertThat(r.markets()).singleElement().satisfies(m -> {
            assertThat(m.registeredTraders()).isZero();
            assertThat(m.memberBase()).isEqualTo(1);
            assertThat(m.operatorName()).isEqualTo("仓山市场管理有限公司");
            assertThat(m.operatorUscc()).isEqualTo(op.uscc);
        });
    }

    @Test
    void isSkippedWithoutTheMarketLedger() {
        operator(2);
        ReconciliationResult r = fx.without(cn.xgz.recon.source.Source.MARKETS).run();
        assertThat(r.skippedRules()).containsKey(RuleCode.R01);
        assertThat(r.skippedRules().get(RuleCode.R01)).contains("专业市场台账");
        assertThat(r.findings()).noneMatch(f -> f.rule() == RuleCode.R01);
    }
}
