package cn.xgz.recon.rules;

import cn.xgz.recon.source.OrgType;
import cn.xgz.recon.source.PartyOrg;
import cn.xgz.recon.source.Source;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** R11: an active 联合党支部 listing more than 5 covered units (覆盖单位一般不超过5个). */
final class OversizedJointBranchRule implements Rule {

    static final int MAX_UNITS = 5;

    @Override
    public RuleCode code() {
        return RuleCode.R11;
    }

    @Override
    public Set<Source> requires() {
        return EnumSet.of(Source.PARTY_ORGS);
    }

    @Override
    public List<Finding> apply(RunFacts f) {
        List<Finding> out = new ArrayList<>();
        List<PartyOrg> orgs = f.data.partyOrgs();
        for (int o = 0; o < orgs.size(); o++) {
            PartyOrg org = orgs.get(o);
            // registered or not, resolved or not: every listed unit is one the branch claims to cover
            int units = org.coveredUsccs().size() + org.coveredNames().size();
            if (!f.orgActive[o] || org.type() != OrgType.JOINT_BRANCH || units <= MAX_UNITS) {
                continue;
            }
            String detail = RuleTexts.r11(org.orgName(), units, MAX_UNITS);
            out.add(Findings.of(code(), SubjectType.ORG, org.orgCode(), org.orgName(), org.regionCode(), units, null,
                    detail));
        }
        return out;
    }
}
