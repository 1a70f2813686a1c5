package cn.xgz.recon.reconcile;

import cn.xgz.recon.match.ManualResolution;
import cn.xgz.recon.match.MatchDecision;
import cn.xgz.recon.match.MatchMethod;
import cn.xgz.recon.match.MatchSettings;
import cn.xgz.recon.match.NameNormalizer;
import cn.xgz.recon.match.NameQuery;
import cn.xgz.recon.match.NameResolver;
import cn.xgz.recon.rules.NameResolution;
import cn.xgz.recon.source.PartyMember;
import cn.xgz.recon.source.PartyOrg;
import cn.xgz.recon.source.RegistrationTable;
import cn.xgz.recon.source.SourceData;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the run's name resolution (rules.md): every roster workplace and every organisation's covered-unit
 * name, resolved in one batch against the registrations.
 */
public final class NameResolutionService {

    private static final Logger log = LoggerFactory.getLogger(NameResolutionService.class);

    private final NameNormalizer normalizer;
    private final MatchSettings settings;

    public NameResolutionService(NameNormalizer normalizer, MatchSettings settings) {
        this.normalizer = normalizer;
        this.settings = settings;
    }

    public NameResolution resolve(SourceData data, int threads) {
        return resolve(data, threads, ManualResolution.NONE);
    }

    /** The run's resolution with analysts' decisions applied (feedback.md): every rule then uses the decided match. */
    public NameResolution resolve(SourceData data, int threads, ManualResolution manual) {
        NameResolver.Builder b = NameResolver.builder(normalizer, settings);
        RegistrationTable regs = data.registrationTable();
        for (int pos = 0; pos < regs.size(); pos++) {
            b.add(regs.uscc(pos), regs.name(pos), regs.regionCode(pos));
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
        if (!manual.isEmpty()) {
            decisions = applyManual(data, queries, decisions, orgStart, manual, threads);
        }
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

    /**
     * 确认匹配 / 指定主体 fix a name to a registration present in this run (method MANUAL); a decision for a code not
     * registered now is not applied. A name whose automatic match is forbidden (否定匹配) is resolved again as if the
     * forbidden registrations did not exist: one more resolver over the registrations without every forbidden one
     * of the affected names (there are few), for those names only.
     */
    private List<MatchDecision> applyManual(SourceData data, List<NameQuery> queries, List<MatchDecision> auto,
            int orgStart, ManualResolution manual, int threads) {
        List<MatchDecision> out = new ArrayList<>(auto);
        String[] fixed = new String[queries.size()];
        Set<String> referenced = new HashSet<>();
        List<Integer> again = new ArrayList<>();
        Set<String> excluded = new HashSet<>();
        for (int i = 0; i < queries.size(); i++) {
            String text = queries.get(i).nameText();
            if (text == null) {
                continue;
            }
            ManualResolution.Source source = i < orgStart ? ManualResolution.Source.MEMBER_WORKPLACE
                    : ManualResolution.Source.ORG_COVERED;
            String key = normalizer.normalize(text).full();
            fixed[i] = manual.fixedUscc(source, key);
            if (fixed[i] != null) {
                referenced.add(fixed[i]);
                continue;
            }
            Set<String> no = manual.forbidden(source, key);
            MatchDecision d = auto.get(i);
            if (!no.isEmpty() && d.uscc() != null && no.contains(d.uscc())) {
                again.add(i);
                excluded.addAll(no);
            }
        }
        Set<String> present = new HashSet<>();
        if (!referenced.isEmpty()) {
            RegistrationTable regs = data.registrationTable();
            for (int pos = 0; pos < regs.size(); pos++) {
                String uscc = regs.uscc(pos);
                if (referenced.contains(uscc)) {
                    present.add(uscc);
                }
            }
        }
        int applied = 0;
        int notRegistered = 0;
        for (int i = 0; i < fixed.length; i++) {
            if (fixed[i] != null) {
                if (present.contains(fixed[i])) {
                    out.set(i, new MatchDecision(MatchMethod.MANUAL, fixed[i], 1.0, null, 0, null, List.of()));
                    applied++;
                } else {
                    notRegistered++;
                }
            }
        }
        if (!again.isEmpty()) {
            NameResolver.Builder b = NameResolver.builder(normalizer, settings);
            RegistrationTable regs = data.registrationTable();
            for (int pos = 0; pos < regs.size(); pos++) {
                String uscc = regs.uscc(pos);
                if (!excluded.contains(uscc)) {
                    b.add(uscc, regs.name(pos), regs.regionCode(pos));
                }
            }
            List<MatchDecision> redone = b.build(threads).resolve(again.stream().map(queries::get).toList());
            for (int k = 0; k < again.size(); k++) {
                out.set(again.get(k), redone.get(k));
            }
        }
        log.info("人工确认的名称匹配：应用 {} 个，否定后重新匹配 {} 个，指定主体未在本次登记信息中 {} 个（未应用）", applied,
                again.size(), notRegistered);
        return out;
    }
}
