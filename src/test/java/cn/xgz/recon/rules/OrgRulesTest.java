package cn.xgz.recon.rules;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xgz.recon.source.OrgStatus;
import cn.xgz.recon.source.OrgType;
import cn.xgz.recon.source.RegistrationStatus;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The organisation rules: R09, R11 and R12's covered-name part. */
class OrgRulesTest {

    private final Fixture fx = new Fixture();

    @Nested
    class InactiveUnits {

        @Test
        void anOrganisationWhoseRegisteredUnitsAreAllGoneIsReported() {
            var a = fx.entity("注销的店").status(RegistrationStatus.CANCELLED);
            var b = fx.entity("吊销的店").status(RegistrationStatus.REVOKED);
            fx.org("350102000001").type(OrgType.JOINT_BRANCH).covers(a).coversName("吊销的店", b)
                    .coversUscc(Fixture.uscc(999)); // unregistered: not a registered unit
            assertThat(fx.findings(RuleCode.R09)).singleElement().satisfies(f -> {
                assertThat(f.subjectType()).isEqualTo(SubjectType.ORG);
                assertThat(f.subjectKey()).isEqualTo("350102000001");
                assertThat(f.metric()).isEqualTo(2);
                assertThat(f.regionCode()).isEqualTo(Fixture.GULOU);
            });
        }

        @Test
        void oneActiveUnitKeepsTheOrganisationAlive() {
            var gone = fx.entity("注销的店").status(RegistrationStatus.CANCELLED);
            var alive = fx.entity("存续的店");
            fx.org("350102000001").type(OrgType.JOINT_BRANCH).covers(gone, alive);
            assertThat(fx.findings(RuleCode.R09)).isEmpty();
        }

        @Test
        void noRegisteredUnitMeansNothingToJudge() {
            fx.org("350102000001").coversUscc(Fixture.uscc(999)).coversName("不存在的店", null);
            fx.org("350102000002");
            assertThat(fx.findings(RuleCode.R09)).isEmpty();
        }

        @Test
        void aRevokedOrganisationIsNotReported() {
            var gone = fx.entity("注销的店").status(RegistrationStatus.CANCELLED);
            fx.org("350102000001").covers(gone).status(OrgStatus.REVOKED);
            assertThat(fx.findings(RuleCode.R09)).isEmpty();
        }
    }

    @Nested
    class OversizedJointBranch {

        @ParameterizedTest(name = "{0} USCCs + {1} names → {2}")
        @CsvSource({"5, 0, false", "6, 0, true", "3, 2, false", "3, 3, true", "0, 6, true"})
        void aJointBranchWithMoreThanFiveUnitsResolvedOrNotIsReported(int usccs, int names, boolean reported) {
            var org = fx.org("350102000001").type(OrgType.JOINT_BRANCH);
            for (int i = 0; i < usccs; i++) {
                org.coversUscc(Fixture.uscc(500 + i)); // registered or not does not matter
            }
            for (int i = 0; i < names; i++) {
                org.coversName("某某店" + i, i % 2 == 0 ? fx.entity("某某店" + i) : null);
            }
            assertThat(fx.findings(RuleCode.R11)).hasSize(reported ? 1 : 0)
                    .allSatisfy(f -> assertThat(f.metric()).isEqualTo(usccs + names));
        }

        @Test
        void onlyActiveJointBranchesCount() {
            var plain = fx.org("350102000001").type(OrgType.BRANCH);
            var revoked = fx.org("350102000002").type(OrgType.JOINT_BRANCH).status(OrgStatus.REVOKED);
            for (int i = 0; i < 6; i++) {
                plain.coversUscc(Fixture.uscc(500 + i));
                revoked.coversUscc(Fixture.uscc(600 + i));
            }
            assertThat(fx.findings(RuleCode.R11)).isEmpty();
        }
    }

    @Nested
    class UnresolvedCoveredNames {

        @Test
        void anActiveOrganisationWithUnresolvedNamesIsReportedOnceWithTheirCount() {
            var e = fx.entity("鼓楼测试店");
            fx.org("350102000001").coversName("鼓楼测试店", e).coversName("甲公司", null).coversName("乙公司", null);
            assertThat(fx.findings(RuleCode.R12)).singleElement().satisfies(f -> {
                assertThat(f.subjectType()).isEqualTo(SubjectType.ORG);
                assertThat(f.basis()).isEqualTo("COVERED_NAME");
                assertThat(f.metric()).isEqualTo(2);
                assertThat(f.detail()).contains("甲公司、乙公司");
            });
        }

        @Test
        void aRevokedOrganisationsNamesAreNotReported() {
            fx.org("350102000001").coversName("甲公司", null).status(OrgStatus.REVOKED);
            assertThat(fx.findings(RuleCode.R12)).isEmpty();
        }
    }
}
