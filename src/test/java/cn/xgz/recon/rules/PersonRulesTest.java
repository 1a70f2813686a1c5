package cn.xgz.recon.rules;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xgz.recon.source.EntityScale;
import cn.xgz.recon.source.RegistrationStatus;
import cn.xgz.recon.source.ReportedOrgForm;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** R04 口袋党员 and R05 隐形党员: one finding per person, the record-count metric, and the region precedence. */
class PersonRulesTest {

    private static final String ID = Fixture.id(7);
    private static final String KEY = Fixture.keyOf(ID);

    private final Fixture fx = new Fixture();

    private Fixture rider(String status, boolean active) {
        return fx.rider("美团", "S1", Fixture.CANGSHAN, null, ID, "欧阳娜娜", status, active);
    }

    /** An in-scope entity whose latest report says whether its legal representative (the person) is a member. */
    private Fixture.RegBuilder represents(Boolean declaredMember) {
        return fx.entity("鼓楼测试小吃店").legalRep("欧阳娜娜", ID).report(2024, 0, ReportedOrgForm.NONE, declaredMember);
    }

    private List<Finding> persons(ReconciliationResult r) {
        return r.findings().stream().filter(f -> f.rule() == RuleCode.R04 || f.rule() == RuleCode.R05).toList();
    }

    @Nested
    class NotInRoster {

        @ParameterizedTest
        @ValueSource(strings = {"中共党员", "中共预备党员"})
        void anActiveRiderDeclaringMembershipOutsideTheRosterIsPocket(String status) {
            rider(status, true);
            assertThat(persons(fx.run())).singleElement().satisfies(f -> {
                assertThat(f.rule()).isEqualTo(RuleCode.R04);
                assertThat(f.basis()).isEqualTo("NOT_IN_ROSTER");
                assertThat(f.subjectType()).isEqualTo(SubjectType.PERSON);
                assertThat(f.subjectKey()).isEqualTo(KEY);
                assertThat(f.subjectName()).isEqualTo("欧***");
                assertThat(f.metric()).isEqualTo(1);
                assertThat(f.regionCode()).isEqualTo(Fixture.CANGSHAN);
                assertThat(f.detail()).contains("美团骑手政治面貌登记为" + status).doesNotContain(ID).doesNotContain("欧阳娜娜");
            });
        }

        @Test
        void aRiderWhoLeftIsNotADeclarationButStillARecord() {
            rider("中共党员", false);
            assertThat(persons(fx.run())).isEmpty();
            represents(true);
            assertThat(persons(fx.run())).singleElement().extracting(Finding::metric).isEqualTo(2L);
        }

        @Test
        void aRiderDeclaringNothingIsNotReported() {
            rider("群众", true);
            assertThat(persons(fx.run())).isEmpty();
        }

        @Test
        void aLegalRepresentativeDeclaredAMemberByTheLatestReportIsPocket() {
            represents(true);
            assertThat(persons(fx.run())).singleElement().satisfies(f -> {
                assertThat(f.basis()).isEqualTo("NOT_IN_ROSTER");
                assertThat(f.detail()).contains("鼓楼测试小吃店年报填报法定代表人为中共党员");
                assertThat(f.regionCode()).isEqualTo(Fixture.GULOU);
            });
        }

        @Test
        void onlyTheLatestReportSpeaks() {
            fx.entity("鼓楼测试小吃店").legalRep("欧阳娜娜", ID)
                    .report(2023, 0, ReportedOrgForm.NONE, true)
                    .report(2024, 0, ReportedOrgForm.NONE, false);
            assertThat(persons(fx.run())).isEmpty();
        }

        @Test
        void aDeclarationByAnOutOfScopeEntityDoesNotCount() {
            represents(true).enterprise(EntityScale.LARGE);
            assertThat(persons(fx.run())).isEmpty();
        }

        @Test
        void aRiderWhoIsAlsoALegalRepresentativeGetsOneFindingNamingBothSources() {
            rider("中共党员", true);
            represents(true);
            fx.entity("已注销的旧店").legalRep("欧阳娜娜", ID).status(RegistrationStatus.CANCELLED);
            assertThat(persons(fx.run())).singleElement().satisfies(f -> {
                assertThat(f.rule()).isEqualTo(RuleCode.R04);
                assertThat(f.detail()).contains("美团骑手政治面貌登记为中共党员", "鼓楼测试小吃店年报填报法定代表人为中共党员");
                // one rider row and two registrations (any status) carry the ID
                assertThat(f.metric()).isEqualTo(3);
                // the rider station comes before the represented entity
                assertThat(f.regionCode()).isEqualTo(Fixture.CANGSHAN);
            });
        }
    }

    @Nested
    class Hidden {

        /** The member's organisation is in party-orgs, in the same city as every place they work. */
        @org.junit.jupiter.api.BeforeEach
        void organisationInTheSameCity() {
            fx.org("350102000001");
        }

        @Test
        void aRosterMemberRecordedAsAnotherPartyIsHiddenNeverPocket() {
            fx.member(ID, "欧阳娜娜");
            rider("中国国民党革命委员会党员", true);
            assertThat(persons(fx.run())).singleElement().satisfies(f -> {
                assertThat(f.rule()).isEqualTo(RuleCode.R05);
                assertThat(f.basis()).isEqualTo("RIDER");
                assertThat(f.metric()).isEqualTo(2);
            });
        }

        @Test
        void aRosterMemberDeclaringMembershipIsNotHidden() {
            fx.member(ID, "欧阳娜娜");
            rider("中共党员", true);
            represents(true);
            assertThat(persons(fx.run())).isEmpty();
        }

        @ParameterizedTest(name = "rider {0}, report says member {1} → {2}")
        @CsvSource({"群众, false, RIDER+LEGAL_REP", "群众, true, RIDER", "中共党员, false, LEGAL_REP", "中共党员, , ''"})
        void basisNamesTheSourcesThatDisagreeWithTheRoster(String status, Boolean declared, String basis) {
            fx.member(ID, "欧阳娜娜");
            rider(status, true);
            represents(declared);
            List<Finding> r05 = persons(fx.run()).stream().filter(f -> f.rule() == RuleCode.R05).toList();
            if (basis.isEmpty()) {
                assertThat(r05).isEmpty();
            } else {
                assertThat(r05).singleElement().satisfies(f -> {
                    assertThat(f.basis()).isEqualTo(basis);
                    assertThat(f.metric()).isEqualTo(3);
                });
            }
        }

        @Test
        void aRiderWhoLeftDoesNotMakeAMemberHidden() {
            fx.member(ID, "欧阳娜娜");
            rider("群众", false);
            assertThat(persons(fx.run())).isEmpty();
        }
    }

    @Nested
    class RelationNotTransferred {

        private Fixture.MemberBuilder workingInGulou(String orgCode) {
            var e = fx.entity("鼓楼测试五金店");
            return fx.member(ID, "欧阳娜娜").worksAt(e).org(orgCode);
        }

        @Test
        void anOrganisationOutsideTheJurisdictionMeansTheRelationWasNotTransferred() {
            workingInGulou("440305500009");
            assertThat(persons(fx.run())).singleElement().satisfies(f -> {
                assertThat(f.rule()).isEqualTo(RuleCode.R04);
                assertThat(f.basis()).isEqualTo("RELATION_NOT_TRANSFERRED");
                assertThat(f.regionCode()).isEqualTo(Fixture.GULOU);
                assertThat(f.detail()).contains("440305500009");
            });
        }

        @Test
        void anOrganisationInAnotherCityMeansTheRelationWasNotTransferred() {
            workingInGulou("350203000002");
            fx.org("350203000002").region(Fixture.SIMING);
            assertThat(persons(fx.run())).singleElement().satisfies(f -> assertThat(f.detail()).contains("厦门市"));
        }

        @Test
        void anOrganisationInTheSameCityIsFine() {
            workingInGulou("350104000002");
            fx.org("350104000002").region(Fixture.CANGSHAN);
            assertThat(persons(fx.run())).isEmpty();
        }

        @Test
        void oneWorkplaceInTheOrganisationsCityIsEnough() {
            workingInGulou("350203000002");
            fx.org("350203000002").region(Fixture.SIMING);
            fx.rider("美团", "S9", Fixture.SIMING, null, ID, "欧阳娜娜", "中共党员", true);
            assertThat(persons(fx.run())).isEmpty();
        }

        @Test
        void aRiderStationIsAPlaceOfWork() {
            fx.member(ID, "欧阳娜娜").org("440305500009");
            rider("中共党员", true);
            assertThat(persons(fx.run())).singleElement().satisfies(f -> {
                assertThat(f.basis()).isEqualTo("RELATION_NOT_TRANSFERRED");
                assertThat(f.regionCode()).isEqualTo(Fixture.CANGSHAN);
            });
        }

        @Test
        void flowingMembersAreExempt() {
            workingInGulou("440305500009").flowing(true);
            assertThat(persons(fx.run())).isEmpty();
        }

        @Test
        void aBlankFlowingFlagIsNotFlowing() {
            workingInGulou("440305500009").flowing(null);
            assertThat(persons(fx.run())).hasSize(1);
        }

        @Test
        void someoneWithNoPlaceOfWorkInTheJurisdictionIsNotReported() {
            var large = fx.entity("大公司").enterprise(EntityScale.LARGE);
            fx.member(ID, "欧阳娜娜").worksAt(large).org("440305500009");
            fx.member(Fixture.id(8), "张三").org("440305500009").worksAtUnresolved("某某公司");
            assertThat(persons(fx.run())).isEmpty();
        }

        @Test
        void aHiddenMemberCanAlsoHaveAnUntransferredRelation() {
            fx.member(ID, "欧阳娜娜").org("440305500009");
            rider("群众", true);
            assertThat(persons(fx.run())).extracting(f -> f.rule() + "/" + f.basis())
                    .containsExactly("R04/RELATION_NOT_TRANSFERRED", "R05/RIDER");
        }
    }

    @Nested
    class Region {

        @Test
        void theInScopeWorkplaceComesFirst() {
            var e = fx.entity("鼓楼测试五金店");
            fx.member(ID, "欧阳娜娜").worksAt(e).org("350203000002");
            fx.org("350203000002").region(Fixture.SIMING);
            rider("群众", true);
            assertThat(persons(fx.run())).allSatisfy(f -> assertThat(f.regionCode()).isEqualTo(Fixture.GULOU));
        }

        @Test
        void thenTheFirstActiveRiderStation() {
            fx.member(ID, "欧阳娜娜").org("350203000002");
            fx.org("350203000002").region(Fixture.SIMING);
            fx.rider("美团", "S0", "350105", null, ID, "欧阳娜娜", "群众", false);
            rider("群众", true);
            represents(false);
            assertThat(persons(fx.run())).allSatisfy(f -> assertThat(f.regionCode()).isEqualTo(Fixture.CANGSHAN));
        }

        @Test
        void thenTheRepresentedInScopeEntity() {
            fx.member(ID, "欧阳娜娜").org("350203000002");
            fx.org("350203000002").region(Fixture.SIMING);
            fx.entity("大公司").enterprise(EntityScale.LARGE).region("350105").legalRep("欧阳娜娜", ID);
            represents(false);
            assertThat(persons(fx.run())).singleElement().satisfies(f -> {
                assertThat(f.rule()).isEqualTo(RuleCode.R05);
                assertThat(f.regionCode()).isEqualTo(Fixture.GULOU);
            });
        }

        @Test
        void thenTheOrganisationsCountyWhenItIsInPartyOrgs() {
            fx.member(ID, "欧阳娜娜").org("350203000002").worksAtUnresolved("不存在的公司");
            fx.org("350203000002").region(Fixture.SIMING);
            assertThat(fx.findings(RuleCode.R12)).singleElement()
                    .satisfies(f -> assertThat(f.regionCode()).isEqualTo(Fixture.SIMING));
        }

        @Test
        void elseBlank() {
            fx.member(ID, "欧阳娜娜").org("440305500009").worksAtUnresolved("不存在的公司");
            assertThat(fx.findings(RuleCode.R12)).singleElement().satisfies(f -> {
                assertThat(f.regionCode()).isNull();
                assertThat(f.cityCode()).isNull();
            });
        }
    }
}
