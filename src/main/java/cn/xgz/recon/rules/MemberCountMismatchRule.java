package cn.xgz.recon.rules;

import cn.xgz.recon.source.Source;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** R06: the latest annual report's member count differs from the roster persons tied to the entity. */
final class MemberCountMismatchRule implements Rule {

    @Override
    public RuleCode code() {
        return RuleCode.R06;
    }

    @Override
    public Set<Source> requires() {
        return EnumSet.of(Source.REGISTRATIONS, Source.ANNUAL_REPORTS, Source.PARTY_MEMBERS);
    }

    @Override
    public List<Finding> apply(RunFacts f) {
        List<Finding> out = new ArrayList<>();
        for (int pos = f.inScope.nextSetBit(0); pos >= 0; pos = f.inScope.nextSetBit(pos + 1)) {
            if (!f.hasLatestReport(pos) || f.reportedMembers[pos] == f.rosterMembers[pos]) {
                continue;
            }
            int diff = f.reportedMembers[pos] - f.rosterMembers[pos];
            String detail = RuleTexts.r06(f.regs.name(pos), f.latestYear[pos], f.reportedMembers[pos], f.rosterMembers[pos]);
            out.add(Findings.entity(f, code(), pos, diff, null, detail));
        }
        return out;
    }
}
