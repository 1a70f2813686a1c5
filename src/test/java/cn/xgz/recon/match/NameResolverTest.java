package cn.xgz.recon.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.xgz.recon.match.MatchDecision.Candidate;
import cn.xgz.recon.match.MatchDecision.Unresolved;
import cn.xgz.recon.reference.RegionTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NameResolverTest {

    private static final NameNormalizer NORMALIZER = new NameNormalizer(RegionTable.fujian());

    /** The registry every case resolves against, by a short key. */
    private static final Map<String, RegisteredName> REGISTRY = new LinkedHashMap<>();

    static {
        register("A", "鑫源达贸易有限公司", "350203");
        register("B", "鑫源通贸易有限公司", "350102");
        register("C", "通欣夏（厦门）物流有限公司", "350212");
        register("D", "厦门市浩集欣钢结构有限责任公司", "350212");
        register("E", "洁莎玉小吃店", "350602");
        register("F", "螟休凸退汽车维修有限公司", "350212");
        register("G", "鹏程万里电子商行", "350203");
        register("H", "恒通五金商店", "350203");
        register("I", "恒通五金建材店", "350203");
        register("J", "珠合虹电气工程有限公司", "350104");
        register("K", "周宁柜泊九酗茶业有限公司", "350925");
        register("L", "丰泽区柜泊九刘茶业有限公司", "350503");
        register("M", "厦门市同名贸易有限公司", "350203");
        register("N", "福州市同名贸易有限公司", "350102");
        register("O", "厦门航旅天下酒店管理有限公司", "350102");
        register("P", "屹寿绿果蔬店", "350503");
    }

    private static void register(String key, String name, String county) {
        REGISTRY.put(key, new RegisteredName(Fixtures.uscc(county, 1000 + REGISTRY.size()), name, county));
    }

    private static final NameResolver RESOLVER = resolver(MatchSettings.defaults());

    private static NameResolver resolver(MatchSettings settings) {
        return NameResolver.of(REGISTRY.values(), NORMALIZER, settings, 1);
    }

    private static String uscc(String key) {
        return key == null ? null : REGISTRY.get(key).uscc();
    }

    private static MatchDecision resolve(NameResolver resolver, String text, String usccGiven) {
        return resolver.resolve(List.of(new NameQuery(text, usccGiven))).get(0);
    }

    static Stream<Arguments> resolvedVariants() {
        return Stream.of(
                Arguments.of("exact", "鑫源达贸易有限公司", "A", MatchMethod.EXACT),
                Arguments.of("half-width brackets", "通欣夏(厦门)物流有限公司", "C", MatchMethod.EXACT),
                Arguments.of("other brackets and spaces", "通欣夏 【厦门】 物流有限公司", "C", MatchMethod.EXACT),
                Arguments.of("full-width letters", "通欣夏（厦门）物流有限公司　", "C", MatchMethod.EXACT),
                Arguments.of("有限公司 → 有限责任公司", "通欣夏（厦门）物流有限责任公司", "C", MatchMethod.EXACT),
                Arguments.of("有限责任公司 → 有限公司, prefix dropped", "浩集欣钢结构有限公司", "D", MatchMethod.EXACT),
                Arguments.of("prefix dropped", "浩集欣钢结构有限责任公司", "D", MatchMethod.EXACT),
                Arguments.of("city without 市", "厦门浩集欣钢结构有限公司", "D", MatchMethod.EXACT),
                Arguments.of("county instead of city", "同安区浩集欣钢结构有限公司", "D", MatchMethod.EXACT),
                Arguments.of("province only", "福建浩集欣钢结构有限公司", "D", MatchMethod.EXACT),
                Arguments.of("福建省 added", "福建省洁莎玉小吃店", "E", MatchMethod.EXACT),
                Arguments.of("福建 added", "福建洁莎玉小吃店", "E", MatchMethod.EXACT),
                Arguments.of("city added", "漳州市洁莎玉小吃店", "E", MatchMethod.EXACT),
                Arguments.of("city without 市 added", "漳州洁莎玉小吃店", "E", MatchMethod.EXACT),
                Arguments.of("county added", "芗城区洁莎玉小吃店", "E", MatchMethod.EXACT),
                Arguments.of("county without 区 added", "芗城洁莎玉小吃店", "E", MatchMethod.EXACT),
                Arguments.of("province, city and county added", "福建省漳州市芗城区洁莎玉小吃店", "E", MatchMethod.EXACT),
                Arguments.of("own name carries the named city", "厦门市航旅天下酒店管理有限公司", "O", MatchMethod.EXACT),
                Arguments.of("registered county's city named", "福州航旅天下酒店管理有限公司", "O", MatchMethod.EXACT),
                Arguments.of("one wrong character", "螟休凸及汽车维修有限公司", "F", MatchMethod.FUZZY),
                Arguments.of("one extra character", "螟磨休凸退汽车维修有限公司", "F", MatchMethod.FUZZY),
                Arguments.of("one missing character", "螟休退汽车维修有限公司", "F", MatchMethod.FUZZY),
                Arguments.of("typo with a compatible prefix", "厦门市螟休凸及汽车维修有限公司", "F", MatchMethod.FUZZY),
                Arguments.of("typo in an 8-character name", "鹏程万星电子商行", "G", MatchMethod.FUZZY),
                Arguments.of("missing character of an 8-character name", "鹏程万电子商行", "G", MatchMethod.FUZZY));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("resolvedVariants")
    void variantOfARegisteredNameResolvesToIt(String variant, String text, String key, MatchMethod method) {
        MatchDecision d = resolve(RESOLVER, text, null);

        assertThat(d.method()).isEqualTo(method);
        assertThat(d.uscc()).isEqualTo(uscc(key));
        assertThat(d.reason()).isNull();
        assertThat(d.resolved()).isTrue();
    }

    static Stream<Arguments> unresolvedNames() {
        return Stream.of(
                Arguments.of("two names one character away", "鑫源贸易有限公司", Unresolved.AMBIGUOUS, List.of("A", "B")),
                Arguments.of("equally close in different regions", "周宁柜泊九习茶业有限公司", Unresolved.AMBIGUOUS,
                        List.of("K", "L")),
                Arguments.of("two registrations with one normalised name", "同名贸易有限公司", Unresolved.AMBIGUOUS,
                        List.of("M", "N")),
                Arguments.of("exact tie even when the prefix names one of them", "厦门市同名贸易有限公司",
                        Unresolved.AMBIGUOUS, List.of("M", "N")),
                Arguments.of("city conflicts", "福州市浩集欣钢结构有限公司", Unresolved.REGION_CONFLICT, List.of("D")),
                Arguments.of("county conflicts within the city", "思明区浩集欣钢结构有限公司", Unresolved.REGION_CONFLICT,
                        List.of("D")),
                Arguments.of("county without 区 conflicts", "芗城浩集欣钢结构有限公司", Unresolved.REGION_CONFLICT,
                        List.of("D")),
                Arguments.of("other city than registration and own name", "泉州航旅天下酒店管理有限公司",
                        Unresolved.REGION_CONFLICT, List.of("O")),
                Arguments.of("typo with a conflicting prefix", "福州螟休凸及汽车维修有限公司", Unresolved.REGION_CONFLICT,
                        List.of("F")),
                Arguments.of("short name one character away", "恒达五金商店", Unresolved.NO_CANDIDATE, List.of()),
                Arguments.of("7-character names one character apart", "恒达五金建材店", Unresolved.NO_CANDIDATE,
                        List.of()),
                Arguments.of("long common tail only", "赴学追勒电气工程有限公司", Unresolved.NO_CANDIDATE, List.of()),
                Arguments.of("delivery platform", "美团外卖", Unresolved.NO_CANDIDATE, List.of()),
                Arguments.of("blank", "  ", Unresolved.NO_CANDIDATE, List.of()),
                Arguments.of("punctuation only", "（）、——", Unresolved.NO_CANDIDATE, List.of()),
                Arguments.of("null text", null, Unresolved.NO_CANDIDATE, List.of()));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("unresolvedNames")
    void unresolvedNameGivesTheReasonAndTheCandidates(
            String variant, String text, Unresolved reason, List<String> candidateKeys) {
        MatchDecision d = resolve(RESOLVER, text, null);

        assertThat(d.method()).isEqualTo(MatchMethod.UNRESOLVED);
        assertThat(d.uscc()).isNull();
        assertThat(d.reason()).isEqualTo(reason);
        List<String> expected = candidateKeys.stream().map(NameResolverTest::uscc).toList();
        List<String> listed = d.candidates().stream().map(Candidate::uscc).toList();
        if (reason == Unresolved.REGION_CONFLICT) {
            // the vetoed best candidate first; closer-than-nothing others may follow
            assertThat(listed).startsWith(expected.toArray(String[]::new));
        } else {
            assertThat(listed).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @Nested
    class ByUscc {

        @Test
        void registeredUsccWinsOverAnAbbreviatedName() {
            assertThat(resolve(RESOLVER, "屹寿绿", uscc("P")))
                    .isEqualTo(new MatchDecision(MatchMethod.USCC, uscc("P"), 1.0, null, 0, null, List.of()));
        }

        @Test
        void registeredUsccWinsOverAnotherEntitysName() {
            assertThat(resolve(RESOLVER, "洁莎玉小吃店", uscc("P")).uscc()).isEqualTo(uscc("P"));
        }

        @Test
        void registeredUsccResolvesWithoutAName() {
            assertThat(resolve(RESOLVER, "", uscc("P")).method()).isEqualTo(MatchMethod.USCC);
        }

        @Test
        void usccWrittenInLowerCaseOrFullWidthIsRead() {
            String lower = uscc("P").toLowerCase(Locale.ROOT);
            String fullWidth = " " + toFullWidth(uscc("P")) + " ";
            assertThat(resolve(RESOLVER, null, lower).uscc()).isEqualTo(uscc("P"));
            assertThat(resolve(RESOLVER, null, fullWidth).uscc()).isEqualTo(uscc("P"));
        }

        @Test
        void validButUnregisteredUsccFallsBackToTheName() {
            MatchDecision d = resolve(RESOLVER, "洁莎玉小吃店", Fixtures.uscc("350602", 99_999));
            assertThat(d.method()).isEqualTo(MatchMethod.EXACT);
            assertThat(d.uscc()).isEqualTo(uscc("E"));
        }

        @Test
        void usccWithAWrongCheckCharacterFallsBackToTheName() {
            String valid = uscc("P");
            char wrong = valid.charAt(17) == '0' ? '1' : '0';
            MatchDecision d = resolve(RESOLVER, "洁莎玉小吃店", valid.substring(0, 17) + wrong);
            assertThat(d.method()).isEqualTo(MatchMethod.EXACT);
            assertThat(d.uscc()).isEqualTo(uscc("E"));
        }

        private static String toFullWidth(String s) {
            StringBuilder b = new StringBuilder();
            s.chars().forEach(c -> b.append((char) (c + 0xFEE0)));
            return b.toString();
        }
    }

    @Nested
    class Scores {

        @Test
        void fuzzyMatchReportsItsBigramSimilarity() {
            // 12 characters, one substituted in the middle: 9 of 11 bigrams shared, Dice 18/22
            MatchDecision d = resolve(RESOLVER, "螟休凸及汽车维修有限公司", null);
            assertThat(d.score()).isCloseTo(18.0 / 22, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(d.runnerUpUscc()).isNull();
        }

        @Test
        void ambiguousDecisionListsTheTiedCandidatesWithTheirEditDistance() {
            MatchDecision d = resolve(RESOLVER, "鑫源贸易有限公司", null);
            assertThat(d.candidates()).extracting(Candidate::editDistance).containsExactly(1, 1);
            assertThat(d.candidates()).extracting(Candidate::name)
                    .containsExactlyInAnyOrder("鑫源达贸易有限公司", "鑫源通贸易有限公司");
            assertThat(d.runnerUpUscc()).isEqualTo(d.candidates().get(1).uscc());
            assertThat(d.reason().label()).isEqualTo("多个登记主体名称同样接近，无法确定");
        }

        @Test
        void candidatesOfAnAmbiguousNameAreOrderedByUscc() {
            MatchDecision d = resolve(RESOLVER, "鑫源贸易有限公司", null);
            List<String> usccs = d.candidates().stream().map(Candidate::uscc).toList();
            assertThat(usccs).isSorted();
        }

        @Test
        void aHigherThresholdTurnsAWeakFuzzyMatchIntoACandidate() {
            NameResolver strict = resolver(new MatchSettings(0.9, 0.05, 1, 8, 5));
            MatchDecision d = resolve(strict, "螟休凸及汽车维修有限公司", null);
            assertThat(d.reason()).isEqualTo(Unresolved.NO_CANDIDATE);
            assertThat(d.candidates()).extracting(Candidate::uscc).containsExactly(uscc("F"));
        }

        @Test
        void twoEditsResolveOnlyWhenTheSettingsAllowThem() {
            String twoEdits = "螟休凸及汽车维有限公司";
            MatchDecision strict = resolve(RESOLVER, twoEdits, null);
            NameResolver lenient = resolver(new MatchSettings(0.6, 0.05, 2, 8, 5));
            MatchDecision loose = resolve(lenient, twoEdits, null);

            assertThat(strict.method()).isEqualTo(MatchMethod.UNRESOLVED);
            assertThat(strict.reason()).isEqualTo(Unresolved.NO_CANDIDATE);
            assertThat(loose.method()).isEqualTo(MatchMethod.FUZZY);
            assertThat(loose.uscc()).isEqualTo(uscc("F"));
        }

        @Test
        void decisionsComeBackInTheOrderOfTheQueries() {
            List<NameQuery> queries = new ArrayList<>();
            for (String key : List.of("P", "A", "E", "C")) {
                queries.add(NameQuery.ofName(REGISTRY.get(key).name()));
            }
            assertThat(RESOLVER.resolve(queries))
                    .extracting(MatchDecision::uscc)
                    .containsExactly(uscc("P"), uscc("A"), uscc("E"), uscc("C"));
        }
    }

    @Nested
    class Building {

        @Test
        void rejectsARegistrationWhoseUsccCannotBeRead() {
            NameResolver.Builder b = NameResolver.builder(NORMALIZER, MatchSettings.defaults());
            assertThatThrownBy(() -> b.add("91350203-BAD", "鑫源达贸易有限公司", "350203"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("第 1 条");
        }

        @Test
        void aBuilderIsUsedOnce() {
            NameResolver.Builder b = NameResolver.builder(NORMALIZER, MatchSettings.defaults());
            b.add(REGISTRY.get("A"));
            b.build(1);
            assertThatThrownBy(() -> b.add(REGISTRY.get("B"))).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> b.build(1)).isInstanceOf(IllegalStateException.class);
        }

        @Test
        void resolvesAgainstAnEmptyRegistry() {
            NameResolver empty = NameResolver.of(List.of(), NORMALIZER, MatchSettings.defaults(), 2);
            MatchDecision d = resolve(empty, "鑫源达贸易有限公司", uscc("A"));
            assertThat(empty.size()).isZero();
            assertThat(d.reason()).isEqualTo(Unresolved.NO_CANDIDATE);
        }

        @Test
        void rejectsSettingsOutOfRange() {
            assertThatThrownBy(() -> new MatchSettings(1.5, 0.05, 1, 8, 5))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new MatchSettings(0.7, 0.05, 3, 8, 5))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
