package cn.xgz.recon.rules;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xgz.recon.source.EntityScale;
import cn.xgz.recon.source.EntityType;
import cn.xgz.recon.source.Formation;
import cn.xgz.recon.source.OrgStatus;
import cn.xgz.recon.source.OrgType;
import cn.xgz.recon.source.RegistrationStatus;
import org.junit.jupiter.api.Test;

/** The half-year counts per county (outputs.md 半年报送). */
class CountyFiguresTest {

    private final Fixture fx = new Fixture();

    private CountyFigures county(ReconciliationResult r, String code) {
        return r.counties().stream().filter(c -> c.countyCode().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void everyCountyHasARowZerosIncluded() {
        ReconciliationResult r = fx.run();
        assertThat(r.counties()).hasSize(Fixture.REGIONS.counties().size());
        assertThat(county(r, "350105")).isEqualTo(new CountyFigures("350105", 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                0, 0, 0, 0));
    }

    @Test
    void entitiesCountByTypeAndFigures() {
        var eligible = fx.entity("三人店").report(3);
        fx.org("350102000001").covers(eligible);
        fx.entity("一人公司").enterprise(EntityScale.MICRO).report(1);
        fx.entity("无党员公司").enterprise(null);
        fx.entity("中型公司").enterprise(EntityScale.MEDIUM).report(9); // out of scope
        fx.entity("市场里的合作社").type(EntityType.COOPERATIVE).market("SC1").report(2); // in scope, neither type
        fx.entity("注销的店").status(RegistrationStatus.CANCELLED).report(5);
        var worker = fx.entity("名册店");
        fx.member(Fixture.id(1), "张三").worksAt(worker);
        CountyFigures c = county(fx.run(), Fixture.GULOU);
        assertThat(c.individualBusinesses()).isEqualTo(2);
        assertThat(c.microEnterprises()).isEqualTo(2);
        assertThat(c.entitiesWithMembers()).isEqualTo(4);
        assertThat(c.memberBase()).isEqualTo(3 + 1 + 2 + 1);
        assertThat(c.rosterMembers()).isEqualTo(1);
        assertThat(c.coveredEntities()).isEqualTo(1);
        assertThat(c.eligibleEntities()).isEqualTo(1);
        assertThat(c.eligibleCovered()).isEqualTo(1);
        assertThat(c.entitiesBelowThree()).isEqualTo(3);
    }

    @Test
    void activeOrganisationsCountByFormationWithTheBlankDefault() {
        fx.org("350102000001").type(OrgType.JOINT_BRANCH);
        fx.org("350102000002").type(OrgType.BRANCH);
        fx.org("350102000003").type(OrgType.COMMITTEE).formation(Formation.SECTOR);
        fx.org("350102000004").formation(Formation.ATTACHED);
        fx.org("350102000005").status(OrgStatus.REVOKED);
        fx.org("350104000001").region(Fixture.CANGSHAN);
        CountyFigures c = county(fx.run(), Fixture.GULOU);
        assertThat(c.orgsJoint()).isEqualTo(1);
        assertThat(c.orgsSingle()).isEqualTo(1);
        assertThat(c.orgsSector()).isEqualTo(1);
        assertThat(c.orgsAttached()).isEqualTo(1);
        assertThat(c.orgsTotal()).isEqualTo(4);
    }

    @Test
    void marketsCountUnlessTheirOperatorIsInactive() {
        var covered = fx.entity("甲市场公司").enterprise(EntityScale.SMALL);
        fx.org("350102000001").covers(covered);
        var closed = fx.entity("乙市场公司").status(RegistrationStatus.REVOKED);
        fx.market("SC1", "甲市场", covered.uscc, Fixture.GULOU);
        fx.market("SC2", "乙市场", closed.uscc, Fixture.GULOU);
        fx.market("SC3", "丙市场", Fixture.uscc(999), Fixture.GULOU);
        CountyFigures c = county(fx.run(), Fixture.GULOU);
        assertThat(c.markets()).isEqualTo(2);
        assertThat(c.coveredMarkets()).isEqualTo(1);
    }

    @Test
    void ridersAndStationsCountInTheStationsCounty() {
        var op = fx.entity("配送公司");
        fx.org("350102000001").covers(op);
        fx.member(Fixture.id(3), "名册骑手");
        fx.rider("美团", "S1", Fixture.CANGSHAN, op.uscc, Fixture.id(1), "甲", "中共党员", true);
        fx.rider("饿了么", "S2", Fixture.CANGSHAN, null, Fixture.id(1), "甲", "中共党员", true); // same person
        fx.rider("美团", "S1", Fixture.CANGSHAN, op.uscc, Fixture.id(2), "乙", "中共预备党员", true);
        fx.rider("美团", "S1", Fixture.CANGSHAN, op.uscc, Fixture.id(3), "丙", "群众", true); // in the roster
        fx.rider("美团", "S1", Fixture.CANGSHAN, op.uscc, Fixture.id(4), "丁", "中共党员", false); // left
        fx.rider("美团", "S1", Fixture.CANGSHAN, op.uscc, Fixture.id(5), "戊", "群众", true);
        CountyFigures c = county(fx.run(), Fixture.CANGSHAN);
        assertThat(c.riderMembers()).isEqualTo(3);
        assertThat(c.coveredStations()).isEqualTo(1);
        assertThat(county(fx.run(), Fixture.GULOU).riderMembers()).isZero();
    }

    @Test
    void pocketAndHiddenMembersCountInTheirFindingsCounty() {
        fx.rider("美团", "S1", Fixture.CANGSHAN, null, Fixture.id(1), "甲", "中共党员", true);
        fx.org("350102000001");
        fx.member(Fixture.id(2), "乙");
        fx.rider("美团", "S1", Fixture.CANGSHAN, null, Fixture.id(2), "乙", "群众", true);
        CountyFigures c = county(fx.run(), Fixture.CANGSHAN);
        assertThat(c.pocketMembers()).isEqualTo(1);
        assertThat(c.hiddenMembers()).isEqualTo(1);
    }
}
