package cn.xgz.recon.rules;

import cn.xgz.recon.reference.Region;
import cn.xgz.recon.source.EntityType;
import cn.xgz.recon.source.Formation;
import cn.xgz.recon.source.Market;
import cn.xgz.recon.source.PartyOrg;
import cn.xgz.recon.source.PoliticalStatus;
import cn.xgz.recon.source.Rider;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The half-year form's counts per county (outputs.md, 半年报送), from the run's facts and its R04/R05 findings.
 * Entities count in their own county, organisations and markets in theirs, riders and stations in the station's.
 */
final class CountyFiguresCalculator {

    private enum Col {
        MICRO, INDIVIDUAL, MARKETS, WITH_MEMBERS, BASE, ROSTER, COVERED, SINGLE, JOINT, ATTACHED, SECTOR, ELIGIBLE,
        ELIGIBLE_COVERED, BELOW_THREE, COVERED_MARKETS, RIDER_MEMBERS, COVERED_STATIONS, POCKET, HIDDEN, IN_SCOPE
    }

    private CountyFiguresCalculator() {}

    static List<CountyFigures> compute(RunFacts f, List<Finding> findings) {
        List<Region> counties = f.regions.counties();
        Map<String, Integer> idx = new HashMap<>();
        for (int i = 0; i < counties.size(); i++) {
            idx.put(counties.get(i).code(), i);
        }
        int[][] c = new int[counties.size()][Col.values().length];

        for (int pos = f.inScope.nextSetBit(0); pos >= 0; pos = f.inScope.nextSetBit(pos + 1)) {
            Integer i = idx.get(f.regs.regionCode(pos));
            if (i == null) {
                continue;
            }
            int[] row = c[i];
            row[Col.IN_SCOPE.ordinal()]++;
            EntityType type = f.regs.type(pos);
            if (type == EntityType.ENTERPRISE) {
                row[Col.MICRO.ordinal()]++;
            } else if (type == EntityType.INDIVIDUAL) {
                row[Col.INDIVIDUAL.ordinal()]++;
            }
            int d = f.memberBase(pos);
            boolean covered = f.covered(pos);
            boolean eligible = f.eligibleBasis(pos) != null;
            row[Col.BASE.ordinal()] += d;
            row[Col.ROSTER.ordinal()] += f.rosterMembers[pos];
            if (d >= 1) {
                row[Col.WITH_MEMBERS.ordinal()]++;
                if (!eligible) {
                    row[Col.BELOW_THREE.ordinal()]++;
                }
            }
            if (covered) {
                row[Col.COVERED.ordinal()]++;
            }
            if (eligible) {
                row[Col.ELIGIBLE.ordinal()]++;
                if (covered) {
                    row[Col.ELIGIBLE_COVERED.ordinal()]++;
                }
            }
        }

        List<PartyOrg> orgs = f.data.partyOrgs();
        for (int o = 0; o < orgs.size(); o++) {
            Integer i = idx.get(orgs.get(o).regionCode());
            if (i == null || !f.orgActive[o]) {
                continue;
            }
            Formation form = orgs.get(o).effectiveFormation();
            Col col = switch (form) {
                case SINGLE -> Col.SINGLE;
                case JOINT -> Col.JOINT;
                case ATTACHED -> Col.ATTACHED;
                case SECTOR -> Col.SECTOR;
            };
            c[i][col.ordinal()]++;
        }

        List<Market> markets = f.data.markets();
        for (int m = 0; m < markets.size(); m++) {
            Integer i = idx.get(markets.get(m).regionCode());
            int op = f.operatorOf(m);
            if (i == null || (op >= 0 && !f.active.get(op))) {
                continue; // a market whose operator is inactive is closed
            }
            c[i][Col.MARKETS.ordinal()]++;
            if (op >= 0 && f.covered(op)) {
                c[i][Col.COVERED_MARKETS.ordinal()]++;
            }
        }

        Set<String> riderMembers = new HashSet<>();
        for (Rider r : f.data.riders()) {
            Integer i = idx.get(r.stationRegionCode());
            if (i == null || !r.active()) {
                continue;
            }
            boolean member = f.rosterById.containsKey(r.idNumber()) || PoliticalStatus.declaresMembership(r.politicalStatus());
            if (member && riderMembers.add(r.stationRegionCode() + "|" + r.idNumber())) {
                c[i][Col.RIDER_MEMBERS.ordinal()]++;
            }
        }
        for (UncoveredStationRule.Station s : UncoveredStationRule.Station.all(f)) {
            Integer i = idx.get(s.regionCode);
            if (i != null && s.operatorUscc != null && f.coveredUscc(s.operatorUscc)) {
                c[i][Col.COVERED_STATIONS.ordinal()]++;
            }
        }

        for (Finding x : findings) {
            Integer i = x.regionCode() == null ? null : idx.get(x.regionCode());
            if (i == null) {
                continue;
            }
            if (x.rule() == RuleCode.R04) {
                c[i][Col.POCKET.ordinal()]++;
            } else if (x.rule() == RuleCode.R05) {
                c[i][Col.HIDDEN.ordinal()]++;
            }
        }

        List<CountyFigures> out = new ArrayList<>(counties.size());
        for (int i = 0; i < counties.size(); i++) {
            int[] v = c[i];
            out.add(new CountyFigures(counties.get(i).code(), v[Col.MICRO.ordinal()], v[Col.INDIVIDUAL.ordinal()],
                    v[Col.MARKETS.ordinal()], v[Col.WITH_MEMBERS.ordinal()], v[Col.BASE.ordinal()],
                    v[Col.ROSTER.ordinal()], v[Col.COVERED.ordinal()], v[Col.SINGLE.ordinal()], v[Col.JOINT.ordinal()],
                    v[Col.ATTACHED.ordinal()], v[Col.SECTOR.ordinal()], v[Col.ELIGIBLE.ordinal()],
                    v[Col.ELIGIBLE_COVERED.ordinal()], v[Col.BELOW_THREE.ordinal()], v[Col.COVERED_MARKETS.ordinal()],
                    v[Col.RIDER_MEMBERS.ordinal()], v[Col.COVERED_STATIONS.ordinal()], v[Col.POCKET.ordinal()],
                    v[Col.HIDDEN.ordinal()], v[Col.IN_SCOPE.ordinal()]));
        }
        return out;
    }
}
