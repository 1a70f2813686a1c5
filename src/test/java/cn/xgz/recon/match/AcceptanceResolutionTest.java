package cn.xgz.recon.match;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xgz.recon.match.AcceptanceData.Expected;
import cn.xgz.recon.reference.RegionTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every row of both acceptance sets' expected-resolution.csv resolves to the expected entity by the expected method. */
class AcceptanceResolutionTest {

    static Stream<Arguments> sets() {
        return Stream.of(
                Arguments.of("basic", (Supplier<List<RegisteredName>>) AcceptanceData::basicRegistrations),
                Arguments.of("messy", (Supplier<List<RegisteredName>>) AcceptanceData::messyRegistrations));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sets")
    void everyExpectedResolutionIsReproduced(String set, Supplier<List<RegisteredName>> registrations) {
        List<Expected> expected = AcceptanceData.expected(AcceptanceData.set(set));
        NameResolver resolver = NameResolver.of(
                registrations.get(), new NameNormalizer(RegionTable.fujian()), MatchSettings.defaults(), 1);

        List<MatchDecision> decisions = resolver.resolve(expected.stream().map(Expected::query).toList());

        List<String> wrong = new ArrayList<>();
        Map<String, Integer> perVariant = new TreeMap<>();
        for (int i = 0; i < expected.size(); i++) {
            Expected e = expected.get(i);
            MatchDecision d = decisions.get(i);
            perVariant.merge(e.variant(), 1, Integer::sum);
            // an AMBIGUOUS row must be unresolved for that reason, not for a region conflict
            MatchDecision.Unresolved reason = e.variant().equals("AMBIGUOUS")
                    ? MatchDecision.Unresolved.AMBIGUOUS
                    : e.method() == MatchMethod.UNRESOLVED ? MatchDecision.Unresolved.NO_CANDIDATE : null;
            if (d.method() != e.method() || !Objects.equals(d.uscc(), e.expectedUscc()) || d.reason() != reason) {
                wrong.add(e.kind() + " " + e.variant() + " [" + e.nameText() + "] expected " + e.method() + " "
                        + e.expectedUscc() + " got " + d);
            }
        }
        assertThat(wrong).as("wrong decisions").isEmpty();
        assertThat(perVariant).containsKeys("EXACT", "PADD", "PDROP", "LLC", "FW", "TYPO_SUB", "TYPO_INS",
                "TYPO_DEL", "AMBIGUOUS", "UNREGISTERED", "PLATFORM", "USCC", "USCC_ABBR", "USCC_UNREG");
    }
}
