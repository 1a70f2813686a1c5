package cn.xgz.recon.proposal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Packs R03 entities into joint-branch proposals (rules.md, 联建建议): 2–5 units whose D(e) sum to at least 3,
 * all of one market, else all of one county and industry section; market groups first, their leftovers then join
 * their county and section.
 *
 * <p>Why this is optimal. Every D(e) ≥ 1, so any 3 units already reach the sum of 3; only a pair can fall short.
 * A group of n ≥ 3 units can therefore place all n in ⌈n/5⌉ proposals, each of at least 3 units: with k = ⌈n/5⌉,
 * n ≥ 5(k−1)+1 ≥ 3k whenever k ≥ 2 (and n ≥ 3 when k = 1), so an even split gives every proposal ⌊n/k⌋ ≥ 3 units,
 * and no packing can use fewer than ⌈n/5⌉ proposals of at most 5. A group of 2 places both in one proposal exactly
 * when their D sum to 3 or more; a single unit can never be placed. (D capped at 3 gives the same test — one unit of
 * D ≥ 3 already meets the sum — which is why the acceptance checker's bound caps it.) What is left unplaced in a
 * group is therefore all of a group of 1, or a pair short of 3: no valid proposal can be formed from it.
 */
public final class JointBranchPacker {

    public static final int MIN_UNITS = 2;
    public static final int MAX_UNITS = 5;
    public static final int MIN_MEMBERS = 3;
    public static final String MARKET = "MARKET";
    public static final String AREA_INDUSTRY = "AREA_INDUSTRY";

    private static final Comparator<JointBranchCandidate> BY_USCC = Comparator.comparing(JointBranchCandidate::uscc);

    private JointBranchPacker() {}

    /**
     * Proposals (market groups in 市场编号 order, then county+section groups in code order), then the unplaced
     * entities in county and USCC order. The result depends only on the set of candidates, not their order.
     *
     * @param marketRegion the county of a market from the ledger (null when unknown): the region column of a
     *     MARKET proposal; the first unit's county is used otherwise
     */
    public static List<ProposalRow> pack(List<JointBranchCandidate> candidates, Function<String, String> marketRegion) {
        Set<String> seen = new HashSet<>();
        for (JointBranchCandidate c : candidates) {
            if (!seen.add(c.uscc())) {
                throw new IllegalArgumentException("联建候选主体重复：" + c.uscc());
            }
        }
        Map<String, List<JointBranchCandidate>> byMarket = new TreeMap<>();
        Map<String, List<JointBranchCandidate>> byArea = new TreeMap<>();
        for (JointBranchCandidate c : candidates) {
            if (c.marketId() != null) {
                byMarket.computeIfAbsent(c.marketId(), k -> new ArrayList<>()).add(c);
            }
        }
        List<ProposalRow> proposals = new ArrayList<>();
        for (var e : byMarket.entrySet()) {
            List<List<JointBranchCandidate>> packed = packGroup(e.getValue());
            String region = marketRegion.apply(e.getKey());
            for (List<JointBranchCandidate> units : packed) {
                proposals.add(proposal(MARKET, region != null ? region : units.get(0).regionCode(), e.getKey(), null, units));
            }
            if (packed.isEmpty()) { // leftovers of a market are grouped with their county and section
                e.getValue().forEach(c -> byArea.computeIfAbsent(areaKey(c), k -> new ArrayList<>()).add(c));
            }
        }
        for (JointBranchCandidate c : candidates) {
            if (c.marketId() == null) {
                byArea.computeIfAbsent(areaKey(c), k -> new ArrayList<>()).add(c);
            }
        }
        List<JointBranchCandidate> unplaced = new ArrayList<>();
        for (List<JointBranchCandidate> group : byArea.values()) {
            List<List<JointBranchCandidate>> packed = packGroup(group);
            for (List<JointBranchCandidate> units : packed) {
                JointBranchCandidate first = units.get(0);
                proposals.add(proposal(AREA_INDUSTRY, first.regionCode(), null, first.industrySection(), units));
            }
            if (packed.isEmpty()) {
                unplaced.addAll(group);
            }
        }
        unplaced.sort(Comparator.comparing(JointBranchCandidate::regionCode).thenComparing(JointBranchCandidate::uscc));
        for (JointBranchCandidate c : unplaced) {
            proposals.add(new ProposalRow(null, null, c.regionCode(), c.marketId(), c.industrySection(), c.memberBase(),
                    List.of(c.uscc()), List.of(ProposalRow.UNPLACED_ADVICE)));
        }
        return proposals;
    }

    /**
     * The optimal packing of one group: all of it in ⌈n/5⌉ proposals when it can be placed at all, else none. Units
     * are dealt by D descending in snake order so the proposals' member totals come out even (规模适当).
     */
    static List<List<JointBranchCandidate>> packGroup(List<JointBranchCandidate> group) {
        int n = group.size();
        if (n < MIN_UNITS || (n == MIN_UNITS && group.get(0).memberBase() + group.get(1).memberBase() < MIN_MEMBERS)) {
            return List.of();
        }
        List<JointBranchCandidate> order = new ArrayList<>(group);
        order.sort(Comparator.comparingInt(JointBranchCandidate::memberBase).reversed().thenComparing(BY_USCC));
        int k = (n + MAX_UNITS - 1) / MAX_UNITS;
        List<List<JointBranchCandidate>> buckets = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            buckets.add(new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            int round = i / k;
            int slot = i % k;
            buckets.get(round % 2 == 0 ? slot : k - 1 - slot).add(order.get(i));
        }
        buckets.forEach(b -> b.sort(BY_USCC));
        return buckets;
    }

    private static String areaKey(JointBranchCandidate c) {
        return c.regionCode() + "|" + c.industrySection();
    }

    private static ProposalRow proposal(String kind, String region, String marketId, String section,
            List<JointBranchCandidate> units) {
        List<String> usccs = units.stream().map(JointBranchCandidate::uscc).toList();
        int total = units.stream().mapToInt(JointBranchCandidate::memberBase).sum();
        return new ProposalRow(proposalId(kind, region, marketId, section, usccs), kind, region, marketId, section, total,
                usccs, units.stream().map(JointBranchCandidate::name).toList());
    }

    /**
     * {@code LJ-<group>-<8 hex>}: the group and a digest of the sorted member USCCs, so a proposal keeps its id from run
     * to run as long as its members do, whatever happens to other proposals.
     */
    static String proposalId(String kind, String region, String marketId, String section, List<String> usccs) {
        String group = MARKET.equals(kind) ? "M" + marketId : region + "-" + (section.isEmpty() ? "X" : section);
        List<String> sorted = usccs.stream().sorted().toList();
        try {
            byte[] h = MessageDigest.getInstance("SHA-256")
                    .digest(String.join(";", sorted).getBytes(StandardCharsets.UTF_8));
            return "LJ-" + group + "-" + HexFormat.of().formatHex(h, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
