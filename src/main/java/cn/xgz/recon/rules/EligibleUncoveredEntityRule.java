package cn.xgz.recon.rules;

import cn.xgz.recon.source.Source;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** R02: an in-scope entity with 3 or more members that no active organisation covers. */
final class EligibleUncoveredEntityRule implements Rule {

    @Override
    public RuleCode code() {
        return RuleCode.R02;
    }

    @Override
    public Set<Source> requires() {
        return EnumSet.of(Source.REGISTRATIONS, Source.ANNUAL_REPORTS, Source.PARTY_MEMBERS, Source.PARTY_ORGS);
    }

    @Override
    public List<Finding> apply(RunFacts f) {
        List<Finding> out = new ArrayList<>();
        for (int pos = f.inScope.nextSetBit(0); pos >= 0; pos = f.inScope.nextSetBit(pos + 1)) {
            String basis = f.eligibleBasis(pos);
            if (basis == null || f.covered(pos)) {
                continue;
            }
            String detail = RuleTexts.r02(f.regs.name(pos), f.fullMembers[pos], f.reportedMembers[pos], "ROSTER".equals(basis));
            out.add(Findings.entity(f, code(), pos, Math.max(f.fullMembers[pos], f.reportedMembers[pos]), basis, detail));
        }
        return out;
    }
}
