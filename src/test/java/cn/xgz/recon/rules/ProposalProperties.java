package cn.xgz.recon.rules;

import cn.xgz.recon.proposal.JointBranchPacker;
import cn.xgz.recon.proposal.ProposalRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The properties tools/check.py judges proposals by: every R03 entity listed once; 2–5 units, Σ D ≥ 3, one market
 * or one county and section; maximality; optimality against the bound {@link #optimum}.
 */
final class ProposalProperties {

    /** One R03 entity as expected-r03.csv lists it. */
    record Unit(String uscc, int d, String marketId, String regionCode, String section) {}

    private ProposalProperties() {}

    /** check.py's opt_placed: (units placed, proposals) at best for one group. */
    static int[] optimum(List<Integer> ds) {
        int n = ds.size();
        int s = ds.stream().mapToInt(d -> Math.min(d, 3)).sum();
        if (n >= 3 || (n == 2 && s >= 3)) {
            return new int[] {n, (n + 4) / 5};
        }
        return new int[] {0, 0};
    }

    static List<String> violations(List<ProposalRow> rows, Map<String, Unit> r03) {
        List<String> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        Set<String> placed = new HashSet<>();
        Map<String, List<List<String>>> byMarket = new TreeMap<>();
        Map<String, List<List<String>>> byArea = new TreeMap<>();
        Set<String> ids = new HashSet<>();
        for (ProposalRow r : rows) {
            r.unitUsccs().forEach(u -> seen.merge(u, 1, Integer::sum));
            if (!r.placed()) {
                if (r.unitUsccs().size() != 1 || !r.unitNames().contains(ProposalRow.UNPLACED_ADVICE)) {
                    out.add("bad unplaced row " + r);
                }
                continue;
            }
            if (!ids.add(r.proposalId())) {
                out.add("duplicate id " + r.proposalId());
            }
            List<String> us = r.unitUsccs();
            placed.addAll(us);
            if (us.size() < 2 || us.size() > 5) {
                out.add("size " + r.proposalId());
            }
            int sum = us.stream().mapToInt(u -> r03.containsKey(u) ? r03.get(u).d() : 0).sum();
            if (sum < 3 || sum != r.memberTotal()) {
                out.add("sum " + r.proposalId() + " " + sum + "/" + r.memberTotal());
            }
            if (JointBranchPacker.MARKET.equals(r.groupKind())) {
                Set<String> mids = new HashSet<>();
                us.forEach(u -> mids.add(r03.containsKey(u) ? r03.get(u).marketId() : "?"));
                if (mids.size() != 1 || !mids.contains(r.marketId()) || r.marketId() == null) {
                    out.add("market group " + r.proposalId());
                } else {
                    byMarket.computeIfAbsent(r.marketId(), k -> new ArrayList<>()).add(us);
                }
            } else if (JointBranchPacker.AREA_INDUSTRY.equals(r.groupKind())) {
                Set<String> gs = new HashSet<>();
                us.forEach(u -> gs.add(r03.containsKey(u) ? r03.get(u).regionCode() + "|" + r03.get(u).section() : "?"));
                String want = r.regionCode() + "|" + (r.industrySection() == null ? "" : r.industrySection());
                if (gs.size() != 1 || !gs.contains(want)) {
                    out.add("area group " + r.proposalId());
                } else {
                    byArea.computeIfAbsent(want, k -> new ArrayList<>()).add(us);
                }
            } else {
                out.add("group kind " + r.proposalId());
            }
        }
        seen.forEach((u, c) -> {
            if (!r03.containsKey(u)) {
                out.add("not an R03 entity " + u);
            } else if (c > 1) {
                out.add("listed twice " + u);
            }
        });
        r03.keySet().stream().filter(u -> !seen.containsKey(u)).forEach(u -> out.add("absent " + u));

        Map<String, List<Unit>> leftMarket = new TreeMap<>();
        Map<String, List<Unit>> leftArea = new TreeMap<>();
        Map<String, List<Unit>> allMarket = new TreeMap<>();
        Map<String, List<Unit>> allAreaNonMarket = new TreeMap<>();
        for (Unit u : r03.values()) {
            if (u.marketId() != null) {
                allMarket.computeIfAbsent(u.marketId(), k -> new ArrayList<>()).add(u);
                if (!placed.contains(u.uscc())) {
                    leftMarket.computeIfAbsent(u.marketId(), k -> new ArrayList<>()).add(u);
                }
            } else {
                String g = u.regionCode() + "|" + u.section();
                allAreaNonMarket.computeIfAbsent(g, k -> new ArrayList<>()).add(u);
                if (!placed.contains(u.uscc())) {
                    leftArea.computeIfAbsent(g, k -> new ArrayList<>()).add(u);
                }
            }
        }
        for (var e : leftMarket.entrySet()) {
            if (optimum(e.getValue().stream().map(Unit::d).toList())[0] > 0) {
                out.add("not maximal: market " + e.getKey());
            }
        }
        for (var e : leftArea.entrySet()) {
            if (optimum(e.getValue().stream().map(Unit::d).toList())[0] > 0) {
                out.add("not maximal: area " + e.getKey());
            }
        }
        for (var e : allMarket.entrySet()) {
            int[] want = optimum(e.getValue().stream().map(Unit::d).toList());
            List<List<String>> got = byMarket.getOrDefault(e.getKey(), List.of());
            int n = got.stream().mapToInt(List::size).sum();
            if (n != want[0] || got.size() != want[1]) {
                out.add("not optimal: market " + e.getKey() + " placed " + n + " in " + got.size());
            }
        }
        Set<String> areas = new HashSet<>(allAreaNonMarket.keySet());
        areas.addAll(byArea.keySet());
        for (String g : areas) {
            List<List<String>> got = byArea.getOrDefault(g, List.of());
            Set<String> items = new HashSet<>();
            allAreaNonMarket.getOrDefault(g, List.of()).forEach(u -> items.add(u.uscc()));
            got.forEach(items::addAll);
            int[] want = optimum(items.stream().map(u -> r03.get(u).d()).toList());
            int n = got.stream().mapToInt(List::size).sum();
            if (n != want[0] || got.size() != want[1]) {
                out.add("not optimal: area " + g + " placed " + n + " in " + got.size());
            }
        }
        return out;
    }
}
