package cn.xgz.recon.report;

import cn.xgz.recon.feedback.ReviewStatus;
import cn.xgz.recon.feedback.RunReviews;
import cn.xgz.recon.lifecycle.RunPoint;
import cn.xgz.recon.match.MatchDecision;
import cn.xgz.recon.match.MatchMethod;
import cn.xgz.recon.reference.IndustryTable;
import cn.xgz.recon.reference.Region;
import cn.xgz.recon.reference.RegionTable;
import cn.xgz.recon.rules.EntityFact;
import cn.xgz.recon.rules.Finding;
import cn.xgz.recon.rules.FindingStatus;
import cn.xgz.recon.rules.MarketView;
import cn.xgz.recon.rules.NameResolutionRecord;
import cn.xgz.recon.rules.RuleCode;
import cn.xgz.recon.rules.SubjectType;
import cn.xgz.recon.source.Source;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The look-ups every sheet needs, built once per run from the input and never changed afterwards, so that one
 * context serves workbooks written in parallel.
 */
final class ReportContext {

    static final String REPORT_TITLE = "小个专及网约配送员党建数据差异报告";

    private final GapReportInput input;
    private final IndustryTable industries;
    private final Map<String, MarketView> marketsById;
    private final Map<String, NameResolutionRecord> memberResolutions;
    private final Map<String, List<NameResolutionRecord>> orgResolutions;
    private final Map<RuleCode, List<Finding>> byRule;
    private final String datesLine;
    private RegionIndex byRegion;
    private List<PlacedName> placedNames;
    private RunPoint currentPoint;

    ReportContext(GapReportInput input, IndustryTable industries) {
        this.input = input;
        this.industries = industries;
        Map<String, MarketView> markets = new HashMap<>();
        for (MarketView m : input.result().markets()) {
            markets.putIfAbsent(m.marketId(), m);
        }
        this.marketsById = Collections.unmodifiableMap(markets);
        Map<String, NameResolutionRecord> members = new HashMap<>();
        Map<String, List<NameResolutionRecord>> orgs = new HashMap<>();
        for (NameResolutionRecord r : input.result().resolutions()) {
            if ("MEMBER".equals(r.kind())) {
                members.putIfAbsent(r.subjectKey(), r);
            } else {
                orgs.computeIfAbsent(r.subjectKey(), k -> new ArrayList<>()).add(r);
            }
        }
        this.memberResolutions = Collections.unmodifiableMap(members);
        this.orgResolutions = Collections.unmodifiableMap(orgs);
        Map<RuleCode, List<Finding>> rules = new EnumMap<>(RuleCode.class);
        for (Finding f : input.findings()) {
            rules.computeIfAbsent(f.rule(), k -> new ArrayList<>()).add(f);
        }
        this.byRule = Collections.unmodifiableMap(rules);
        this.datesLine = datesLine(input);
    }

    private static String datesLine(GapReportInput input) {
        String sources = java.util.Arrays.stream(Source.values())
                .map(s -> s.label() + " " + (input.sourceDates().containsKey(s) ? input.sourceDates().get(s).label() : "未提供"))
                .collect(Collectors.joining("；"));
        return "运行日期 " + input.runDate() + "　数据日期：" + sources;
    }

    /** The latest earlier nightly run in the history, the base of 汇总's change column. */
    java.util.Optional<RunPoint> previousRun() {
        RunPoint last = null;
        for (RunPoint p : input.history()) {
            if (p.nightly() && p.runDate().isBefore(runDate()) && (last == null || p.runDate().isAfter(last.runDate()))) {
                last = p;
            }
        }
        return java.util.Optional.ofNullable(last);
    }

    GapReportInput input() {
        return input;
    }

    /** The reviews in force of the run's findings (none without feedback). */
    RunReviews reviews() {
        return input.feedback().reviews();
    }

    LocalDate runDate() {
        return input.runDate();
    }

    RegionTable regions() {
        return input.regions();
    }

    /** "运行日期 … 数据日期：…" for the second title row. */
    String datesLine() {
        return datesLine;
    }

    /** All findings of a rule (every status), in input order. */
    List<Finding> findings(RuleCode rule) {
        return byRule.getOrDefault(rule, List.of());
    }

    /** A rule's findings in a scope (every status), in input order. */
    List<Finding> findings(RuleCode rule, Scope scope) {
        return switch (scope.level()) {
            case WHOLE -> findings(rule);
            case CITY -> of(byRegion().byCity(), scope.code(), rule);
            case COUNTY -> of(byRegion().byCounty(), scope.code(), rule);
        };
    }

    /**
     * The findings per county and per city, each per rule in input order.
     *
     * @param byCounty keyed by region_code
     * @param byCity keyed by the region_code's city ({@link Finding#cityCode()})
     */
    private record RegionIndex(Map<String, Map<RuleCode, List<Finding>>> byCounty,
            Map<String, Map<RuleCode, List<Finding>>> byCity) {}

    private static List<Finding> of(Map<String, Map<RuleCode, List<Finding>>> index, String code, RuleCode rule) {
        return index.getOrDefault(code, Map.of()).getOrDefault(rule, List.of());
    }

    /**
     * The findings per county and per city, built on first use: a province has some ninety county and ten city
     * workbooks, and each scanning every finding for its own (a substring per finding to find its city) cost more
     * than writing it.
     */
    private synchronized RegionIndex byRegion() {
        if (byRegion == null) {
            Map<String, Map<RuleCode, List<Finding>>> counties = new HashMap<>();
            Map<String, Map<RuleCode, List<Finding>>> cities = new HashMap<>();
            for (Finding f : input.findings()) {
                if (f.regionCode() != null) {
                    counties.computeIfAbsent(f.regionCode(), k -> new EnumMap<>(RuleCode.class))
                            .computeIfAbsent(f.rule(), k -> new ArrayList<>()).add(f);
                }
                String city = f.cityCode();
                if (city != null) {
                    cities.computeIfAbsent(city, k -> new EnumMap<>(RuleCode.class))
                            .computeIfAbsent(f.rule(), k -> new ArrayList<>()).add(f);
                }
            }
            byRegion = new RegionIndex(counties, cities);
        }
        return byRegion;
    }

    /**
     * A name that 匹配说明 or 数据质量 lists: resolved by a fuzzy match, or not at all. {@code county} places it as
     * those sheets do: a fuzzy match by its entity's county, an unresolved name by its R12 finding (null: neither).
     */
    record PlacedName(NameResolutionRecord record, String county) {

        boolean fuzzy() {
            return record.decision().method() == MatchMethod.FUZZY;
        }

        boolean in(Scope scope) {
            return scope.whole() || scope.includesCounty(county);
        }
    }

    /**
     * The rows that 匹配说明 and 数据质量 give names in a scope. Exact matches appear on no sheet; counting them (half a
     * million at province scale) would push every list past the cap.
     */
    long nameLines(Scope scope) {
        long rows = 0;
        for (PlacedName n : placedNames()) {
            if (n.in(scope)) {
                rows += n.fuzzy() ? 1 : 2; // an unresolved name is on 匹配说明 and on 数据质量
            }
        }
        return rows;
    }

    /**
     * The names of 匹配说明 and 数据质量 in the resolutions' order, placed once for all workbooks: placing them cost
     * each of a province's hundred workbooks a look-up per fuzzy match.
     */
    synchronized List<PlacedName> placedNames() {
        if (placedNames == null) {
            Map<String, String> r12Region = new HashMap<>();
            for (Finding f : findings(RuleCode.R12)) {
                if (f.status() != FindingStatus.RESOLVED) {
                    r12Region.put(f.subjectType().name() + "|" + f.subjectKey(), f.regionCode());
                }
            }
            List<PlacedName> names = new ArrayList<>();
            for (NameResolutionRecord r : input.result().resolutions()) {
                MatchDecision d = r.decision();
                if (d != null && d.method() == MatchMethod.FUZZY) {
                    EntityFact e = fact(d.uscc());
                    names.add(new PlacedName(r, e == null ? null : e.regionCode()));
                } else if (d != null && d.method() == MatchMethod.UNRESOLVED) {
                    SubjectType type = "MEMBER".equals(r.kind()) ? SubjectType.PERSON : SubjectType.ORG;
                    names.add(new PlacedName(r, r12Region.get(type.name() + "|" + r.subjectKey())));
                }
                // matched by code, exactly or by decision: on no sheet
            }
            placedNames = List.copyOf(names);
        }
        return placedNames;
    }

    /** This run's figures per county (a point of 趋势), computed once for all workbooks. */
    synchronized RunPoint currentPoint() {
        if (currentPoint == null) {
            currentPoint = SummarySheet.currentPoint(this);
        }
        return currentPoint;
    }

    String countyName(String code) {
        return code == null ? "" : regions().nameOf(code);
    }

    String cityName(String countyCode) {
        String city = Region.cityOf(countyCode);
        return city == null ? "" : regions().nameOf(city);
    }

    EntityFact fact(String uscc) {
        return uscc == null ? null : input.result().entities().of(uscc).orElse(null);
    }

    MarketView market(String marketId) {
        return marketId == null ? null : marketsById.get(marketId);
    }

    /** 市场名称（市场编号）, or the bare id when the ledger does not have it. */
    String marketLabel(String marketId) {
        if (marketId == null || marketId.isEmpty()) {
            return null;
        }
        MarketView m = marketsById.get(marketId);
        return m == null ? marketId : m.marketName() + "（" + marketId + "）";
    }

    NameResolutionRecord memberResolution(String personKey) {
        return memberResolutions.get(personKey);
    }

    List<NameResolutionRecord> orgResolutions(String orgCode) {
        return orgResolutions.getOrDefault(orgCode, List.of());
    }

    String entityName(String uscc) {
        EntityFact f = fact(uscc);
        return f == null ? null : f.name();
    }

    /** 门类 letter and name, e.g. F 批发和零售业; blank industry is shown as 未填行业. */
    String sectionLabel(String section) {
        if (section == null) {
            return null;
        }
        if (section.isEmpty()) {
            return "未填行业";
        }
        return industries.nameOf(section).map(n -> section + " " + n).orElse(section);
    }

    /**
     * What the review in force means for a finding on this run date (已核实, 暂缓, 已整改待数据确认, 整改逾期, 已排除,
     * 核查后情况有变化), as the rule sheets' 核查情况 shows it; null while it has none.
     */
    String reviewInForce(Finding f) {
        ReviewStatus s = reviews().of(f);
        return s == null ? null : s.state().shown();
    }

    Long daysOpen(Finding f) {
        return f.firstSeen() == null ? null : ChronoUnit.DAYS.between(f.firstSeen(), runDate());
    }
}
