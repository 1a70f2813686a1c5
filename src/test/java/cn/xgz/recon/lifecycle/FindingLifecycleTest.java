package cn.xgz.recon.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xgz.recon.rules.Finding;
import cn.xgz.recon.rules.FindingStatus;
import cn.xgz.recon.rules.RuleCode;
import cn.xgz.recon.rules.SubjectType;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FindingLifecycleTest {

    static final LocalDate D1 = LocalDate.of(2025, 9, 30);
    static final LocalDate D2 = LocalDate.of(2025, 10, 1);

    static Finding f(RuleCode rule, String key, long metric) {
        return new Finding(rule, SubjectType.ENTITY, key, "某公司", "350102", null, metric, null, "说明", null, null);
    }

    @Test
    void aKeyNotThereBeforeIsNewAndOneThereBeforeIsOpenWithItsFirstSeen() {
        List<Finding> day1 = FindingLifecycle.apply(List.of(f(RuleCode.R02, "A", 3)), List.of(), D1);
        List<Finding> day2 = FindingLifecycle.apply(List.of(f(RuleCode.R02, "A", 4), f(RuleCode.R02, "B", 3)), day1, D2);
        assertThat(day2).extracting(Finding::subjectKey, Finding::status, Finding::firstSeen, Finding::metric)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("A", FindingStatus.OPEN, D1, 4L),
                        org.assertj.core.groups.Tuple.tuple("B", FindingStatus.NEW, D2, 3L));
    }

    @Test
    void aGoneKeyIsResolvedOnceWithTheEarlierValuesThenForgotten() {
        List<Finding> day1 = FindingLifecycle.apply(List.of(f(RuleCode.R03, "A", 2)), List.of(), D1);
        List<Finding> day2 = FindingLifecycle.apply(List.of(), day1, D2);
        assertThat(day2).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(FindingStatus.RESOLVED);
            assertThat(r.metric()).isEqualTo(2);
            assertThat(r.firstSeen()).isEqualTo(D1);
        });
        assertThat(FindingLifecycle.apply(List.of(), day2, D2.plusDays(1))).isEmpty();
    }

    @Test
    void aResolvedKeyThatReturnsIsNewAgain() {
        List<Finding> day1 = FindingLifecycle.apply(List.of(f(RuleCode.R03, "A", 2)), List.of(), D1);
        List<Finding> day2 = FindingLifecycle.apply(List.of(), day1, D2);
        List<Finding> day3 = FindingLifecycle.apply(List.of(f(RuleCode.R03, "A", 2)), day2, D2.plusDays(1));
        assertThat(day3).singleElement().extracting(Finding::status, Finding::firstSeen)
                .containsExactly(FindingStatus.NEW, D2.plusDays(1));
    }

    @Test
    void aRuleThatDidNotRunResolvesNothingAndItsFindingsKeepTheirFirstSeen() {
        List<Finding> day1 = FindingLifecycle.apply(
                List.of(f(RuleCode.R10, "MT|S1", 3), f(RuleCode.R13, "A", 2024)), List.of(), D1);
        FindingLifecycle.Result day2 = FindingLifecycle.apply(List.of(f(RuleCode.R13, "A", 2024)), day1, D2,
                Set.of(RuleCode.R10));
        assertThat(day2.reported()).extracting(Finding::rule).containsExactly(RuleCode.R13);
        assertThat(day2.carried()).extracting(Finding::subjectKey).containsExactly("MT|S1");

        List<Finding> history = new java.util.ArrayList<>(day2.reported());
        history.addAll(day2.carried());
        LocalDate d3 = D2.plusDays(1);
        List<Finding> day3 = FindingLifecycle.apply(
                List.of(f(RuleCode.R10, "MT|S1", 3), f(RuleCode.R13, "A", 2024)), history, d3);
        assertThat(day3).filteredOn(x -> x.rule() == RuleCode.R10).singleElement()
                .extracting(Finding::status, Finding::firstSeen).containsExactly(FindingStatus.OPEN, D1);
    }

    @Test
    void aRuleReadingAnIncompleteSourceResolvesNothingButReportsWhatItFinds() {
        List<Finding> day1 = FindingLifecycle.apply(List.of(f(RuleCode.R02, "A", 3), f(RuleCode.R02, "B", 3),
                f(RuleCode.R13, "C", 2024)), List.of(), D1);
        FindingLifecycle.Result day2 = FindingLifecycle.apply(List.of(f(RuleCode.R02, "B", 4), f(RuleCode.R02, "N", 3)),
                day1, D2, Set.of(), new FindingLifecycle.Holds(Set.of(RuleCode.R02), java.util.Map.of()));
        assertThat(day2.reported()).extracting(Finding::subjectKey, Finding::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("B", FindingStatus.OPEN),
                org.assertj.core.groups.Tuple.tuple("N", FindingStatus.NEW),
                org.assertj.core.groups.Tuple.tuple("C", FindingStatus.RESOLVED));
        assertThat(day2.carried()).extracting(Finding::subjectKey, Finding::firstSeen)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("A", D1));
        List<Finding> history = new java.util.ArrayList<>(day2.reported());
        history.addAll(day2.carried());
        List<Finding> day3 = FindingLifecycle.apply(List.of(f(RuleCode.R02, "A", 3)), history, D2.plusDays(1));
        assertThat(day3).filteredOn(x -> x.subjectKey().equals("A")).singleElement()
                .extracting(Finding::status, Finding::firstSeen).containsExactly(FindingStatus.OPEN, D1);
    }

    @Test
    void aFindingWhoseSubjectsRowWasRejectedIsCarriedNotResolved() {
        List<Finding> day1 = FindingLifecycle.apply(List.of(f(RuleCode.R02, "A", 3), f(RuleCode.R02, "B", 3)),
                List.of(), D1);
        FindingLifecycle.Result day2 = FindingLifecycle.apply(List.of(), day1, D2, Set.of(),
                new FindingLifecycle.Holds(Set.of(), java.util.Map.of(SubjectType.ENTITY, Set.of("A"),
                        SubjectType.PERSON, Set.of("B"))));
        assertThat(day2.reported()).extracting(Finding::subjectKey, Finding::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("B", FindingStatus.RESOLVED));
        assertThat(day2.carried()).extracting(Finding::subjectKey).containsExactly("A");
    }
}
