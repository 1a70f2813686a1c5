package cn.xgz.recon.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.xgz.recon.source.Source;
import cn.xgz.recon.source.SourceData;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What the reconciler does around the rules: skipping, data-quality notes, ordering, alignment, determinism. */
class ReconcilerTest {

    static Stream<Arguments> missingSources() {
        return Stream.of(
                Arguments.of(Source.MARKETS, List.of(RuleCode.R01)),
                Arguments.of(Source.RIDERS, List.of(RuleCode.R04, RuleCode.R05, RuleCode.R10)),
                Arguments.of(Source.ANNUAL_REPORTS, List.of(RuleCode.R01, RuleCode.R02, RuleCode.R03, RuleCode.R04,
                        RuleCode.R05, RuleCode.R06, RuleCode.R07, RuleCode.R08, RuleCode.R13)),
                Arguments.of(Source.PARTY_MEMBERS, List.of(RuleCode.R01, RuleCode.R02, RuleCode.R03, RuleCode.R04,
                        RuleCode.R05, RuleCode.R06, RuleCode.R10)),
                Arguments.of(Source.PARTY_ORGS, List.of(RuleCode.R01, RuleCode.R02, RuleCode.R03, RuleCode.R04,
                        RuleCode.R07, RuleCode.R08, RuleCode.R09, RuleCode.R10, RuleCode.R11)),
                Arguments.of(Source.REGISTRATIONS, List.of(RuleCode.R01, RuleCode.R02, RuleCode.R03, RuleCode.R04,
                        RuleCode.R05, RuleCode.R06, RuleCode.R07, RuleCode.R08, RuleCode.R09, RuleCode.R10, RuleCode.R12,
                        RuleCode.R13)));
    }

    @ParameterizedTest
    @MethodSource("missingSources")
    void aMissingSourceSkipsExactlyTheRulesThatReadIt(Source missing, List<RuleCode> skipped) {
        ReconciliationResult r = new Fixture().without(missing).run();
        assertThat(r.skippedRules().keySet()).containsExactlyInAnyOrderElementsOf(skipped);
        assertThat(r.skippedRules().values()).allSatisfy(reason -> assertThat(reason).contains(missing.label(), "未运行"));
    }

    @Test
    void r12NeedsTheRosterOrTheOrganisations() {
        ReconciliationResult r = new Fixture().without(Source.PARTY_MEMBERS, Source.PARTY_ORGS).run();
        assertThat(r.skippedRules()).containsKey(RuleCode.R12);
        assertThat(new Fixture().without(Source.PARTY_MEMBERS).run().skippedRules()).doesNotContainKey(RuleCode.R12);
    }

    @Test
    void withoutR03ThereAreNoProposals() {
        Fixture fx = new Fixture().without(Source.PARTY_ORGS);
        fx.entity("甲店").report(1);
        fx.entity("乙店").report(2);
        assertThat(fx.run().proposals()).isEmpty();
    }

    @Test
    void danglingReferencesAreDataQualityNotesNotDrops() {
        Fixture fx = new Fixture();
        var e = fx.entity("市场里的店").market("SC404").report(1);
        fx.org("350102000001").coversUscc(Fixture.uscc(777));
        fx.market("SC1", "某市场", Fixture.uscc(778), Fixture.GULOU);
        ReconciliationResult r = fx.run();
        assertThat(r.notes()).extracting(DataQualityNote::kind)
                .containsExactlyInAnyOrder("所在市场编号不在台账中", "覆盖单位未登记", "市场开办者未登记");
        // the entity still trades in SC404 as far as its findings and scope go
        assertThat(r.findings()).filteredOn(f -> f.subjectKey().equals(e.uscc) && f.rule() == RuleCode.R03).singleElement()
                .extracting(Finding::marketId).isEqualTo("SC404");
    }

    @Test
    void aResolutionNotAlignedWithTheRosterIsRefused() {
        Fixture fx = new Fixture();
        fx.member(Fixture.id(1), "张三");
        SourceData data = fx.data();
        NameResolution wrong = new NameResolution(List.of(), List.of());
        Reconciler reconciler = new Reconciler(Fixture.REGIONS, Fixture.INDUSTRIES, AcceptanceData.KEYS);
        assertThatThrownBy(() -> reconciler.reconcile(data, wrong, Fixture.RUN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("党员信息");
    }

    @Test
    void findingsComeInCsvOrderWithoutLifecycle() {
        Fixture fx = new Fixture();
        fx.entity("仓山店").region(Fixture.CANGSHAN).report(1);
        fx.entity("鼓楼店").report(1);
        fx.entity("思明店").region(Fixture.SIMING);
        ReconciliationResult r = fx.run();
        assertThat(r.findings()).isSortedAccordingTo(Finding.CSV_ORDER).hasSizeGreaterThan(3)
                .allSatisfy(f -> assertThat(f.status()).isNull());
    }

    @Test
    void resolutionRecordsListEveryMemberDecisionAndCoveredName() {
        Fixture fx = new Fixture();
        var e = fx.entity("鼓楼店");
        fx.member(Fixture.id(1), "张三").worksAt(e);
        fx.member(Fixture.id(2), "李四");
        fx.org("350102000001").coversName("鼓楼店", e).coversName("无名店", null);
        assertThat(fx.run().resolutions()).extracting(NameResolutionRecord::kind, NameResolutionRecord::subjectKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("MEMBER", Fixture.keyOf(Fixture.id(1))),
                        org.assertj.core.groups.Tuple.tuple("ORG_COVERED_NAME", "350102000001"),
                        org.assertj.core.groups.Tuple.tuple("ORG_COVERED_NAME", "350102000001"));
    }

    @Test
    void theResultDoesNotDependOnTheOrderOfRidersOrReports() {
        Fixture fx = new Fixture();
        for (int i = 0; i < 6; i++) {
            fx.entity("店" + i).report(i % 3);
        }
        for (int i = 0; i < 4; i++) {
            fx.rider("美团", "S1", Fixture.CANGSHAN, null, Fixture.id(i + 1), "骑手" + i, "中共党员", true);
        }
        SourceData data = fx.data();
        Reconciler reconciler = new Reconciler(Fixture.REGIONS, Fixture.INDUSTRIES, AcceptanceData.KEYS);
        ReconciliationResult a = reconciler.reconcile(data, fx.resolution(), Fixture.RUN);
        List<cn.xgz.recon.source.AnnualReport> reports = new ArrayList<>(data.annualReports());
        Collections.shuffle(reports, new Random(1));
        List<cn.xgz.recon.source.Rider> riders = new ArrayList<>(data.riders());
        Collections.shuffle(riders, new Random(2));
        SourceData shuffled = new SourceData(data.present(), data.registrations(), reports, riders, data.partyOrgs(),
                data.partyMembers(), data.markets());
        ReconciliationResult b = reconciler.reconcile(shuffled, fx.resolution(), Fixture.RUN);
        assertThat(b.findings()).isEqualTo(a.findings());
        assertThat(b.proposals()).isEqualTo(a.proposals());
        assertThat(b.counties()).isEqualTo(a.counties());
    }
}
