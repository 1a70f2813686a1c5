package cn.xgz.recon.rules;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xgz.recon.source.EntityScale;
import cn.xgz.recon.source.EntityType;
import cn.xgz.recon.source.OrgStatus;
import cn.xgz.recon.source.RegistrationStatus;
import cn.xgz.recon.source.ReportedOrgForm;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EntityFiguresTest {

    private static EntityFact fact(Fixture fx, Fixture.RegBuilder e) {
        return fx.run().entities().of(e.uscc).orElseThrow();
    }

    @Nested
    class Scope {

        static Stream<Arguments> kinds() {
            return Stream.of(
                    Arguments.of("个体工商户", EntityType.INDIVIDUAL, null, false, true),
                    Arguments.of("微型企业", EntityType.ENTERPRISE, EntityScale.MICRO, false, true),
                    Arguments.of("小型企业", EntityType.ENTERPRISE, EntityScale.SMALL, false, true),
                    Arguments.of("规模空白的企业", EntityType.ENTERPRISE, null, false, true),
                    Arguments.of("中型企业", EntityType.ENTERPRISE, EntityScale.MEDIUM, false, false),
                    Arguments.of("大型企业", EntityType.ENTERPRISE, EntityScale.LARGE, false, false),
                    Arguments.of("合作社", EntityType.COOPERATIVE, null, false, false),
                    Arguments.of("市场内的中型企业", EntityType.ENTERPRISE, EntityScale.MEDIUM, true, true),
                    Arguments.of("市场内的合作社", EntityType.COOPERATIVE, null, true, true));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("kinds")
        void smallTypesAndMarketTradersAreInScope(String label, EntityType type, EntityScale scale, boolean inMarket,
                boolean inScope) {
            Fixture fx = new Fixture();
            var e = fx.entity(label).type(type);
            e.scale = scale;
            if (inMarket) {
                e.market("SC1");
                fx.market("SC1", "测试市场", Fixture.uscc(999), Fixture.GULOU);
            }
            assertThat(fact(fx, e).inScope()).isEqualTo(inScope);
        }

        @Test
        void aMediumMarketOperatorIsInScope() {
            Fixture fx = new Fixture();
            var op = fx.entity("市场管理有限公司").enterprise(EntityScale.MEDIUM);
            fx.market("SC1", "测试市场", op.uscc, Fixture.GULOU);
            assertThat(fact(fx, op).inScope()).isTrue();
        }

        static Stream<Arguments> inactive() {
            return Stream.of(
                    Arguments.of(RegistrationStatus.REVOKED, LocalDate.of(2010, 1, 1)),
                    Arguments.of(RegistrationStatus.CANCELLED, LocalDate.of(2010, 1, 1)),
                    Arguments.of(RegistrationStatus.MOVED_OUT, LocalDate.of(2010, 1, 1)),
                    Arguments.of(RegistrationStatus.ACTIVE, Fixture.RUN.plusDays(1)));
        }

        @ParameterizedTest
        @MethodSource("inactive")
        void inactiveOrNotYetEstablishedEntitiesAreOutOfScope(RegistrationStatus status, LocalDate established) {
            Fixture fx = new Fixture();
            var e = fx.entity("小吃店").status(status).established(established);
            assertThat(fact(fx, e).active()).isFalse();
            assertThat(fact(fx, e).inScope()).isFalse();
        }

        @Test
        void anEntityEstablishedOnTheRunDateIsActive() {
            Fixture fx = new Fixture();
            var e = fx.entity("小吃店").established(Fixture.RUN);
            assertThat(fact(fx, e).inScope()).isTrue();
        }
    }

    @Nested
    class LatestReport {

        @Test
        void theGreatestYearNotAfterTheRunYearCounts() {
            Fixture fx = new Fixture();
            var e = fx.entity("小吃店")
                    .report(2022, 5, ReportedOrgForm.BRANCH, null)
                    .report(2024, 1, ReportedOrgForm.NONE, null)
                    .report(2023, 4, ReportedOrgForm.NONE, null);
            assertThat(fact(fx, e).latestReportYear()).isEqualTo(2024);
            assertThat(fact(fx, e).reportedMembers()).isEqualTo(1);
        }

        @Test
        void aReportForALaterYearThanTheRunIsIgnored() {
            Fixture fx = new Fixture();
            var e = fx.entity("小吃店").report(2024, 1, ReportedOrgForm.NONE, null).report(2026, 9, ReportedOrgForm.NONE, null);
            assertThat(fact(fx, e).reportedMembers()).isEqualTo(1);
        }

        @Test
        void withoutAReportAIsZero() {
            Fixture fx = new Fixture();
            var e = fx.entity("小吃店");
            assertThat(fact(fx, e).latestReportYear()).isZero();
            assertThat(fact(fx, e).reportedMembers()).isZero();
        }
    }

    @Nested
    class RosterFigures {

        @Test
        void distinctRosterWorkersCountInPAndFullMembersInPf() {
            Fixture fx = new Fixture();
            var e = fx.entity("小吃店");
            fx.member(Fixture.id(1), "张三").worksAt(e);
            fx.member(Fixture.id(2), "李四").worksAt(e).probationary();
            EntityFact f = fact(fx, e);
            assertThat(f.rosterMembers()).isEqualTo(2);
            assertThat(f.fullMembers()).isEqualTo(1);
        }

        @Test
        void theLegalRepresentativeInTheRosterCountsOnceEvenWhenWorkingThere() {
            Fixture fx = new Fixture();
            var e = fx.entity("小吃店").legalRep("张三", Fixture.id(1));
            fx.member(Fixture.id(1), "张三").worksAt(e);
            assertThat(fact(fx, e).rosterMembers()).isEqualTo(1);
        }

        @Test
        void aLegalRepresentativeWorkingElsewhereCountsInBothEntities() {
            Fixture fx = new Fixture();
            var workplace = fx.entity("五金店");
            var represented = fx.entity("小吃店").legalRep("张三", Fixture.id(1));
            fx.member(Fixture.id(1), "张三").worksAt(workplace);
            assertThat(fact(fx, workplace).rosterMembers()).isEqualTo(1);
            assertThat(fact(fx, represented).rosterMembers()).isEqualTo(1);
            assertThat(fact(fx, represented).fullMembers()).isEqualTo(1);
        }

        @Test
        void aLegalRepresentativeOutsideTheRosterDoesNotCount() {
            Fixture fx = new Fixture();
            var e = fx.entity("小吃店").legalRep("张三", Fixture.id(1));
            assertThat(fact(fx, e).rosterMembers()).isZero();
        }

        @Test
        void dIsTheGreaterOfRosterAndReport() {
            Fixture fx = new Fixture();
            var e = fx.entity("小吃店").report(2);
            fx.member(Fixture.id(1), "张三").worksAt(e);
            assertThat(fact(fx, e).memberBase()).isEqualTo(2);
        }
    }

    @Nested
    class Coverage {

        @Test
        void coveredByUsccOrByResolvedNameOfActiveOrganisationsInCodeOrder() {
            Fixture fx = new Fixture();
            var e = fx.entity("小吃店");
            fx.org("350102000009").covers(e);
            fx.org("350102000003").coversName("鼓楼小吃店", e);
            assertThat(fact(fx, e).coveringOrgCodes()).containsExactly("350102000003", "350102000009");
        }

        @Test
        void revokedOrNotYetEstablishedOrganisationsDoNotCover() {
            Fixture fx = new Fixture();
            var e = fx.entity("小吃店");
            fx.org("350102000001").covers(e).status(OrgStatus.REVOKED);
            fx.org("350102000002").covers(e).established(Fixture.RUN.plusDays(1));
            assertThat(fact(fx, e).covered()).isFalse();
        }

        @Test
        void anOrganisationWithBlankEstablishmentDateCovers() {
            Fixture fx = new Fixture();
            var e = fx.entity("小吃店");
            fx.org("350102000001").covers(e).established(null);
            assertThat(fact(fx, e).covered()).isTrue();
        }
    }

    @Test
    void eligibilityBasisAndSectionAreReported() {
        Fixture fx = new Fixture();
        var e = fx.entity("小吃店").industry("6210").report(3);
        var blank = fx.entity("无行业店").industry(null);
        assertThat(fact(fx, e).eligibleBasis()).isEqualTo("ANNUAL_REPORT");
        assertThat(fact(fx, e).industrySection()).isEqualTo("H");
        assertThat(fact(fx, blank).industrySection()).isEmpty();
    }

    @Test
    void inScopeStreamsInRegistrationOrderAndUnknownUsccIsEmpty() {
        Fixture fx = new Fixture();
        var a = fx.entity("甲店");
        fx.entity("乙公司").enterprise(EntityScale.LARGE);
        var c = fx.entity("丙店");
        ReconciliationResult r = fx.run();
        assertThat(r.entities().inScope().map(EntityFact::uscc)).containsExactly(a.uscc, c.uscc);
        assertThat(r.entities().of(Fixture.uscc(12345))).isEmpty();
    }
}
