package cn.xgz.recon.match;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xgz.recon.match.MatchDecision.Unresolved;
import cn.xgz.recon.reference.Region;
import cn.xgz.recon.reference.RegionTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Seeded random registries crowded with near-identical names, resolved by the indexed resolver and by a brute-force
 * reading of rules.md that compares every name with every registration: the two must agree on every decision, and
 * the decisions must not depend on the thread count.
 */
class ResolverOracleTest {

    private static final RegionTable REGIONS = RegionTable.fujian();
    private static final NameNormalizer NORMALIZER = new NameNormalizer(REGIONS);

    /** A small alphabet, so that trade names collide and lie one character apart often. */
    private static final String TRADE = "鑫源达通恒泰盛华兴隆昌顺";
    private static final String[] INDUSTRY = {"贸易", "电子商务", "汽车维修", "建材", "餐饮管理", "信息技术"};
    private static final String[] FORM = {"有限公司", "有限责任公司", "商行", "经营部"};

    @ParameterizedTest(name = "seed {0}, max edits {1}")
    @CsvSource({"1, 1", "2, 1", "20250930, 1", "4, 2"})
    void indexedResolutionAgreesWithBruteForceForAnyThreadCount(long seed, int maxEdits) {
        MatchSettings settings = maxEdits == 1
                ? MatchSettings.defaults()
                : new MatchSettings(0.6, 0.05, maxEdits, MatchSettings.DEFAULT_MIN_FUZZY_LENGTH, 5);
        Random random = new Random(seed);
        List<Region> counties = REGIONS.counties();
        List<RegisteredName> registry = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            Region county = counties.get(random.nextInt(counties.size()));
            String prefix = random.nextInt(3) == 0 ? REGIONS.nameOf(Region.cityOf(county.code())) : "";
            registry.add(new RegisteredName(Fixtures.uscc(county.code(), i), prefix + name(random), county.code()));
        }
        List<NameQuery> queries = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            String text = random.nextBoolean()
                    ? variant(registry.get(random.nextInt(registry.size())).name(), random, counties)
                    : name(random);
            queries.add(NameQuery.ofName(text));
        }

        List<MatchDecision> expected = bruteForce(registry, queries, settings);
        List<MatchDecision> oneThread = NameResolver.of(registry, NORMALIZER, settings, 1).resolve(queries);
        for (int threads = 1; threads <= 4; threads++) {
            NameResolver.Builder b = NameResolver.builder(NORMALIZER, settings).minPerThread(1);
            registry.forEach(b::add);
            List<MatchDecision> actual = b.build(threads).resolve(queries);
            List<String> disagreements = new ArrayList<>();
            for (int i = 0; i < queries.size(); i++) {
                MatchDecision e = expected.get(i);
                MatchDecision a = actual.get(i);
                boolean same = a.method() == e.method()
                        && Objects.equals(a.uscc(), e.uscc())
                        && a.reason() == e.reason()
                        && (e.reason() != Unresolved.AMBIGUOUS || a.candidates().equals(e.candidates()));
                if (!same) {
                    disagreements.add(queries.get(i).nameText() + ": expected " + e + " got " + a);
                }
            }
            assertThat(disagreements).as("disagreements with %d threads", threads).isEmpty();
            assertThat(actual).as("decisions with %d threads", threads).isEqualTo(oneThread);
        }
        assertThat(expected).extracting(MatchDecision::method)
                .contains(MatchMethod.EXACT, MatchMethod.FUZZY, MatchMethod.UNRESOLVED);
        assertThat(expected).extracting(MatchDecision::reason).contains(Unresolved.values());
    }

    private static String name(Random random) {
        StringBuilder b = new StringBuilder();
        int len = 2 + random.nextInt(3);
        for (int i = 0; i < len; i++) {
            b.append(TRADE.charAt(random.nextInt(TRADE.length())));
        }
        return b.append(INDUSTRY[random.nextInt(INDUSTRY.length)]).append(FORM[random.nextInt(FORM.length)]).toString();
    }

    /** A name as a member might write it: a region added or dropped, a bracket, or one character off. */
    private static String variant(String name, Random random, List<Region> counties) {
        String core = NORMALIZER.normalize(name).core();
        int at = random.nextInt(core.length());
        char other = TRADE.charAt(random.nextInt(TRADE.length()));
        return switch (random.nextInt(7)) {
            case 0 -> core;
            case 1 -> counties.get(random.nextInt(counties.size())).name() + core;
            case 2 -> core.substring(0, at) + other + core.substring(Math.min(core.length(), at + 1));
            case 3 -> core.substring(0, at) + other + core.substring(at);
            case 4 -> core.length() > 2 ? core.substring(0, at) + core.substring(at + 1) : core;
            case 5 -> "（" + core.substring(0, at) + "）" + core.substring(at);
            default -> name;
        };
    }

    // ---- the brute-force reading of rules.md ----

    private static List<MatchDecision> bruteForce(
            List<RegisteredName> registry, List<NameQuery> queries, MatchSettings settings) {
        List<NormalizedName> names = registry.stream().map(r -> NORMALIZER.normalize(r.name())).toList();
        List<MatchDecision> out = new ArrayList<>();
        for (NameQuery q : queries) {
            out.add(bruteForce(registry, names, NORMALIZER.normalize(q.nameText()), settings));
        }
        return out;
    }

    private static MatchDecision bruteForce(
            List<RegisteredName> registry, List<NormalizedName> names, NormalizedName query, MatchSettings settings) {
        String core = query.core();
        if (core.isEmpty()) {
            return unresolved(Unresolved.NO_CANDIDATE, List.of());
        }
        List<Integer> exact = new ArrayList<>();
        for (int r = 0; r < registry.size(); r++) {
            if (names.get(r).core().equals(core)) {
                exact.add(r);
            }
        }
        if (exact.size() > 1) {
            exact.sort((x, y) -> registry.get(x).uscc().compareTo(registry.get(y).uscc()));
            List<MatchDecision.Candidate> c = exact.stream()
                    .limit(settings.maxCandidates())
                    .map(r -> new MatchDecision.Candidate(registry.get(r).uscc(), registry.get(r).name(), 1.0, 0))
                    .toList();
            return unresolved(Unresolved.AMBIGUOUS, c);
        }
        if (exact.size() == 1) {
            int r = exact.get(0);
            return allowed(query, registry.get(r), names.get(r))
                    ? resolved(MatchMethod.EXACT, registry.get(r).uscc())
                    : unresolved(Unresolved.REGION_CONFLICT, List.of());
        }
        // at most maxEdits edits, the longer name at least minFuzzyLength characters
        List<MatchDecision.Candidate> close = new ArrayList<>();
        List<Integer> closeIndex = new ArrayList<>();
        for (int r = 0; r < registry.size(); r++) {
            String other = names.get(r).core();
            if (Math.max(other.length(), core.length()) < settings.minFuzzyLength()
                    || Math.abs(other.length() - core.length()) > settings.maxEdits()) { // implied by the next
                continue;
            }
            int edits = levenshtein(core, other);
            if (edits <= settings.maxEdits()) {
                close.add(new MatchDecision.Candidate(
                        registry.get(r).uscc(), registry.get(r).name(), dice(core, other), edits));
                closeIndex.add(r);
            }
        }
        List<MatchDecision.Candidate> ranked = close.stream()
                .sorted((x, y) -> x.editDistance() != y.editDistance()
                        ? Integer.compare(x.editDistance(), y.editDistance())
                        : x.score() != y.score()
                                ? Double.compare(y.score(), x.score())
                                : x.uscc().compareTo(y.uscc()))
                .limit(settings.maxCandidates())
                .toList();
        if (ranked.isEmpty() || ranked.get(0).score() < settings.threshold()) {
            return unresolved(Unresolved.NO_CANDIDATE, List.of());
        }
        MatchDecision.Candidate best = ranked.get(0);
        int tied = 1;
        while (tied < ranked.size()
                && (ranked.get(tied).editDistance() == best.editDistance()
                        || best.score() - ranked.get(tied).score() < settings.margin())) {
            tied++;
        }
        if (tied > 1) {
            return unresolved(Unresolved.AMBIGUOUS, ranked.subList(0, tied));
        }
        int r = closeIndex.get(close.indexOf(best));
        return allowed(query, registry.get(r), names.get(r))
                ? resolved(MatchMethod.FUZZY, registry.get(r).uscc())
                : unresolved(Unresolved.REGION_CONFLICT, List.of());
    }

    /** The region veto, written from rules.md with Region.cityOf rather than the resolver's int arithmetic. */
    private static boolean allowed(NormalizedName query, RegisteredName r, NormalizedName registered) {
        String named = query.namedRegion();
        if (named == null || named.equals(REGIONS.province().code())) {
            return true;
        }
        boolean city = REGIONS.cities().stream().anyMatch(c -> c.code().equals(named));
        if (city) {
            return named.equals(Region.cityOf(r.regionCode()))
                    || (registered.namedRegion() != null && named.equals(Region.cityOf(registered.namedRegion())));
        }
        return named.equals(r.regionCode()) || named.equals(registered.namedRegion());
    }

    private static int levenshtein(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            for (int j = 0; j <= b.length(); j++) {
                d[i][j] = i == 0 ? j : j == 0 ? i : Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1),
                        d[i - 1][j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
        }
        return d[a.length()][b.length()];
    }

    private static double dice(String a, String b) {
        Map<String, Integer> bigrams = new HashMap<>();
        for (int i = 0; i + 1 < a.length(); i++) {
            bigrams.merge(a.substring(i, i + 2), 1, Integer::sum);
        }
        int common = 0;
        for (int i = 0; i + 1 < b.length(); i++) {
            Integer n = bigrams.get(b.substring(i, i + 2));
            if (n != null && n > 0) {
                common++;
                bigrams.put(b.substring(i, i + 2), n - 1);
            }
        }
        return 2.0 * common / (a.length() - 1 + b.length() - 1);
    }

    private static MatchDecision resolved(MatchMethod method, String uscc) {
        return new MatchDecision(method, uscc, 1.0, null, 0, null, List.of());
    }

    private static MatchDecision unresolved(Unresolved reason, List<MatchDecision.Candidate> candidates) {
        return new MatchDecision(MatchMethod.UNRESOLVED, null, 0, null, 0, reason, candidates);
    }
}
