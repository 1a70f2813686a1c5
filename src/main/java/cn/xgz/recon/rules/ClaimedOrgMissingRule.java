package cn.xgz.recon.rules;

import cn.xgz.recon.source.ReportedOrgForm;
import cn.xgz.recon.source.Source;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** R07: the latest report claims a 党委/党总支/党支部, but no active organisation covers the entity. */
final class ClaimedOrgMissingRule implements Rule {

    @Override
    public RuleCode code() {
        return RuleCode.R07;
    }

    @Override
    public Set<Source> requires() {
        return EnumSet.of(Source.REGISTRATIONS, Source.ANNUAL_REPORTS, Source.PARTY_ORGS);
    }

    @Override
    public List<Finding> apply(RunFacts f) {
        List<Finding> out = new ArrayList<>();
        for (int pos = f.inScope.nextSetBit(0); pos >= 0; pos = f.inScope.nextSetBit(pos + 1)) {
            ReportedOrgForm form = f.latestForm(pos);
            if (form == null || !form.claimsOrganisation() || f.covered(pos)) {
                continue;
            }
            String detail = RuleTexts.r07(f.regs.name(pos), f.latestYear[pos], form.label());
            out.add(Findings.entity(f, code(), pos, 0, null, detail));
        }
        return out;
    }
}
