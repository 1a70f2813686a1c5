package cn.xgz.recon.output;

import cn.xgz.recon.common.PersonKeys;
import cn.xgz.recon.rules.Finding;
import cn.xgz.recon.rules.SubjectType;
import cn.xgz.recon.source.PartyMember;
import cn.xgz.recon.source.RegistrationTable;
import cn.xgz.recon.source.Rider;
import cn.xgz.recon.source.SourceData;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code --reveal-pii}: the workbooks show a person finding's full name and ID number, for the analyst who must
 * contact the person. Only the workbooks (which then carry the 内部资料 banner); the CSVs are the machine
 * interface and stay masked. The name comes from the roster, else a rider row, else a registration naming the
 * person as legal representative — the order the rules use for the masked name.
 */
public final class PersonReveal {

    private PersonReveal() {}

    public static List<Finding> reveal(List<Finding> findings, SourceData data, PersonKeys keys) {
        Set<String> wanted = new HashSet<>();
        for (Finding f : findings) {
            if (f.subjectType() == SubjectType.PERSON) {
                wanted.add(f.subjectKey());
            }
        }
        if (wanted.isEmpty()) {
            return findings;
        }
        Map<String, String> shown = new HashMap<>();
        for (PartyMember m : data.partyMembers()) {
            note(shown, wanted, keys, m.idNumber(), m.name());
        }
        for (Rider r : data.riders()) {
            note(shown, wanted, keys, r.idNumber(), r.name());
        }
        RegistrationTable regs = data.registrationTable();
        for (int pos = 0; pos < regs.size(); pos++) {
            if (regs.hasLegalRepId(pos)) {
                note(shown, wanted, keys, regs.legalRepId(pos), regs.legalRepName(pos));
            }
        }
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            String full = f.subjectType() == SubjectType.PERSON ? shown.get(f.subjectKey()) : null;
            out.add(full == null ? f : new Finding(f.rule(), f.subjectType(), f.subjectKey(), full, f.regionCode(),
                    f.marketId(), f.metric(), f.basis(), f.detail(), f.status(), f.firstSeen()));
        }
        return out;
    }

    private static void note(Map<String, String> shown, Set<String> wanted, PersonKeys keys, String id, String name) {
        if (id == null) {
            return;
        }
        String key = keys.keyOf(id);
        if (wanted.contains(key) && !shown.containsKey(key)) {
            shown.put(key, (name == null ? "" : name) + "（" + id + "）");
        }
    }
}
