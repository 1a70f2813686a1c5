package cn.xgz.recon.rules;

import cn.xgz.recon.match.MatchDecision;
import cn.xgz.recon.reference.IndustryTable;
import cn.xgz.recon.reference.RegionTable;
import cn.xgz.recon.source.AnnualReportTable;
import cn.xgz.recon.source.EntityScale;
import cn.xgz.recon.source.EntityType;
import cn.xgz.recon.source.Market;
import cn.xgz.recon.source.MemberType;
import cn.xgz.recon.source.PartyMember;
import cn.xgz.recon.source.PartyOrg;
import cn.xgz.recon.source.RegistrationTable;
import cn.xgz.recon.source.ReportedOrgForm;
import cn.xgz.recon.source.Source;
import cn.xgz.recon.source.SourceData;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What every rule reads, computed once per run in a few linear passes: indexes by key, and the per-entity figures
 * of rules.md (scope, latest report, coverage, P(e), Pf(e), A(e)) in arrays by registration position.
 */
final class RunFacts {

    /** From 1 July the previous year's annual report is due (年报 are filed 1 January – 30 June). */
    static final MonthDay REPORT_DEADLINE_PASSED = MonthDay.of(7, 1);

    private static final byte REP_MEMBER_UNKNOWN = 0;
    private static final byte REP_MEMBER_YES = 1;
    private static final byte REP_MEMBER_NO = 2;

    SourceData data;
    final NameResolution resolution;
    final LocalDate runDate;
    final int requiredReportYear;
    final RegionTable regions;
    final IndustryTable industries;
    final PersonKeyCache keys;
    final List<DataQualityNote> notes = new ArrayList<>();
    private PersonFacts persons;

    // registrations, by position; the passes over all of them read its columns, never a record per entity
    final RegistrationTable regs;
    final PositionIndex regIndex;
    final BitSet active = new BitSet();
    final BitSet inScope = new BitSet();
    final BitSet marketOperator = new BitSet();
    final BitSet reportedRequiredYear = new BitSet();
    /** |P(e)| per entity: roster persons working there, plus the legal representative when in the roster. */
    final int[] rosterMembers;
    /** |Pf(e)| per entity: those of P(e) who are 正式党员. */
    final int[] fullMembers;
    /** A(e) per entity: 中共党员人数 of the latest report, 0 without one. */
    final int[] reportedMembers;
    final int[] latestYear;
    private final byte[] latestForm; // ReportedOrgForm ordinal + 1, 0 without a report
    private final byte[] latestRepMember;
    /** CSR lists of covering organisations: entity e is covered by coverOrgs[coverStart[e] .. coverStart[e+1]). */
    final int[] coverStart;
    final int[] coverOrgs;

    // markets, organisations, roster
    final Map<String, Integer> marketById = new HashMap<>();
    final Map<String, Integer> orgByCode = new HashMap<>();
    final boolean[] orgActive;
    /** Distinct registered covered units of each organisation (by USCC, then by resolved name), in that order. */
    final int[][] orgUnits;
    final Map<String, Integer> rosterById = new HashMap<>();
    /** Per ledger market: in-scope entities trading there (operator excluded) and the Σ D(e) of those traders. */
    final int[] marketTraders;
    final int[] marketTraderBase;
    /** The registration a member's workplace resolves to, -1 when unresolved or blank. */
    final int[] memberEntity;

    private RunFacts(SourceData data, NameResolution resolution, LocalDate runDate, RegionTable regions,
            IndustryTable industries, PersonKeyCache keys) {
        this.data = data;
        this.resolution = resolution;
        this.runDate = runDate;
        this.requiredReportYear = requiredReportYear(runDate);
        this.regions = regions;
        this.industries = industries;
        this.keys = keys;
        this.regs = data.registrationTable();
        int n = regs.size();
        this.regIndex = PositionIndex.of(regs.usccColumn(), n);
        this.rosterMembers = new int[n];
        this.fullMembers = new int[n];
        this.reportedMembers = new int[n];
        this.latestYear = new int[n];
        this.latestForm = new byte[n];
        this.latestRepMember = new byte[n];
        this.orgActive = new boolean[data.partyOrgs().size()];
        this.orgUnits = new int[data.partyOrgs().size()][];
        this.memberEntity = new int[data.partyMembers().size()];
        this.marketTraders = new int[data.markets().size()];
        this.marketTraderBase = new int[data.markets().size()];

        indexMarkets();
        classifyEntities();
        readLatestReports();
        // The reports now live in the arrays above; letting go of the rows frees the heap for the later steps.
        this.data = new SourceData(data.present(), data.registrations(), List.of(), data.riders(), data.partyOrgs(),
                data.partyMembers(), data.markets());
        indexOrganisations();
        int[][] csr = coverage();
        this.coverStart = csr[0];
        this.coverOrgs = csr[1];
        countRosterPersons();
        sumMarketTraders();
    }

    static RunFacts build(SourceData data, NameResolution resolution, LocalDate runDate, RegionTable regions,
            IndustryTable industries, PersonKeyCache keys) {
        resolution.checkAlignedWith(data);
        return new RunFacts(data, resolution, runDate, regions, industries, keys);
    }

    /** rules.md R13: year(d) − 1 from 1 July, year(d) − 2 before. */
    static int requiredReportYear(LocalDate d) {
        return MonthDay.from(d).isBefore(REPORT_DEADLINE_PASSED) ? d.getYear() - 2 : d.getYear() - 1;
    }

    private void indexMarkets() {
        List<Market> markets = data.markets();
        for (int i = 0; i < markets.size(); i++) {
            Market m = markets.get(i);
            marketById.putIfAbsent(m.marketId(), i);
            int op = regIndex.get(m.operatorUscc());
            if (op >= 0) {
                marketOperator.set(op);
            } else {
                notes.add(new DataQualityNote("市场开办者未登记", Source.MARKETS.prefix(), m.file(), m.row(), m.marketId(),
                        "专业市场" + m.marketName() + "的开办者统一社会信用代码" + m.operatorUscc() + "不在经营主体登记信息中。"));
            }
        }
        if (!data.has(Source.MARKETS) && data.has(Source.REGISTRATIONS)) {
            notes.add(new DataQualityNote("缺少专业市场台账", Source.MARKETS.prefix(), "", 0, "",
                    "本次未提供专业市场台账，市场开办者不能按开办者身份纳入小个专范围，R01未运行。"));
        }
    }

    private void classifyEntities() {
        boolean checkMarkets = data.has(Source.MARKETS);
        for (int pos = 0; pos < regs.size(); pos++) {
            if (!regs.isActiveOn(pos, runDate)) {
                continue;
            }
            active.set(pos);
            EntityType type = regs.type(pos);
            EntityScale scale = regs.scale(pos);
            boolean smallType = type == EntityType.INDIVIDUAL
                    || (type == EntityType.ENTERPRISE
                            && (scale == null || scale == EntityScale.MICRO || scale == EntityScale.SMALL));
            if (smallType || marketOperator.get(pos) || regs.marketId(pos) != null) {
                inScope.set(pos);
            }
        }
        if (checkMarkets) {
            for (int pos = 0; pos < regs.size(); pos++) {
                String marketId = regs.marketId(pos);
                if (marketId != null && !marketById.containsKey(marketId)) {
                    notes.add(new DataQualityNote("所在市场编号不在台账中", Source.REGISTRATIONS.prefix(), regs.file(pos),
                            regs.row(pos), regs.uscc(pos),
                            regs.name(pos) + "的所在市场编号" + marketId + "不在专业市场台账中，请核实市场编号或补充台账。"));
                }
            }
        }
    }

    private void readLatestReports() {
        int runYear = runDate.getYear();
        AnnualReportTable reports = data.annualReportTable();
        for (int i = 0; i < reports.size(); i++) {
            int pos = regIndex.get(reports.usccColumn(), i);
            int year = reports.reportYear(i);
            if (pos < 0) {
                String uscc = reports.uscc(i);
                notes.add(new DataQualityNote("年报主体未登记", Source.ANNUAL_REPORTS.prefix(), reports.file(i),
                        reports.row(i), uscc, "统一社会信用代码" + uscc + "的" + year + "年度年报在经营主体登记信息中找不到对应主体。"));
                continue;
            }
            if (year == requiredReportYear) {
                reportedRequiredYear.set(pos);
            }
            if (year > runYear || year <= latestYear[pos]) {
                continue;
            }
            latestYear[pos] = year;
            reportedMembers[pos] = reports.partyMemberCount(i);
            latestForm[pos] = (byte) (reports.orgForm(i).ordinal() + 1);
            Boolean repIsMember = reports.legalRepIsMember(i);
            latestRepMember[pos] = repIsMember == null
                    ? REP_MEMBER_UNKNOWN
                    : repIsMember ? REP_MEMBER_YES : REP_MEMBER_NO;
        }
    }

    private void indexOrganisations() {
        List<PartyOrg> orgs = data.partyOrgs();
        for (int i = 0; i < orgs.size(); i++) {
            PartyOrg org = orgs.get(i);
            orgByCode.putIfAbsent(org.orgCode(), i);
            orgActive[i] = org.isActiveOn(runDate);
            Set<Integer> units = new LinkedHashSet<>();
            for (String uscc : org.coveredUsccs()) {
                int pos = regIndex.get(uscc);
                if (pos >= 0) {
                    units.add(pos);
                } else if (data.has(Source.REGISTRATIONS)) {
                    notes.add(new DataQualityNote("覆盖单位未登记", Source.PARTY_ORGS.prefix(), org.file(), org.row(),
                            org.orgCode(), org.orgName() + "的覆盖单位统一社会信用代码" + uscc + "不在经营主体登记信息中。"));
                }
            }
            for (MatchDecision d : resolution.orgCoveredNames().get(i)) {
                if (d != null && d.resolved()) {
                    int pos = regIndex.get(d.uscc());
                    if (pos >= 0) {
                        units.add(pos);
                    }
                }
            }
            orgUnits[i] = units.stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /** Entity → active covering organisations, each list in 党组织代码 order. */
    private int[][] coverage() {
        List<PartyOrg> orgs = data.partyOrgs();
        List<Integer> activeOrgs = new ArrayList<>();
        for (int i = 0; i < orgs.size(); i++) {
            if (orgActive[i]) {
                activeOrgs.add(i);
            }
        }
        activeOrgs.sort(Comparator.comparing(i -> orgs.get(i).orgCode()));
        int n = regs.size();
        int[] start = new int[n + 1];
        for (int o : activeOrgs) {
            for (int pos : orgUnits[o]) {
                start[pos + 1]++;
            }
        }
        for (int i = 0; i < n; i++) {
            start[i + 1] += start[i];
        }
        int[] fill = new int[n];
        int[] list = new int[start[n]];
        for (int o : activeOrgs) {
            for (int pos : orgUnits[o]) {
                list[start[pos] + fill[pos]++] = o;
            }
        }
        return new int[][] {start, list};
    }

    /** P(e) and Pf(e): the roster persons working at e, plus e's legal representative when in the roster. */
    private void countRosterPersons() {
        List<PartyMember> members = data.partyMembers();
        for (int i = 0; i < members.size(); i++) {
            PartyMember m = members.get(i);
            rosterById.putIfAbsent(m.idNumber(), i);
            MatchDecision d = resolution.members().get(i);
            int pos = d != null && d.resolved() ? regIndex.get(d.uscc()) : -1;
            memberEntity[i] = pos;
            if (pos >= 0) {
                rosterMembers[pos]++;
                if (m.type() == MemberType.FULL) {
                    fullMembers[pos]++;
                }
            }
        }
        LegalRepIds rosterIds = new LegalRepIds(rosterById.keySet());
        for (int pos = 0; pos < regs.size(); pos++) {
            int found = rosterIds.find(regs, pos);
            Integer m = found < 0 ? null : rosterById.get(rosterIds.id(found));
            // a legal representative who also names e as workplace is one person, counted once
            if (m != null && memberEntity[m] != pos) {
                rosterMembers[pos]++;
                if (members.get(m).type() == MemberType.FULL) {
                    fullMembers[pos]++;
                }
            }
        }
    }

    /** A market operator trades in its market only when its own 所在市场编号 says so, and counts once as operator. */
    private void sumMarketTraders() {
        for (int pos = inScope.nextSetBit(0); pos >= 0; pos = inScope.nextSetBit(pos + 1)) {
            String marketId = regs.marketId(pos);
            Integer m = marketId == null ? null : marketById.get(marketId);
            if (m == null || operatorOf(m) == pos) {
                continue;
            }
            marketTraders[m]++;
            marketTraderBase[m] += memberBase(pos);
        }
    }

    // ----------------------------------------------------------------------------------------------- lookups

    /** The person index, built on first use (only the person rules need it). */
    PersonFacts persons() {
        if (persons == null) {
            persons = new PersonFacts(this);
        }
        return persons;
    }

    /** Drops what only the rules needed, so that a result holding the entity facts does not pin it. */
    void releaseRuleIndexes() {
        persons = null;
        keys.clear();
    }

    /** The registration position of market {@code m}'s operator, -1 when unregistered. */
    int operatorOf(int m) {
        return regIndex.get(data.markets().get(m).operatorUscc());
    }

    int memberBase(int pos) {
        return Math.max(rosterMembers[pos], reportedMembers[pos]);
    }

    boolean hasLatestReport(int pos) {
        return latestYear[pos] > 0;
    }

    /** The latest report's 党组织建制, null without a report. */
    ReportedOrgForm latestForm(int pos) {
        return latestForm[pos] == 0 ? null : ReportedOrgForm.values()[latestForm[pos] - 1];
    }

    /** The latest report's 法定代表人是否为中共党员, null when blank or without a report. */
    Boolean latestLegalRepIsMember(int pos) {
        return switch (latestRepMember[pos]) {
            case REP_MEMBER_YES -> Boolean.TRUE;
            case REP_MEMBER_NO -> Boolean.FALSE;
            default -> null;
        };
    }

    boolean covered(int pos) {
        return coverStart[pos + 1] > coverStart[pos];
    }

    /** Covered: a registered entity that is a covered unit of an active organisation. */
    boolean coveredUscc(String uscc) {
        int pos = regIndex.get(uscc);
        return pos >= 0 && covered(pos);
    }

    List<String> coveringOrgCodes(int pos) {
        int from = coverStart[pos];
        int to = coverStart[pos + 1];
        if (from == to) {
            return List.of();
        }
        List<String> codes = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            codes.add(data.partyOrgs().get(coverOrgs[i]).orgCode());
        }
        return Collections.unmodifiableList(codes);
    }

    /** |Pf(e)| ≥ 3 → ROSTER, else A(e) ≥ 3 → ANNUAL_REPORT, else null. */
    String eligibleBasis(int pos) {
        if (fullMembers[pos] >= 3) {
            return "ROSTER";
        }
        return reportedMembers[pos] >= 3 ? "ANNUAL_REPORT" : null;
    }

    String industrySection(int pos) {
        return industries.sectionOf(regs.industryCode(pos));
    }
}
