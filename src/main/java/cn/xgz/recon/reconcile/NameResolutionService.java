package cn.xgz.recon.reconcile;

import cn.xgz.recon.match.MatchDecision;
import cn.xgz.recon.match.MatchSettings;
import cn.xgz.recon.match.NameNormalizer;
import cn.xgz.recon.match.NameQuery;
import cn.xgz.recon.match.NameResolver;
import cn.xgz.recon.rules.NameResolution;
import cn.xgz.recon.source.PartyMember;
import cn.xgz.recon.source.PartyOrg;
import cn.xgz.recon.source.Registration;
import cn.xgz.recon.source.SourceData;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the run's name resolution (rules.md): every roster workplace and every organisation's covered-unit
 * name, resolved in one batch against the registrations.
 */
public final class NameResolutionService {

    private final NameNormalizer normalizer;
    private final MatchSettings settings;

    public NameResolutionService(NameNormalizer normalizer, MatchSettings settings) {
        this.normalizer = normalizer;
        this.settings = settings;
    }

    public NameResolution resolve(SourceData data, int threads) {
        NameResolver.Builder b = NameResolver.builder(normalizer, settings);
        for (Registration r : data.registrations()) {
            b.add(r.uscc(), r.name(), r.regionCode());
        }
        NameResolver resolver = b.build(threads);
        List<NameQuery> queries = new ArrayList<>();
        // Members first (null where both 工作单位 and its USCC are blank), then each organisation's names.
        List<Integer> memberSlots = new ArrayList<>(data.partyMembers().size());
        for (PartyMember m : data.partyMembers()) {
            if (m.workplaceName() == null && m.workplaceUscc() == null) {
                memberSlots.add(-1);
            } else {
                memberSlots.add(queries.size());
                queries.add(new NameQuery(m.workplaceName(), m.workplaceUscc()));
            }
        }
        int orgStart = queries.size();
        for (PartyOrg o : data.partyOrgs()) {
            for (String name : o.coveredNames()) {
                queries.add(NameQuery.ofName(name));
            }
        }
        List<MatchDecision> decisions = resolver.resolve(queries);
        List<MatchDecision> members = new ArrayList<>(memberSlots.size());
        for (int slot : memberSlots) {
            members.add(slot < 0 ? null : decisions.get(slot));
        }
        List<List<MatchDecision>> orgs = new ArrayList<>(data.partyOrgs().size());
        int k = orgStart;
        for (PartyOrg o : data.partyOrgs()) {
            orgs.add(new ArrayList<>(decisions.subList(k, k + o.coveredNames().size())));
            k += o.coveredNames().size();
        }
        return new NameResolution(members, orgs);
    }
}
