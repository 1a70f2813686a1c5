package cn.xgz.recon.report;

import cn.xgz.recon.common.UsccCode;
import cn.xgz.recon.match.MatchDecision;
import cn.xgz.recon.match.MatchMethod;
import cn.xgz.recon.reference.Region;
import cn.xgz.recon.reference.RegionTable;
import cn.xgz.recon.rules.CountyFigures;
import cn.xgz.recon.rules.DataQualityNote;
import cn.xgz.recon.rules.EntityFact;
import cn.xgz.recon.rules.EntityFacts;
import cn.xgz.recon.rules.Finding;
import cn.xgz.recon.rules.FindingStatus;
import cn.xgz.recon.rules.MarketView;
import cn.xgz.recon.rules.NameResolutionRecord;
import cn.xgz.recon.proposal.ProposalRow;
import cn.xgz.recon.rules.ReconciliationResult;
import cn.xgz.recon.rules.RuleCode;
import cn.xgz.recon.rules.SubjectType;
import cn.xgz.recon.source.Source;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Synthetic run results for the report tests: valid USCCs, masked names, no real person or company. */
final class Fixtures {

    static final LocalDate RUN = LocalDate.of(2025, 9, 30);
    static final RegionTable REGIONS = RegionTable.fujian();
    static final String GULOU = "350102"; // 福州市鼓楼区
    static final String SIMING = "350203"; // 厦门市思明区
    static final String FORMULA_NAME = "=HYPERLINK(\"http://example.invalid\",\"点我\")";

    private Fixtures() {}

    /** A valid 统一社会信用代码 for a county and a serial number. */
    static String uscc(String county, int n) {
        String first17 = "92" + county + String.format("%09d", n);
        return first17 + UsccCode.checkChar(first17);
    }

    /** EntityFacts over a map, as the rules engine's store would answer. */
    record MapFacts(Map<String, EntityFact> map) implements EntityFacts {
        @Override
        public Optional<EntityFact> of(String uscc) {
            return Optional.ofNullable(map.get(uscc));
        }

        @Override
        public Stream<EntityFact> inScope() {
            return map.values().stream().filter(EntityFact::inScope);
        }

        @Override
        public Stream<String> registered() {
            return map.keySet().stream();
        }
    }

    static EntityFact fact(String uscc, String name, String county, String market, int roster, int full, int reported,
            List<String> orgs) {
        return new EntityFact(uscc, name, county, county + "市场监管所", market, "F", true, true, roster, full, reported,
                Math.max(roster, reported), 2024, full >= 3 ? "ROSTER" : reported >= 3 ? "ANNUAL_REPORT" : null, orgs, "王小明", "存续");
    }

    static Finding finding(RuleCode rule, SubjectType type, String key, String name, String county, String market,
            long metric, String basis, FindingStatus status, LocalDate firstSeen) {
        return new Finding(rule, type, key, name, county, market, metric, basis, "说明：" + name + "的问题，请核实。", status, firstSeen);
    }

    static CountyFigures county(String code, int micro, int ind, int base, int covered) {
        return new CountyFigures(code, micro, ind, 0, 0, base, base, covered, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    /** A small run with every rule, every status, both cities' subjects and a person without a region. */
    static GapReportInput sample(boolean revealPii) {
        Map<String, EntityFact> facts = new LinkedHashMap<>();
        List<Finding> findings = new ArrayList<>();
        String e1 = uscc(GULOU, 1);
        String e2 = uscc(GULOU, 2);
        String e3 = uscc(SIMING, 3);
        String e4 = uscc(SIMING, 4);
        String e5 = uscc(GULOU, 5);
        facts.put(e1, fact(e1, FORMULA_NAME, GULOU, "SC350102001", 3, 3, 2, List.of()));
        facts.put(e2, fact(e2, "福州鼓楼示例茶叶店", GULOU, "SC350102001", 1, 1, 0, List.of()));
        facts.put(e3, fact(e3, "厦门思明示例贸易有限公司", SIMING, null, 2, 1, 2, List.of("D0001")));
        facts.put(e4, fact(e4, "厦门思明示例餐饮店", SIMING, null, 1, 0, 1, List.of()));
        facts.put(e5, fact(e5, "福州鼓楼示例服装店", GULOU, "SC350102001", 1, 1, 0, List.of()));
        LocalDate earlier = RUN.minusDays(10);

        findings.add(finding(RuleCode.R01, SubjectType.MARKET, "SC350102001", "鼓楼示例农贸市场", GULOU, "SC350102001", 5, null, FindingStatus.NEW, RUN));
        // A 说明 long enough to wrap over several lines.
        findings.add(new Finding(RuleCode.R02, SubjectType.ENTITY, e1, FORMULA_NAME, GULOU, "SC350102001", 3, "ROSTER",
                FORMULA_NAME + "党员名册在册正式党员3人、最近年报党员2人，符合单独组建条件但未被任何党组织覆盖，年报人数含预备党员，"
                        + "请先核实正式党员人数，再指导单独组建党支部；如已建立党组织，请补录党组织信息并更正年报。",
                FindingStatus.OPEN, earlier));
        findings.add(finding(RuleCode.R03, SubjectType.ENTITY, e2, "福州鼓楼示例茶叶店", GULOU, "SC350102001", 1, null, FindingStatus.NEW, RUN));
        findings.add(finding(RuleCode.R03, SubjectType.ENTITY, e5, "福州鼓楼示例服装店", GULOU, "SC350102001", 1, null, FindingStatus.NEW, RUN));
        findings.add(finding(RuleCode.R03, SubjectType.ENTITY, e4, "厦门思明示例餐饮店", SIMING, null, 1, null, FindingStatus.OPEN, earlier));
        findings.add(finding(RuleCode.R04, SubjectType.PERSON, "P0123456789abcdef", "张*", GULOU, null, 2, "NOT_IN_ROSTER", FindingStatus.NEW, RUN));
        findings.add(finding(RuleCode.R04, SubjectType.PERSON, "P1111111111111111", "李**", null, null, 1,
                "RELATION_NOT_TRANSFERRED", FindingStatus.NEW, RUN));
        findings.add(finding(RuleCode.R05, SubjectType.PERSON, "P2222222222222222", "王*", SIMING, null, 2,
                "RIDER+LEGAL_REP", FindingStatus.OPEN, earlier));
        findings.add(finding(RuleCode.R06, SubjectType.ENTITY, e3, "厦门思明示例贸易有限公司", SIMING, null, 0, null, FindingStatus.RESOLVED, earlier));
        findings.add(finding(RuleCode.R07, SubjectType.ENTITY, e4, "厦门思明示例餐饮店", SIMING, null, 0, null, FindingStatus.NEW, RUN));
        findings.add(finding(RuleCode.R08, SubjectType.ENTITY, e3, "厦门思明示例贸易有限公司", SIMING, null, 0, null, FindingStatus.OPEN, earlier));
        findings.add(finding(RuleCode.R09, SubjectType.ORG, "D0002", "中共示例党支部", GULOU, null, 2, null, FindingStatus.NEW, RUN));
        findings.add(finding(RuleCode.R10, SubjectType.STATION, "美团|ST001", "鼓楼示例站", GULOU, null, 3, null, FindingStatus.NEW, RUN));
        findings.add(finding(RuleCode.R11, SubjectType.ORG, "D0003", "中共示例联合党支部", SIMING, null, 7, null, FindingStatus.OPEN, earlier));
        findings.add(finding(RuleCode.R12, SubjectType.PERSON, "P3333333333333333", "赵*", SIMING, null, 1, "WORKPLACE", FindingStatus.NEW, RUN));
        findings.add(finding(RuleCode.R12, SubjectType.ORG, "D0003", "中共示例联合党支部", SIMING, null, 1, "COVERED_NAME", FindingStatus.NEW, RUN));
        findings.add(finding(RuleCode.R13, SubjectType.ENTITY, e2, "福州鼓楼示例茶叶店", GULOU, "SC350102001", 2024, null, FindingStatus.NEW, RUN));
        findings.add(finding(RuleCode.R13, SubjectType.ENTITY, e4, "厦门思明示例餐饮店", SIMING, null, 2024, null, FindingStatus.RESOLVED, earlier));

        List<ProposalRow> proposals = List.of(
                new ProposalRow("LJ-350102-0001", "MARKET", null, "SC350102001", null, 2, List.of(e2, e5),
                        List.of("福州鼓楼示例茶叶店", "福州鼓楼示例服装店")),
                new ProposalRow(null, null, SIMING, null, "F", 1, List.of(e4), List.of(ProposalRow.UNPLACED_ADVICE)));
        List<MarketView> markets = List.of(
                new MarketView("SC350102001", "鼓楼示例农贸市场", "农贸市场", GULOU, uscc(GULOU, 9), "鼓楼示例市场管理有限公司", false, "存续", 120, 3, 5, List.of()),
                new MarketView("SC350203001", "思明示例建材市场", "建材市场", SIMING, uscc(SIMING, 9), null, false, null, null, 0, 0, List.of("D0001")));
        MatchDecision fuzzy = new MatchDecision(MatchMethod.FUZZY, e1, 0.925, null, 0, null, List.of());
        MatchDecision ambiguous = new MatchDecision(MatchMethod.UNRESOLVED, null, 0.9, e3, 0.9, MatchDecision.Unresolved.AMBIGUOUS,
                List.of(new MatchDecision.Candidate(e3, "厦门思明示例贸易有限公司", 0.9, 1), new MatchDecision.Candidate(e4, "厦门思明示例餐饮店", 0.9, 1)));
        MatchDecision none = new MatchDecision(MatchMethod.UNRESOLVED, null, 0, null, 0, MatchDecision.Unresolved.NO_CANDIDATE, List.of());
        List<NameResolutionRecord> resolutions = List.of(
                new NameResolutionRecord("MEMBER", "P0123456789abcdef", "鼓楼示例公司", null, fuzzy),
                new NameResolutionRecord("MEMBER", "P3333333333333333", "思明示例贸易公司", null, ambiguous),
                new NameResolutionRecord("ORG_COVERED_NAME", "D0003", "不存在的示例商行", null, none),
                new NameResolutionRecord("ORG_COVERED_NAME", "D0003", "厦门思明示例餐饮店", null,
                        new MatchDecision(MatchMethod.EXACT, e4, 1.0, null, 0, null, List.of())));
        List<DataQualityNote> notes = List.of(new DataQualityNote("所在市场编号不在台账中", "registrations", "registrations.csv", 17,
                uscc(GULOU, 17), "登记信息所在市场编号SC999不在专业市场台账中。"));
        List<CountyFigures> counties = new ArrayList<>();
        for (Region c : REGIONS.counties()) {
            if (c.code().equals(GULOU)) {
                counties.add(county(c.code(), 40, 60, 30, 12));
            } else if (c.code().equals(SIMING)) {
                counties.add(county(c.code(), 10, 10, 8, 5));
            } else {
                counties.add(county(c.code(), 0, 0, 0, 0));
            }
        }
        ReconciliationResult result = new ReconciliationResult(RUN, findings.stream().map(f -> f.withLifecycle(null, null)).toList(),
                proposals, new MapFacts(facts), markets, counties, resolutions, notes, Map.of());
        Map<Source, SourceDates.SourceDate> dates = new EnumMap<>(Source.class);
        dates.put(Source.REGISTRATIONS, new SourceDates.SourceDate(RUN.minusDays(1), true));
        dates.put(Source.PARTY_MEMBERS, new SourceDates.SourceDate(RUN.minusDays(2), false));
        return new GapReportInput(result, findings, dates,
                List.of(new RejectCount(Source.REGISTRATIONS, "registrations.csv", "统一社会信用代码校验位错误", 3)),
                REGIONS, revealPii);
    }

    /** {@code n} R13 findings in one county, for the row-limit tests and the benchmark. */
    static List<Finding> manyR13(int n, String county) {
        List<Finding> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(finding(RuleCode.R13, SubjectType.ENTITY, uscc(county, 100_000 + i), "示例个体户" + i, county, null, 2024, null,
                    FindingStatus.NEW, RUN));
        }
        return out;
    }

    /** The base input whose name resolution also matched {@code n} workplace names exactly (as a province run does). */
    static GapReportInput withExactMatches(GapReportInput base, int n) {
        ReconciliationResult r = base.result();
        List<NameResolutionRecord> resolutions = new ArrayList<>(r.resolutions());
        for (int i = 0; i < n; i++) {
            String e = uscc(GULOU, 200_000 + i);
            resolutions.add(new NameResolutionRecord("MEMBER", "P" + i, "鼓楼示例商行" + i, null,
                    new MatchDecision(MatchMethod.EXACT, e, 1.0, null, 0, null, List.of())));
        }
        ReconciliationResult more = new ReconciliationResult(r.runDate(), r.findings(), r.proposals(), r.entities(), r.markets(),
                r.counties(), resolutions, r.notes(), r.skippedRules(), r.platforms(), r.absentSources());
        return new GapReportInput(more, base.findings(), base.sourceDates(), base.rejects(), base.regions(), base.revealPii());
    }

    static GapReportInput withFindings(GapReportInput base, List<Finding> findings) {
        return new GapReportInput(base.result(), findings, base.sourceDates(), base.rejects(), base.regions(), base.revealPii());
    }
}
