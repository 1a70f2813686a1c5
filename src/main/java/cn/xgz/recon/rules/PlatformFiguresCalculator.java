package cn.xgz.recon.rules;

import cn.xgz.recon.source.PoliticalStatus;
import cn.xgz.recon.source.Rider;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Per county and platform: riders, party members among them, stations and covered stations. The member and
 * covered-station tests are the county figures' own ({@link CountyFiguresCalculator}), so a county's platforms
 * add up to its 配送站点党组织数; a rider working for two platforms counts once on each.
 */
final class PlatformFiguresCalculator {

    private PlatformFiguresCalculator() {}

    static List<PlatformFigures> compute(RunFacts f) {
        Map<String, int[]> byKey = new TreeMap<>(); // county|platform, in code then platform order
        Set<String> riders = new HashSet<>();
        for (Rider r : f.data.riders()) {
            if (!r.active() || !f.regions.isCounty(r.stationRegionCode())) {
                continue;
            }
            String key = key(r.stationRegionCode(), r.platform());
            if (riders.add(key + "|" + r.idNumber())) {
                int[] v = byKey.computeIfAbsent(key, k -> new int[4]);
                v[0]++;
                if (f.rosterById.containsKey(r.idNumber()) || PoliticalStatus.declaresMembership(r.politicalStatus())) {
                    v[1]++;
                }
            }
        }
        for (UncoveredStationRule.Station s : UncoveredStationRule.Station.all(f)) {
            if (!f.regions.isCounty(s.regionCode)) {
                continue;
            }
            int[] v = byKey.computeIfAbsent(key(s.regionCode, s.rows.get(0).platform()), k -> new int[4]);
            v[2]++;
            if (s.operatorUscc != null && f.coveredUscc(s.operatorUscc)) {
                v[3]++;
            }
        }
        List<PlatformFigures> out = new ArrayList<>(byKey.size());
        byKey.forEach((k, v) -> {
            int bar = k.indexOf('|');
            out.add(new PlatformFigures(k.substring(0, bar), k.substring(bar + 1), v[0], v[1], v[2], v[3]));
        });
        return out;
    }

    private static String key(String county, String platform) {
        return county + "|" + (platform == null ? "" : platform.trim());
    }
}
