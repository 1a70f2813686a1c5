package cn.xgz.recon.rules;

import cn.xgz.recon.match.MatchDecision;
import cn.xgz.recon.source.PartyMember;
import cn.xgz.recon.source.PartyOrg;
import cn.xgz.recon.source.Source;
import cn.xgz.recon.source.SourceData;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * R12: a roster member's non-blank 工作单位 (PERSON, WORKPLACE) or an active organisation's 覆盖单位名称 (ORG,
 * COVERED_NAME) that resolved to no single registration. The member part needs the roster, the organisation part
 * party-orgs; both need the registrations they were resolved against.
 */
final class UnresolvedNameRule implements Rule {

    @Override
    public RuleCode code() {
        return RuleCode.R12;
    }

    @Override
    public Set<Source> requires() {
        return EnumSet.of(Source.REGISTRATIONS);
    }

    @Override
    public String skipReason(SourceData data) {
        String base = Rule.super.skipReason(data);
        if (base != null) {
            return base;
        }
        if (!data.has(Source.PARTY_MEMBERS) && !data.has(Source.PARTY_ORGS)) {
            return RuleTexts.ruleNotRun(Source.PARTY_MEMBERS.label() + "、" + Source.PARTY_ORGS.label());
        }
        return null;
    }

    @Override
    public List<Finding> apply(RunFacts f) {
        List<Finding> out = new ArrayList<>();
        PersonFacts persons = f.persons();
        List<PartyMember> members = f.data.partyMembers();
        for (int i = 0; i < members.size(); i++) {
            PartyMember m = members.get(i);
            MatchDecision d = f.resolution.members().get(i);
            if (m.workplaceName() == null || m.workplaceName().isBlank() || (d != null && d.resolved())) {
                continue;
            }
            PersonFacts.Person p = persons.get(m.idNumber());
            String why = d != null && d.reason() != null ? RuleTexts.r12Why(d.reason().label(), candidates(d)) : "";
            String detail = RuleTexts.r12Workplace(persons.maskedName(p), Findings.scrub(m.workplaceName()), why);
            out.add(Findings.of(code(), SubjectType.PERSON, persons.keyOf(p), persons.maskedName(p), persons.regionOf(p),
                    1, "WORKPLACE", detail));
        }
        List<PartyOrg> orgs = f.data.partyOrgs();
        for (int o = 0; o < orgs.size(); o++) {
            if (!f.orgActive[o]) {
                continue;
            }
            PartyOrg org = orgs.get(o);
            List<MatchDecision> decisions = f.resolution.orgCoveredNames().get(o);
            List<String> unresolved = new ArrayList<>();
            for (int k = 0; k < decisions.size(); k++) {
                MatchDecision d = decisions.get(k);
                if (d == null || !d.resolved()) {
                    unresolved.add(org.coveredNames().get(k));
                }
            }
            if (unresolved.isEmpty()) {
                continue;
            }
            String detail = RuleTexts.r12CoveredNames(org.orgName(), unresolved);
            out.add(Findings.of(code(), SubjectType.ORG, org.orgCode(), org.orgName(), org.regionCode(), unresolved.size(),
                    "COVERED_NAME", detail));
        }
        return out;
    }

    /** Up to three candidate entity names, so the analyst sees what the name was confused with. */
    private static List<String> candidates(MatchDecision d) {
        if (d.candidates() == null) {
            return List.of();
        }
        return d.candidates().stream().limit(3).map(MatchDecision.Candidate::name).toList();
    }
}
