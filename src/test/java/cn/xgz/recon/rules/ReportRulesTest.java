package cn.xgz.recon.rules;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xgz.recon.source.EntityScale;
import cn.xgz.recon.source.OrgStatus;
import cn.xgz.recon.source.ReportedOrgForm;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The rules that read the annual report: R06, R07, R08, R13. */
class ReportRulesTest {

    private final Fixture fx = new Fixture();

    @Nested
    class MemberCountMismatch {

        @ParameterizedTest(name = "report {0}, roster {1} → metric {2}")
        @CsvSource({"1, 0, 1", "0, 1, -1", "5, 2, 3"})
        void theMetricIsReportMinusRoster(int reported, int roster, int metric) {
            var e = fx.entity("测试店").report(reported);
            for (int i = 0; i < roster; i++) {
                fx.member(Fixture.id(i + 1), "张三").worksAt(e);
            }
            assertThat(fx.findings(RuleCode.R06)).singleElement().satisfies(f -> {
                assertThat(f.metric()).isEqualTo(metric);
                assertThat(f.detail()).contains("2024年度年报党员" + reported + "人");
            });
        }

        @Test
        void equalFiguresOrNoReportAreNotReported() {
            var e = fx.entity("一致的店").report(1);
            fx.member(Fixture.id(1), "张三").worksAt(e);
            var none = fx.entity("没有年报的店");
            fx.member(Fixture.id(2), "李四").worksAt(none);
            assertThat(fx.findings(RuleCode.R06)).isEmpty();
        }

        @Test
        void outOfScopeEntitiesAreNotReported() {
            fx.entity("中型公司").enterprise(EntityScale.MEDIUM).report(4);
            assertThat(fx.findings(RuleCode.R06)).isEmpty();
        }
    }

    @Nested
    class ClaimedOrgMissing {

        @ParameterizedTest
        @EnumSource(value = ReportedOrgForm.class, names = {"COMMITTEE", "GENERAL_BRANCH", "BRANCH"})
        void aClaimedOrganisationWithoutAnActiveCoveringOneIsReported(ReportedOrgForm form) {
            fx.entity("测试店").report(2024, 0, form, null);
            assertThat(fx.findings(RuleCode.R07)).singleElement().satisfies(f -> {
                assertThat(f.metric()).isZero();
                assertThat(f.basis()).isNull();
                assertThat(f.detail()).contains(form.label());
            });
        }

        @Test
        void aRevokedOrFutureOrganisationDoesNotCount() {
            var e = fx.entity("测试店").report(2024, 0, ReportedOrgForm.BRANCH, null);
            fx.org("350102000001").covers(e).status(OrgStatus.REVOKED);
            fx.org("350102000002").covers(e).established(LocalDate.of(2025, 10, 1));
            assertThat(fx.findings(RuleCode.R07)).hasSize(1);
        }

        @Test
        void aCoveredEntityOrAReportOfNoOrganisationIsFine() {
            var e = fx.entity("测试店").report(2024, 0, ReportedOrgForm.BRANCH, null);
            fx.org("350102000001").covers(e);
            fx.entity("未成立的店").report(2024, 0, ReportedOrgForm.NONE, null);
            assertThat(fx.findings(RuleCode.R07)).isEmpty();
        }
    }

    @Nested
    class CoveredButReportedNone {

        @Test
        void aCoveredEntityReportingNoOrganisationIsReported() {
            var e = fx.entity("测试店").report(2024, 0, ReportedOrgForm.NONE, null);
            fx.org("350102000001").covers(e);
            assertThat(fx.findings(RuleCode.R08)).singleElement().satisfies(f -> {
                assertThat(f.metric()).isZero();
                assertThat(f.detail()).contains("350102000001", "未成立党组织");
            });
        }

        @Test
        void anUncoveredEntityOrOneWithoutAReportIsNotReported() {
            fx.entity("未覆盖的店").report(2024, 0, ReportedOrgForm.NONE, null);
            var e = fx.entity("没有年报的店");
            fx.org("350102000001").covers(e);
            assertThat(fx.findings(RuleCode.R08)).isEmpty();
        }
    }

    @Nested
    class MissingAnnualReport {

        @ParameterizedTest(name = "run {0}: required year {1}")
        @CsvSource({"2025-06-30, 2023", "2025-07-01, 2024", "2025-12-31, 2024", "2026-01-01, 2024", "2026-07-01, 2025"})
        void theRequiredYearMovesOnOn1July(LocalDate runDate, int year) {
            assertThat(RunFacts.requiredReportYear(runDate)).isEqualTo(year);
            fx.entity("测试店");
            assertThat(fx.findings(RuleCode.R13, runDate)).singleElement().satisfies(f -> {
                assertThat(f.metric()).isEqualTo(year);
                assertThat(f.detail()).contains(year + "年度");
            });
        }

        @ParameterizedTest(name = "established {0} → reported {1}")
        @CsvSource({"2024-12-31, true", "2025-01-01, false", "2010-01-01, true"})
        void entitiesEstablishedByTheEndOfTheRequiredYearOweItsReport(LocalDate established, boolean reported) {
            fx.entity("测试店").established(established);
            assertThat(fx.findings(RuleCode.R13, LocalDate.of(2025, 7, 1))).hasSize(reported ? 1 : 0);
        }

        @Test
        void aReportForTheRequiredYearSatisfiesEvenIfLaterOnesExist() {
            fx.entity("报了的店").report(2024, 0, ReportedOrgForm.NONE, null);
            fx.entity("只报了前年的店").report(2023, 0, ReportedOrgForm.NONE, null);
            assertThat(fx.findings(RuleCode.R13)).extracting(Finding::subjectName).containsExactly("只报了前年的店");
        }

        @Test
        void outOfScopeEntitiesOweNothingHere() {
            fx.entity("大公司").enterprise(EntityScale.LARGE);
            assertThat(fx.findings(RuleCode.R13)).isEmpty();
        }
    }
}
