package cn.xgz.recon.rules;

import cn.xgz.recon.source.MemberType;
import cn.xgz.recon.source.PoliticalStatus;
import cn.xgz.recon.source.Rider;
import cn.xgz.recon.source.Source;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** R10: a delivery station with 3 or more active full-member riders whose operator is blank or not covered. */
final class UncoveredStationRule implements Rule {

    static final int MIN_FULL_MEMBERS = 3;

    @Override
    public RuleCode code() {
        return RuleCode.R10;
    }

    @Override
    public Set<Source> requires() {
        return EnumSet.of(Source.RIDERS, Source.PARTY_MEMBERS, Source.PARTY_ORGS, Source.REGISTRATIONS);
    }

    @Override
    public List<Finding> apply(RunFacts f) {
        List<Finding> out = new ArrayList<>();
        for (Station s : Station.all(f)) {
            int members = s.fullMemberRiders(f);
            if (members < MIN_FULL_MEMBERS || (s.operatorUscc != null && f.coveredUscc(s.operatorUscc))) {
                continue;
            }
            String detail = RuleTexts.r10(s.name, members, s.operatorUscc,
                    s.operatorUscc != null && f.regIndex.contains(s.operatorUscc));
            out.add(Findings.of(code(), SubjectType.STATION, s.key, s.name, s.regionCode, members, null, detail));
        }
        return out;
    }

    /** A station (平台|配送站点编号) as its rider rows describe it: the first row's county, the first non-blank name and operator. */
    static final class Station {
        final String key;
        String name;
        final String regionCode;
        String operatorUscc;
        final List<Rider> rows = new ArrayList<>();

        private Station(Rider first) {
            this.key = first.stationKey();
            this.regionCode = first.stationRegionCode();
        }

        static List<Station> all(RunFacts f) {
            Map<String, Station> byKey = new LinkedHashMap<>();
            for (Rider r : f.data.riders()) {
                Station s = byKey.computeIfAbsent(r.stationKey(), k -> new Station(r));
                s.rows.add(r);
                if (s.name == null && r.stationName() != null && !r.stationName().isEmpty()) {
                    s.name = r.stationName();
                }
                if (s.operatorUscc == null && r.stationOperatorUscc() != null && !r.stationOperatorUscc().isEmpty()) {
                    s.operatorUscc = r.stationOperatorUscc();
                }
            }
            byKey.values().forEach(s -> {
                if (s.name == null) {
                    s.name = s.key;
                }
            });
            return new ArrayList<>(byKey.values());
        }

        /** Distinct IDs of active riders who are full members: roster 正式党员, or outside the roster declaring 中共党员. */
        int fullMemberRiders(RunFacts f) {
            Set<String> ids = new HashSet<>();
            for (Rider r : rows) {
                if (!r.active()) {
                    continue;
                }
                Integer m = f.rosterById.get(r.idNumber());
                boolean full = m != null
                        ? f.data.partyMembers().get(m).type() == MemberType.FULL
                        : PoliticalStatus.declaresFullMembership(r.politicalStatus());
                if (full) {
                    ids.add(r.idNumber());
                }
            }
            return ids.size();
        }
    }
}
