package cn.xgz.recon.rules;

import cn.xgz.recon.source.Source;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** R03: an uncovered in-scope entity with members but not enough for its own branch: a joint-branch candidate. */
final class JointBranchCandidateRule implements Rule {

    @Override
    public RuleCode code() {
        return RuleCode.R03;
    }

    @Override
    public Set<Source> requires() {
        return EnumSet.of(Source.REGISTRATIONS, Source.ANNUAL_REPORTS, Source.PARTY_MEMBERS, Source.PARTY_ORGS);
    }

    /** The rule's subjects, in registration order: the input of the joint-branch packing. */
    static boolean isCandidate(RunFacts f, int pos) {
        return f.inScope.get(pos) && !f.covered(pos) && f.eligibleBasis(pos) == null && f.memberBase(pos) >= 1;
    }

    @Override
    public List<Finding> apply(RunFacts f) {
        List<Finding> out = new ArrayList<>();
        for (int pos = f.inScope.nextSetBit(0); pos >= 0; pos = f.inScope.nextSetBit(pos + 1)) {
            if (!isCandidate(f, pos)) {
                continue;
            }
            String detail = RuleTexts.r03(f.regs.name(pos), f.memberBase(pos), f.rosterMembers[pos], f.reportedMembers[pos]);
            out.add(Findings.entity(f, code(), pos, f.memberBase(pos), null, detail));
        }
        return out;
    }
}
