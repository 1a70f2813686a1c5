package cn.xgz.recon.rules;

import cn.xgz.recon.source.PartyOrg;
import cn.xgz.recon.source.RegistrationStatus;
import cn.xgz.recon.source.Source;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** R09: an active organisation all of whose registered covered units are no longer in operation. */
final class OrgWithInactiveUnitsRule implements Rule {

    @Override
    public RuleCode code() {
        return RuleCode.R09;
    }

    @Override
    public Set<Source> requires() {
        return EnumSet.of(Source.PARTY_ORGS, Source.REGISTRATIONS);
    }

    @Override
    public List<Finding> apply(RunFacts f) {
        List<Finding> out = new ArrayList<>();
        List<PartyOrg> orgs = f.data.partyOrgs();
        for (int o = 0; o < orgs.size(); o++) {
            int[] units = f.orgUnits[o];
            if (!f.orgActive[o] || units.length == 0 || anyActive(f, units)) {
                continue;
            }
            PartyOrg org = orgs.get(o);
            List<RegistrationStatus> statuses = new ArrayList<>(units.length);
            for (int pos : units) {
                statuses.add(f.regs.status(pos));
            }
            String detail = RuleTexts.r09(org.orgName(), statuses);
            out.add(Findings.of(code(), SubjectType.ORG, org.orgCode(), org.orgName(), org.regionCode(), units.length,
                    null, detail));
        }
        return out;
    }

    private static boolean anyActive(RunFacts f, int[] units) {
        for (int pos : units) {
            if (f.active.get(pos)) {
                return true;
            }
        }
        return false;
    }
}
