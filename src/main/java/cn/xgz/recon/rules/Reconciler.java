package cn.xgz.recon.rules;

import cn.xgz.recon.common.PersonKeys;
import cn.xgz.recon.match.MatchDecision;
import cn.xgz.recon.proposal.JointBranchCandidate;
import cn.xgz.recon.proposal.JointBranchPacker;
import cn.xgz.recon.proposal.ProposalRow;
import cn.xgz.recon.reference.IndustryTable;
import cn.xgz.recon.reference.RegionTable;
import cn.xgz.recon.source.Market;
import cn.xgz.recon.source.PartyMember;
import cn.xgz.recon.source.PartyOrg;
import cn.xgz.recon.source.Source;
import cn.xgz.recon.source.SourceData;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The reconciliation of one run (rules.md): per-entity figures, rules R01–R13, joint-branch proposals and the
 * half-year county figures, as a pure function of the loaded sources, the name resolution and the run date. Plain
 * Java: the nightly job's step calls {@link #reconcile} and hands the result to the lifecycle step and the writers.
 */
public final class Reconciler {

    /** Every rule, in rule-code order. */
    static final List<Rule> RULES = List.of(
            new UncoveredMarketRule(),
            new EligibleUncoveredEntityRule(),
            new JointBranchCandidateRule(),
            new PocketMemberRule(),
            new HiddenMemberRule(),
            new MemberCountMismatchRule(),
            new ClaimedOrgMissingRule(),
            new CoveredButReportedNoneRule(),
            new OrgWithInactiveUnitsRule(),
            new UncoveredStationRule(),
            new OversizedJointBranchRule(),
            new UnresolvedNameRule(),
            new MissingAnnualReportRule());

    private final RegionTable regions;
    private final IndustryTable industries;
    private final PersonKeys personKeys;

    /** The rules whose definition reads any of {@code sources} (rules.md: they resolve nothing when one is incomplete). */
    public static java.util.Set<RuleCode> readersOf(java.util.Collection<cn.xgz.recon.source.Source> sources) {
        java.util.Set<RuleCode> out = java.util.EnumSet.noneOf(RuleCode.class);
        for (Rule rule : RULES) {
            if (rule.requires().stream().anyMatch(sources::contains)) {
                out.add(rule.code());
            }
        }
        return out;
    }

    public Reconciler(RegionTable regions, IndustryTable industries, PersonKeys personKeys) {
        this.regions = Objects.requireNonNull(regions);
        this.industries = Objects.requireNonNull(industries);
        this.personKeys = Objects.requireNonNull(personKeys);
    }

    /**
     * Reconciles one run's data as of {@code runDate}. Findings come without status or first_seen, in
     * {@link Finding#CSV_ORDER}; rules whose sources are missing are listed in {@code skippedRules}, not run.
     *
     * @throws IllegalArgumentException when {@code resolution} is not aligned with the loaded rows
     */
    public ReconciliationResult reconcile(SourceData data, NameResolution resolution, LocalDate runDate) {
        RunFacts f = RunFacts.build(data, resolution, runDate, regions, industries, new PersonKeyCache(personKeys));
        List<Finding> findings = new ArrayList<>();
        Map<RuleCode, String> skipped = new EnumMap<>(RuleCode.class);
        for (Rule rule : RULES) {
            String reason = rule.skipReason(data);
            if (reason != null) {
                skipped.put(rule.code(), reason);
            } else {
                findings.addAll(rule.apply(f));
            }
        }
        findings.sort(Finding.CSV_ORDER);
        List<ProposalRow> proposals = skipped.containsKey(RuleCode.R03) ? List.of() : proposals(f);
        List<NameResolutionRecord> resolutions = resolutions(f);
        List<CountyFigures> counties = CountyFiguresCalculator.compute(f, findings);
        List<PlatformFigures> platforms = PlatformFiguresCalculator.compute(f);
        f.releaseRuleIndexes();
        Set<Source> absent = EnumSet.allOf(Source.class);
        absent.removeIf(data::has);
        return new ReconciliationResult(runDate, Collections.unmodifiableList(findings), proposals,
                new EntityFactStore(f), MarketViews.of(f), counties, resolutions, List.copyOf(f.notes),
                Collections.unmodifiableMap(skipped), platforms, Collections.unmodifiableSet(absent));
    }

    /** The sources a rule needs: without one of them it does not run (its half-year column is then blank). */
    public static Set<Source> sourcesOf(RuleCode code) {
        return RULES.stream().filter(r -> r.code() == code).findFirst().orElseThrow().requires();
    }

    private static List<ProposalRow> proposals(RunFacts f) {
        List<JointBranchCandidate> candidates = new ArrayList<>();
        for (int pos = f.inScope.nextSetBit(0); pos >= 0; pos = f.inScope.nextSetBit(pos + 1)) {
            if (JointBranchCandidateRule.isCandidate(f, pos)) {
                var r = f.regs;
                candidates.add(new JointBranchCandidate(r.uscc(pos), r.name(pos), f.memberBase(pos), r.marketId(pos),
                        r.regionCode(pos), f.industrySection(pos)));
            }
        }
        return List.copyOf(JointBranchPacker.pack(candidates, marketId -> {
            Integer m = f.marketById.get(marketId);
            Market market = m == null ? null : f.data.markets().get(m);
            return market == null ? null : market.regionCode();
        }));
    }

    /** Every name the run tried to resolve: member workplaces (by person key), then covered-unit names. */
    private static List<NameResolutionRecord> resolutions(RunFacts f) {
        List<NameResolutionRecord> out = new ArrayList<>();
        List<PartyMember> members = f.data.partyMembers();
        for (int i = 0; i < members.size(); i++) {
            MatchDecision d = f.resolution.members().get(i);
            if (d != null) {
                PartyMember m = members.get(i);
                out.add(new NameResolutionRecord("MEMBER", f.keys.keyOf(m.idNumber()), m.workplaceName(),
                        m.workplaceUscc(), d));
            }
        }
        List<PartyOrg> orgs = f.data.partyOrgs();
        for (int o = 0; o < orgs.size(); o++) {
            List<MatchDecision> ds = f.resolution.orgCoveredNames().get(o);
            for (int k = 0; k < ds.size(); k++) {
                if (ds.get(k) != null) {
                    out.add(new NameResolutionRecord("ORG_COVERED_NAME", orgs.get(o).orgCode(),
                            orgs.get(o).coveredNames().get(k), null, ds.get(k)));
                }
            }
        }
        return Collections.unmodifiableList(out);
    }
}
