package cn.xgz.recon.rules;

import cn.xgz.recon.source.PoliticalStatus;
import cn.xgz.recon.source.Rider;
import cn.xgz.recon.source.Source;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * R05 隐形党员: a roster member whom an active rider row records with another 政治面貌 (RIDER), or whose in-scope
 * entity's latest report says its legal representative is not a member (LEGAL_REP); both give RIDER+LEGAL_REP.
 */
final class HiddenMemberRule implements Rule {

    @Override
    public RuleCode code() {
        return RuleCode.R05;
    }

    @Override
    public Set<Source> requires() {
        return EnumSet.of(Source.PARTY_MEMBERS, Source.RIDERS, Source.REGISTRATIONS, Source.ANNUAL_REPORTS);
    }

    @Override
    public List<Finding> apply(RunFacts f) {
        PersonFacts persons = f.persons();
        List<Finding> out = new ArrayList<>();
        for (PersonFacts.Person p : persons.all()) {
            if (!p.inRoster()) {
                continue;
            }
            Set<String> riderSources = new LinkedHashSet<>();
            boolean democraticParty = false;
            for (int row : p.riderRows) {
                Rider r = persons.rider(row);
                if (r.active() && !PoliticalStatus.declaresMembership(r.politicalStatus())) {
                    riderSources.add(RuleTexts.r05RiderStatus(r.platform(), r.politicalStatus()));
                    democraticParty |= RuleTexts.democraticParty(r.politicalStatus());
                }
            }
            Set<String> repSources = new LinkedHashSet<>();
            for (int pos : p.legalRepOf) {
                if (f.inScope.get(pos) && Boolean.FALSE.equals(f.latestLegalRepIsMember(pos))) {
                    repSources.add(RuleTexts.r05LegalRepNotMember(f.regs.name(pos)));
                }
            }
            if (riderSources.isEmpty() && repSources.isEmpty()) {
                continue;
            }
            String basis = riderSources.isEmpty() ? "LEGAL_REP" : repSources.isEmpty() ? "RIDER" : "RIDER+LEGAL_REP";
            List<String> sources = new ArrayList<>(riderSources);
            sources.addAll(repSources);
            String detail = RuleTexts.r05(persons.maskedName(p), sources, democraticParty);
            out.add(Findings.of(code(), SubjectType.PERSON, persons.keyOf(p), persons.maskedName(p), persons.regionOf(p),
                    persons.recordCount(p), basis, detail));
        }
        return out;
    }
}
