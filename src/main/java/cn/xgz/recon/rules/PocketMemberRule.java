package cn.xgz.recon.rules;

import cn.xgz.recon.reference.Region;
import cn.xgz.recon.source.PartyMember;
import cn.xgz.recon.source.PartyOrg;
import cn.xgz.recon.source.PoliticalStatus;
import cn.xgz.recon.source.Rider;
import cn.xgz.recon.source.Source;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * R04 口袋党员: a person who declares membership but is not in the roster (NOT_IN_ROSTER), or a roster member
 * working here whose 组织关系 stayed with an organisation outside the jurisdiction or in another city
 * (RELATION_NOT_TRANSFERRED). One finding per person, naming every source behind it.
 */
final class PocketMemberRule implements Rule {

    static final String NOT_IN_ROSTER = "NOT_IN_ROSTER";
    static final String RELATION_NOT_TRANSFERRED = "RELATION_NOT_TRANSFERRED";

    @Override
    public RuleCode code() {
        return RuleCode.R04;
    }

    @Override
    public Set<Source> requires() {
        return EnumSet.of(Source.PARTY_MEMBERS, Source.PARTY_ORGS, Source.RIDERS, Source.REGISTRATIONS,
                Source.ANNUAL_REPORTS);
    }

    @Override
    public List<Finding> apply(RunFacts f) {
        PersonFacts persons = f.persons();
        List<Finding> out = new ArrayList<>();
        for (PersonFacts.Person p : persons.all()) {
            String detail = p.inRoster() ? relationNotTransferred(f, persons, p) : declaredButNotInRoster(f, persons, p);
            if (detail != null) {
                out.add(Findings.of(code(), SubjectType.PERSON, persons.keyOf(p), persons.maskedName(p),
                        persons.regionOf(p), persons.recordCount(p), p.inRoster() ? RELATION_NOT_TRANSFERRED : NOT_IN_ROSTER,
                        detail));
            }
        }
        return out;
    }

    /** The sources in which a person outside the roster declares membership, or null when none does. */
    private static String declaredButNotInRoster(RunFacts f, PersonFacts persons, PersonFacts.Person p) {
        Set<String> sources = new LinkedHashSet<>();
        for (int row : p.riderRows) {
            Rider r = persons.rider(row);
            if (r.active() && PoliticalStatus.declaresMembership(r.politicalStatus())) {
                sources.add(RuleTexts.r04RiderDeclares(r.platform(), r.politicalStatus()));
            }
        }
        for (int pos : p.legalRepOf) {
            if (f.inScope.get(pos) && Boolean.TRUE.equals(f.latestLegalRepIsMember(pos))) {
                sources.add(RuleTexts.r04LegalRepDeclares(f.regs.name(pos)));
            }
        }
        if (sources.isEmpty()) {
            return null;
        }
        return RuleTexts.r04NotInRoster(persons.maskedName(p), List.copyOf(sources));
    }

    /**
     * A non-flowing roster member who works in the jurisdiction (an in-scope workplace, an active rider station)
     * while their organisation is not in party-orgs or lies in another city than every place they work.
     */
    private static String relationNotTransferred(RunFacts f, PersonFacts persons, PersonFacts.Person p) {
        PartyMember m = persons.member(p);
        if (Boolean.TRUE.equals(m.flowing())) {
            return null; // 流动党员 keep their relation at home by design
        }
        Set<String> places = new LinkedHashSet<>();
        int workplace = f.memberEntity[p.member];
        if (workplace >= 0 && f.inScope.get(workplace)) {
            places.add(f.regs.regionCode(workplace));
        }
        for (int row : p.riderRows) {
            Rider r = persons.rider(row);
            if (r.active() && f.regions.isCounty(r.stationRegionCode())) {
                places.add(r.stationRegionCode());
            }
        }
        if (places.isEmpty()) {
            return null;
        }
        String who = persons.maskedName(p);
        Integer orgIndex = f.orgByCode.get(m.orgCode());
        if (orgIndex == null) {
            return RuleTexts.r04OrgNotInJurisdiction(who, m.orgCode());
        }
        PartyOrg org = f.data.partyOrgs().get(orgIndex);
        String orgCity = Region.cityOf(org.regionCode());
        for (String place : places) {
            if (orgCity != null && orgCity.equals(Region.cityOf(place))) {
                return null;
            }
        }
        return RuleTexts.r04OrgInOtherCity(who, org.orgName(), f.regions.nameOf(orgCity));
    }
}
