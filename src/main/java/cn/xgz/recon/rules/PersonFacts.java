package cn.xgz.recon.rules;

import cn.xgz.recon.common.Masking;
import cn.xgz.recon.source.PartyMember;
import cn.xgz.recon.source.Rider;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything the sources say about a person, by 18-character ID: their roster row, their rider rows (file order)
 * and the registrations naming them as legal representative (registration order). Only persons some person rule
 * can be about are indexed: roster members, riders, and legal representatives whose entity's report declares
 * them a member.
 */
final class PersonFacts {

    private final RunFacts f;
    /** Persons in first-seen order: roster, then riders, then declared legal representatives. */
    private final Map<String, Person> persons = new LinkedHashMap<>();

    /** One person's rows. */
    static final class Person {
        final String id;
        Integer member; // index into partyMembers, null when not in the roster
        final List<Integer> riderRows = new ArrayList<>(2);
        final List<Integer> legalRepOf = new ArrayList<>(1);

        Person(String id) {
            this.id = id;
        }

        boolean inRoster() {
            return member != null;
        }
    }

    PersonFacts(RunFacts f) {
        this.f = f;
        List<PartyMember> members = f.data.partyMembers();
        for (int i = 0; i < members.size(); i++) {
            person(members.get(i).idNumber()).member = i;
        }
        List<Rider> riders = f.data.riders();
        for (int i = 0; i < riders.size(); i++) {
            person(riders.get(i).idNumber()).riderRows.add(i);
        }
        Set<String> declared = new HashSet<>();
        for (int pos = f.inScope.nextSetBit(0); pos >= 0; pos = f.inScope.nextSetBit(pos + 1)) {
            if (Boolean.TRUE.equals(f.latestLegalRepIsMember(pos)) && f.regs.hasLegalRepId(pos)) {
                declared.add(f.regs.legalRepId(pos));
            }
        }
        // Only persons already known, and representatives the annual report declares members, get a Person.
        Set<String> wanted = new HashSet<>(persons.keySet());
        wanted.addAll(declared);
        LegalRepIds reps = new LegalRepIds(wanted);
        for (int pos = 0; pos < f.regs.size(); pos++) {
            int rep = reps.find(f.regs, pos);
            if (rep >= 0) {
                person(reps.id(rep)).legalRepOf.add(pos);
            }
        }
    }

    private Person person(String id) {
        return persons.computeIfAbsent(id, Person::new);
    }

    Iterable<Person> all() {
        return persons.values();
    }

    Person get(String id) {
        return persons.get(id);
    }

    PartyMember member(Person p) {
        return p.inRoster() ? f.data.partyMembers().get(p.member) : null;
    }

    Rider rider(int row) {
        return f.data.riders().get(row);
    }

    /** The rules.md R04/R05 metric: the roster row, every rider row and every registration naming the person. */
    int recordCount(Person p) {
        return (p.inRoster() ? 1 : 0) + p.riderRows.size() + p.legalRepOf.size();
    }

    /**
     * A person's county (outputs.md): the in-scope entity their roster workplace resolves to, else the station of
     * their first active rider row, else the first in-scope entity they legally represent, else their
     * organisation's county when it is in party-orgs; null when none applies.
     */
    String regionOf(Person p) {
        if (p.inRoster()) {
            int pos = f.memberEntity[p.member];
            if (pos >= 0 && f.inScope.get(pos)) {
                return f.regs.regionCode(pos);
            }
        }
        for (int row : p.riderRows) {
            Rider r = rider(row);
            if (r.active()) {
                return r.stationRegionCode();
            }
        }
        for (int pos : p.legalRepOf) {
            if (f.inScope.get(pos)) {
                return f.regs.regionCode(pos);
            }
        }
        if (p.inRoster()) {
            Integer org = f.orgByCode.get(member(p).orgCode());
            if (org != null) {
                return f.data.partyOrgs().get(org).regionCode();
            }
        }
        return null;
    }

    /** The masked name, from the roster, else the first rider row, else the first registration. */
    String maskedName(Person p) {
        String name = null;
        if (p.inRoster()) {
            name = member(p).name();
        }
        for (int i = 0; name == null && i < p.riderRows.size(); i++) {
            name = rider(p.riderRows.get(i)).name();
        }
        for (int i = 0; name == null && i < p.legalRepOf.size(); i++) {
            name = f.regs.legalRepName(p.legalRepOf.get(i));
        }
        return Masking.name(name);
    }

    String keyOf(Person p) {
        return f.keys.keyOf(p.id);
    }
}
