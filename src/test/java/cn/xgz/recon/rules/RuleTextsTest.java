package cn.xgz.recon.rules;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xgz.recon.source.OrgType;
import cn.xgz.recon.source.RegistrationStatus;
import cn.xgz.recon.source.ReportedOrgForm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The findings' detail sentences read as an analyst writes them: the wording fixes of issue 11, on the rules' output. */
class RuleTextsTest {

    private static final String ID = Fixture.id(7);

    private final Fixture fx = new Fixture();

    @Test
    void r13SaysAnnualReportOnceAndTheNextStep() {
        fx.entity("测试店");
        assertThat(fx.findings(RuleCode.R13)).singleElement().extracting(Finding::detail).asString()
                .contains("未报送2024年度年报").doesNotContain("年度年度").endsWith("请督促补报。");
    }

    @ParameterizedTest(name = "report {0}, roster {1}: {2}")
    @CsvSource({"1, 3, 年报比名册少2人", "5, 3, 年报比名册多2人"})
    void r06SaysMoreOrFewerNeverASignedDifference(int reported, int roster, String expected) {
        var e = fx.entity("测试店").report(reported);
        for (int i = 0; i < roster; i++) {
            fx.member(Fixture.id(i + 1), "张三").worksAt(e);
        }
        assertThat(fx.findings(RuleCode.R06)).singleElement().extracting(Finding::detail).asString()
                .contains(expected, "测试店2024年度年报").doesNotContain("相差", "-", " ");
    }

    @Test
    void r07HasNoSpaceBeforeTheReportYear() {
        fx.entity("测试店").report(2024, 0, ReportedOrgForm.BRANCH, null);
        assertThat(fx.findings(RuleCode.R07)).singleElement().extracting(Finding::detail).asString()
                .contains("测试店2024年度年报").doesNotContain(" ");
    }

    @Test
    void r09NamesTheStatusAndSaysAllOnlyForSeveralUnits() {
        var one = fx.entity("注销的店").status(RegistrationStatus.CANCELLED);
        fx.org("350102000001").covers(one);
        var a = fx.entity("吊销的店").status(RegistrationStatus.REVOKED);
        var b = fx.entity("迁出的店").status(RegistrationStatus.MOVED_OUT);
        fx.org("350102000002").covers(a, b);
        var details = fx.findings(RuleCode.R09).stream().map(Finding::detail).toList();
        assertThat(details).hasSize(2);
        assertThat(details.get(0)).contains("覆盖的1个已登记单位已注销").doesNotContain("均", "非存续");
        assertThat(details.get(1)).contains("覆盖的2个已登记单位均已吊销或迁出（吊销1个、迁出1个）");
    }

    @Test
    void r11AndR01EndWithTheNextStep() {
        var e = fx.entity("甲店");
        fx.org("350102000001").type(OrgType.JOINT_BRANCH).covers(e)
                .coversUscc(Fixture.uscc(901)).coversUscc(Fixture.uscc(902)).coversUscc(Fixture.uscc(903))
                .coversUscc(Fixture.uscc(904)).coversUscc(Fixture.uscc(905));
        assertThat(fx.findings(RuleCode.R11)).singleElement().extracting(Finding::detail).asString().endsWith("建议拆分调整。");
        var op = fx.entity("市场开办公司");
        fx.market("SC001", "示例市场", op.uscc, Fixture.GULOU);
        assertThat(fx.findings(RuleCode.R01)).singleElement().extracting(Finding::detail).asString()
                .endsWith("建议指导市场开办者建立党组织。");
    }

    @Test
    void r04SaysRelationNotTransferredInOneWording() {
        fx.member(ID, "欧阳娜娜").org("999999000001");
        fx.rider("美团", "S1", Fixture.CANGSHAN, null, ID, "欧阳娜娜", "中共党员", true);
        assertThat(fx.findings(RuleCode.R04)).singleElement().extracting(Finding::detail).asString()
                .contains("组织关系未转入").doesNotContain("未转接");
    }

    @Test
    void r05WithADemocraticPartySaysTheRecordsDisagree() {
        fx.org("350102000001");
        fx.member(ID, "欧阳娜娜");
        fx.rider("美团", "S1", Fixture.CANGSHAN, null, ID, "欧阳娜娜", "民盟盟员", true);
        assertThat(fx.findings(RuleCode.R05)).singleElement().extracting(Finding::detail).asString()
                .contains("政治面貌登记为民盟盟员，与党员名册不一致").doesNotContain("隐形党员");
    }

    @Test
    void r05WithTheMassesIsStillAHiddenMember() {
        fx.org("350102000001");
        fx.member(ID, "欧阳娜娜");
        fx.rider("美团", "S1", Fixture.CANGSHAN, null, ID, "欧阳娜娜", "群众", true);
        assertThat(fx.findings(RuleCode.R05)).singleElement().extracting(Finding::detail).asString()
                .contains("政治面貌登记为群众", "疑似隐形党员");
    }

    @Test
    void everyRuleSentenceEndsWithAFullStop() {
        fx.entity("测试店");
        fx.entity("乙店").report(2024, 0, ReportedOrgForm.BRANCH, null);
        assertThat(fx.run().findings()).isNotEmpty().allSatisfy(f -> assertThat(f.detail()).endsWith("。"));
    }
}
