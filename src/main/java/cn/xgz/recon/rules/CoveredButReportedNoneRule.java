package cn.xgz.recon.rules;

import cn.xgz.recon.source.ReportedOrgForm;
import cn.xgz.recon.source.Source;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** R08: a covered entity whose latest report says 未成立党组织. */
final class CoveredButReportedNoneRule implements Rule {

    @Override
    public RuleCode code() {
        return RuleCode.R08;
    }

    @Override
    public Set<Source> requires() {
        return EnumSet.of(Source.REGISTRATIONS, Source.ANNUAL_REPORTS, Source.PARTY_ORGS);
    }

    @Override
    public List<Finding> apply(RunFacts f) {
        List<Finding> out = new ArrayList<>();
        for (int pos = f.inScope.nextSetBit(0); pos >= 0; pos = f.inScope.nextSetBit(pos + 1)) {
            if (f.latestForm(pos) != ReportedOrgForm.NONE || !f.covered(pos)) {
                continue;
            }
            String detail = RuleTexts.r08(f.regs.name(pos), f.coveringOrgCodes(pos), f.latestYear[pos]);
            out.add(Findings.entity(f, code(), pos, 0, null, detail));
        }
        return out;
    }
}
