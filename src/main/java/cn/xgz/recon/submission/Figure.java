package cn.xgz.recon.submission;

import static cn.xgz.recon.source.Source.ANNUAL_REPORTS;
import static cn.xgz.recon.source.Source.MARKETS;
import static cn.xgz.recon.source.Source.PARTY_MEMBERS;
import static cn.xgz.recon.source.Source.PARTY_ORGS;
import static cn.xgz.recon.source.Source.REGISTRATIONS;
import static cn.xgz.recon.source.Source.RIDERS;

import cn.xgz.recon.rules.CountyFigures;
import cn.xgz.recon.rules.Reconciler;
import cn.xgz.recon.rules.RuleCode;
import cn.xgz.recon.source.Source;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * A count of the half-year form and the sources it is made of (rules.md's definitions). A run without a file of
 * one of those sources did not count it, so the figure is blank rather than 0 (outputs.md, 半年报送).
 */
public enum Figure {
    MICRO(CountyFigures::microEnterprises, REGISTRATIONS),
    INDIVIDUAL(CountyFigures::individualBusinesses, REGISTRATIONS),
    /** The in-scope entities: the divisor of 党组织覆盖率 (cooperatives and larger firms trading in a market too). */
    IN_SCOPE(CountyFigures::inScopeEntities, REGISTRATIONS),
    MARKETS_OPEN(CountyFigures::markets, MARKETS, REGISTRATIONS),
    // D(e) = max(|P(e)|, A(e)): the roster and the annual reports.
    WITH_MEMBERS(CountyFigures::entitiesWithMembers, REGISTRATIONS, PARTY_MEMBERS, ANNUAL_REPORTS),
    MEMBER_BASE(CountyFigures::memberBase, REGISTRATIONS, PARTY_MEMBERS, ANNUAL_REPORTS),
    ROSTER(CountyFigures::rosterMembers, REGISTRATIONS, PARTY_MEMBERS),
    COVERED(CountyFigures::coveredEntities, REGISTRATIONS, PARTY_ORGS),
    ORGS_SINGLE(CountyFigures::orgsSingle, PARTY_ORGS),
    ORGS_JOINT(CountyFigures::orgsJoint, PARTY_ORGS),
    ORGS_ATTACHED(CountyFigures::orgsAttached, PARTY_ORGS),
    ORGS_SECTOR(CountyFigures::orgsSector, PARTY_ORGS),
    ELIGIBLE(CountyFigures::eligibleEntities, REGISTRATIONS, PARTY_MEMBERS, ANNUAL_REPORTS),
    ELIGIBLE_COVERED(CountyFigures::eligibleCovered, REGISTRATIONS, PARTY_MEMBERS, ANNUAL_REPORTS, PARTY_ORGS),
    BELOW_THREE(CountyFigures::entitiesBelowThree, REGISTRATIONS, PARTY_MEMBERS, ANNUAL_REPORTS),
    COVERED_MARKETS(CountyFigures::coveredMarkets, MARKETS, REGISTRATIONS, PARTY_ORGS),
    // A rider is a member when in the roster or declaring 中共党员/中共预备党员.
    RIDER_MEMBERS(CountyFigures::riderMembers, RIDERS, PARTY_MEMBERS),
    COVERED_STATIONS(CountyFigures::coveredStations, RIDERS, PARTY_ORGS),
    // Counted from R04/R05 findings: blank when the rule did not run.
    POCKET(CountyFigures::pocketMembers, Reconciler.sourcesOf(RuleCode.R04)),
    HIDDEN(CountyFigures::hiddenMembers, Reconciler.sourcesOf(RuleCode.R05));

    private final ToIntFunction<CountyFigures> of;
    private final Set<Source> needs;

    Figure(ToIntFunction<CountyFigures> of, Source first, Source... rest) {
        this(of, EnumSet.of(first, rest));
    }

    Figure(ToIntFunction<CountyFigures> of, Set<Source> needs) {
        this.of = of;
        this.needs = EnumSet.copyOf(needs);
    }

    int of(CountyFigures c) {
        return of.applyAsInt(c);
    }

    /** The sources this figure is made of. */
    public Set<Source> needs() {
        return needs;
    }

    /** Whether a run without files of {@code absent} could count this figure. */
    boolean countable(Set<Source> absent) {
        return absent.stream().noneMatch(needs::contains);
    }
}
