package cn.xgz.recon.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class JointBranchPackerTest {

    private static JointBranchCandidate unit(int n, int d, String market, String region, String section) {
        return new JointBranchCandidate(String.format("U%05d", n), "单位" + n, d, market, region, section);
    }

    private static List<ProposalRow> pack(List<JointBranchCandidate> cs) {
        return JointBranchPacker.pack(cs, m -> "350102");
    }

    private static List<ProposalRow> placed(List<ProposalRow> rows) {
        return rows.stream().filter(ProposalRow::placed).toList();
    }

    /** The best (placed, proposals) for one group by exhaustive search over every packing: the reference optimum. */
    static int[] bruteForce(int[] ds) {
        Map<Integer, int[]> memo = new HashMap<>();
        return best((1 << ds.length) - 1, ds, memo);
    }

    private static int[] best(int left, int[] ds, Map<Integer, int[]> memo) {
        if (left == 0) {
            return new int[] {0, 0};
        }
        int[] cached = memo.get(left);
        if (cached != null) {
            return cached;
        }
        int first = Integer.numberOfTrailingZeros(left);
        int rest = left & ~(1 << first);
        int[] bestSoFar = best(rest, ds, memo); // leave `first` unplaced
        for (int sub = rest; sub > 0; sub = (sub - 1) & rest) { // or put it in a proposal with `sub`
            int size = Integer.bitCount(sub) + 1;
            if (size > JointBranchPacker.MAX_UNITS) {
                continue;
            }
            int sum = ds[first];
            for (int i = 0; i < ds.length; i++) {
                if ((sub & (1 << i)) != 0) {
                    sum += ds[i];
                }
            }
            if (sum < JointBranchPacker.MIN_MEMBERS) {
                continue;
            }
            int[] r = best(rest & ~sub, ds, memo);
            int[] cand = {r[0] + size, r[1] + 1};
            if (cand[0] > bestSoFar[0] || (cand[0] == bestSoFar[0] && cand[1] < bestSoFar[1])) {
                bestSoFar = cand;
            }
        }
        memo.put(left, bestSoFar);
        return bestSoFar;
    }

    static IntStream seeds() {
        return IntStream.rangeClosed(1, 300);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aRandomGroupIsPackedAsWellAsExhaustiveSearchCan(int seed) {
        Random rnd = new Random(seed);
        int n = rnd.nextInt(11); // 0..10 units
        int[] ds = new int[n];
        List<JointBranchCandidate> cs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ds[i] = rnd.nextInt(10) < 7 ? 1 : 1 + rnd.nextInt(4); // mostly 1, some up to 4
            cs.add(unit(i, ds[i], null, "350102", "F"));
        }
        List<ProposalRow> p = placed(pack(cs));
        int[] want = bruteForce(ds);
        assertThat(p.stream().mapToInt(r -> r.unitUsccs().size()).sum()).isEqualTo(want[0]);
        assertThat(p).hasSize(want[1]);
        assertThat(p).allSatisfy(r -> {
            assertThat(r.unitUsccs()).hasSizeBetween(2, 5);
            assertThat(r.memberTotal()).isGreaterThanOrEqualTo(3);
        });
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void randomMixedGroupsArePackedOptimallyPerGroupAndIndependentlyOfInputOrder(int seed) {
        Random rnd = new Random(seed * 7919L);
        List<JointBranchCandidate> cs = new ArrayList<>();
        String[] marketIds = {"SC1", "SC2", null, null, null};
        String[] regions = {"350102", "350104"};
        String[] sections = {"F", "H", ""};
        int n = rnd.nextInt(25);
        for (int i = 0; i < n; i++) {
            cs.add(unit(i, 1 + (rnd.nextInt(10) < 8 ? 0 : rnd.nextInt(3)), marketIds[rnd.nextInt(marketIds.length)],
                    regions[rnd.nextInt(2)], sections[rnd.nextInt(3)]));
        }
        List<ProposalRow> rows = pack(cs);

        Map<String, JointBranchCandidate> byUscc = new HashMap<>();
        cs.forEach(c -> byUscc.put(c.uscc(), c));
        // every unit listed exactly once
        List<String> listed = rows.stream().flatMap(r -> r.unitUsccs().stream()).toList();
        assertThat(listed).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(byUscc.keySet());
        // each group is optimal: a market, or a county+section with the units of markets that could not be packed
        Map<String, int[]> got = new HashMap<>();
        for (ProposalRow r : placed(rows)) {
            boolean market = JointBranchPacker.MARKET.equals(r.groupKind());
            String g = market ? "M" + r.marketId() : r.regionCode() + "|" + r.industrySection();
            got.merge(g, new int[] {r.unitUsccs().size(), 1}, (a, b) -> new int[] {a[0] + b[0], a[1] + b[1]});
            for (String u : r.unitUsccs()) {
                JointBranchCandidate c = byUscc.get(u);
                assertThat(market ? "M" + c.marketId() : c.regionCode() + "|" + c.industrySection()).isEqualTo(g);
            }
        }
        Map<String, List<JointBranchCandidate>> markets = new HashMap<>();
        cs.stream().filter(c -> c.marketId() != null)
                .forEach(c -> markets.computeIfAbsent("M" + c.marketId(), k -> new ArrayList<>()).add(c));
        Map<String, int[]> want = new HashMap<>();
        Map<String, List<JointBranchCandidate>> areas = new HashMap<>();
        markets.forEach((g, units) -> {
            int[] opt = bruteForce(units.stream().mapToInt(JointBranchCandidate::memberBase).toArray());
            if (opt[0] > 0) {
                want.put(g, opt);
            } else {
                units.forEach(c -> areas.computeIfAbsent(c.regionCode() + "|" + c.industrySection(), k -> new ArrayList<>()).add(c));
            }
        });
        cs.stream().filter(c -> c.marketId() == null)
                .forEach(c -> areas.computeIfAbsent(c.regionCode() + "|" + c.industrySection(), k -> new ArrayList<>()).add(c));
        areas.forEach((g, units) -> {
            int[] opt = bruteForce(units.stream().mapToInt(JointBranchCandidate::memberBase).toArray());
            if (opt[0] > 0) {
                want.put(g, opt);
            }
        });
        assertThat(got).usingRecursiveComparison().isEqualTo(want);
        // the same set in another order gives the same rows, ids included
        List<JointBranchCandidate> shuffled = new ArrayList<>(cs);
        Collections.shuffle(shuffled, new Random(seed));
        assertThat(pack(shuffled)).isEqualTo(rows);
    }

    @Nested
    class Edges {

        @ParameterizedTest(name = "D {0} → {1} placed in {2}")
        @CsvSource({
            "'', 0, 0",
            "'5', 0, 0", // a single unit, however large, cannot form a joint branch
            "'1 1', 0, 0",
            "'1 2', 2, 1",
            "'3 1', 2, 1",
            "'1 1 1', 3, 1",
            "'1 1 1 1 1', 5, 1",
            "'1 1 1 1 1 1', 6, 2",
            "'1 1 1 1 1 1 1 1 1 1', 10, 2",
            "'1 1 1 1 1 1 1 1 1 1 1', 11, 3",
        })
        void groupSizesAndSums(String ds, int placedUnits, int proposals) {
            List<JointBranchCandidate> cs = new ArrayList<>();
            String[] parts = ds.isBlank() ? new String[0] : ds.split(" ");
            for (int i = 0; i < parts.length; i++) {
                cs.add(unit(i, Integer.parseInt(parts[i]), null, "350102", "F"));
            }
            List<ProposalRow> p = placed(pack(cs));
            assertThat(p).hasSize(proposals);
            assertThat(p.stream().mapToInt(r -> r.unitUsccs().size()).sum()).isEqualTo(placedUnits);
            // three or more units are split so that every proposal has at least 3 (any 3 units reach Σ D ≥ 3)
            assertThat(p).allSatisfy(r -> assertThat(r.unitUsccs()).hasSizeGreaterThanOrEqualTo(placedUnits >= 3 ? 3 : 2));
        }

        @Test
        void marketGroupsComeFirstAndTheirLeftoversJoinTheirCountyAndSection() {
            List<JointBranchCandidate> cs = List.of(
                    unit(1, 1, "SC1", "350102", "F"), unit(2, 1, "SC1", "350102", "F"), unit(3, 1, "SC1", "350102", "F"),
                    unit(4, 1, "SC2", "350102", "H"), // alone in its market
                    unit(5, 2, null, "350102", "H"),
                    unit(6, 1, null, "350104", "F"));
            List<ProposalRow> rows = pack(cs);
            assertThat(rows).hasSize(3);
            assertThat(rows.get(0)).satisfies(r -> {
                assertThat(r.groupKind()).isEqualTo("MARKET");
                assertThat(r.marketId()).isEqualTo("SC1");
                assertThat(r.regionCode()).isEqualTo("350102");
                assertThat(r.unitUsccs()).containsExactly("U00001", "U00002", "U00003");
                assertThat(r.memberTotal()).isEqualTo(3);
            });
            assertThat(rows.get(1)).satisfies(r -> {
                assertThat(r.groupKind()).isEqualTo("AREA_INDUSTRY");
                assertThat(r.regionCode()).isEqualTo("350102");
                assertThat(r.industrySection()).isEqualTo("H");
                assertThat(r.unitUsccs()).containsExactly("U00004", "U00005");
            });
            assertThat(rows.get(2)).satisfies(r -> {
                assertThat(r.placed()).isFalse();
                assertThat(r.unitUsccs()).containsExactly("U00006");
                assertThat(r.unitNames()).containsExactly(ProposalRow.UNPLACED_ADVICE);
                assertThat(r.memberTotal()).isEqualTo(1);
            });
        }

        @Test
        void aBlankIndustryIsItsOwnSection() {
            List<JointBranchCandidate> cs = List.of(unit(1, 2, null, "350102", ""), unit(2, 2, null, "350102", "F"));
            assertThat(placed(pack(cs))).isEmpty();
        }

        @Test
        void proposalIdsDependOnTheGroupAndItsMembersOnly() {
            List<JointBranchCandidate> cs = new ArrayList<>(List.of(unit(1, 1, null, "350102", "F"),
                    unit(2, 2, null, "350102", "F")));
            String id = placed(pack(cs)).get(0).proposalId();
            cs.add(unit(3, 1, null, "350104", "H"));
            cs.add(unit(4, 2, null, "350104", "H"));
            assertThat(placed(pack(cs))).extracting(ProposalRow::proposalId).contains(id).doesNotHaveDuplicates();
            assertThat(id).startsWith("LJ-350102-F-");
        }

        @Test
        void proposalsAreBalancedByMemberBase() {
            List<JointBranchCandidate> cs = new ArrayList<>();
            int[] ds = {3, 3, 1, 1, 1, 1, 1, 1};
            for (int i = 0; i < ds.length; i++) {
                cs.add(unit(i, ds[i], null, "350102", "F"));
            }
            assertThat(placed(pack(cs))).extracting(ProposalRow::memberTotal).containsExactlyInAnyOrder(6, 6);
        }

        @Test
        void aRepeatedUnitIsRefused() {
            assertThatThrownBy(() -> pack(List.of(unit(1, 1, null, "350102", "F"), unit(1, 2, null, "350102", "F"))))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void aCandidateWithoutMembersIsRefused() {
            assertThatThrownBy(() -> unit(1, 0, null, "350102", "F")).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
