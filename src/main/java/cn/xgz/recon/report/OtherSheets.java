package cn.xgz.recon.report;

import cn.xgz.recon.rules.DataQualityNote;
import cn.xgz.recon.rules.EntityFact;
import cn.xgz.recon.rules.Finding;
import cn.xgz.recon.rules.FindingStatus;
import cn.xgz.recon.rules.MarketView;
import cn.xgz.recon.rules.NameResolutionRecord;
import cn.xgz.recon.proposal.ProposalRow;
import cn.xgz.recon.rules.RuleCode;
import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;

/** The sheets after the rule sheets: 联建建议, 专业市场台账, 已销号, 数据质量. */
final class OtherSheets {

    static final String PROPOSALS = "联建建议";
    static final String MARKETS = "专业市场台账";
    static final String RESOLVED = "已销号";
    static final String QUALITY = "数据质量";

    private OtherSheets() {}

    /** One unit of a proposal: a row of 联建建议. */
    record ProposalUnit(ProposalRow proposal, int position, String uscc, String name, EntityFact fact) {}

    static List<String> proposals(Workbook wb, Styles st, ReportContext ctx, Scope scope, int maxRows) {
        List<Col<ProposalUnit>> cols = List.of(
                Col.text("建议编号", u -> u.proposal().proposalId()),
                Col.text("联建方式", u -> Labels.groupKind(u.proposal().groupKind())),
                Col.text("县（市、区）", u -> ctx.countyName(county(ctx, u))),
                Col.text("地市", u -> ctx.cityName(county(ctx, u))),
                Col.text("专业市场", u -> ctx.marketLabel(u.proposal().marketId())),
                Col.text("行业门类", u -> ctx.sectionLabel(u.proposal().industrySection())),
                Col.of("单位数", Col.Kind.COUNT, u -> u.proposal().unitUsccs().size()),
                Col.of("党员合计", Col.Kind.COUNT, u -> u.proposal().memberTotal()),
                Col.of("单位序号", Col.Kind.PLAIN, u -> u.position()),
                Col.text("单位统一社会信用代码", ProposalUnit::uscc),
                Col.text("单位名称", ProposalUnit::name),
                Col.of("单位党员底数", Col.Kind.COUNT, u -> u.fact() == null ? null : u.fact().memberBase()),
                Col.text("单位所在县（市、区）", u -> u.fact() == null ? null : ctx.countyName(u.fact().regionCode())),
                Col.text("建议", u -> u.proposal().placed()
                        ? "建议组建联合党支部（" + u.proposal().unitUsccs().size() + "个单位，党员" + u.proposal().memberTotal() + "名）"
                        : ProposalRow.UNPLACED_ADVICE));
        TableWriter<ProposalUnit> t = new TableWriter<>(wb, st, ctx, scope, PROPOSALS, PROPOSALS, cols, maxRows);
        boolean shade = false;
        for (ProposalRow p : ctx.input().result().proposals()) {
            if (!scope.includesCounty(proposalCounty(ctx, p))) {
                continue;
            }
            // Alternate shading marks where one proposal's units end and the next begin.
            shade = !shade;
            for (int i = 0; i < p.unitUsccs().size(); i++) {
                String uscc = p.unitUsccs().get(i);
                EntityFact f = ctx.fact(uscc);
                String name = p.placed() && i < p.unitNames().size() ? p.unitNames().get(i) : (f == null ? null : f.name());
                t.add(new ProposalUnit(p, i + 1, uscc, name, f), shade);
            }
        }
        return t.finish();
    }

    private static String county(ReportContext ctx, ProposalUnit u) {
        return proposalCounty(ctx, u.proposal());
    }

    /** The county of a proposal: its own, else its market's, else its first unit's. */
    static String proposalCounty(ReportContext ctx, ProposalRow p) {
        if (p.regionCode() != null) {
            return p.regionCode();
        }
        MarketView m = ctx.market(p.marketId());
        if (m != null) {
            return m.regionCode();
        }
        EntityFact f = p.unitUsccs().isEmpty() ? null : ctx.fact(p.unitUsccs().get(0));
        return f == null ? null : f.regionCode();
    }

    static List<String> markets(Workbook wb, Styles st, ReportContext ctx, Scope scope, int maxRows) {
        List<Col<MarketView>> cols = List.of(
                Col.text("市场编号", MarketView::marketId),
                Col.text("市场名称", MarketView::marketName),
                Col.text("市场类别", MarketView::category),
                Col.text("县（市、区）", m -> ctx.countyName(m.regionCode())),
                Col.text("地市", m -> ctx.cityName(m.regionCode())),
                Col.text("开办者统一社会信用代码", MarketView::operatorUscc),
                Col.text("开办者名称", m -> m.operatorName() == null ? "（未登记）" : m.operatorName()),
                Col.text("开办者登记状态", Labels::operatorStatus),
                Col.of("经营户数量（台账）", Col.Kind.COUNT, MarketView::stallCount),
                Col.of("场内登记经营主体数", Col.Kind.COUNT, MarketView::registeredTraders),
                Col.of("党员底数", Col.Kind.COUNT, MarketView::memberBase),
                Col.text("是否已建党组织", m -> m.covered() ? "是" : "否"),
                Col.text("覆盖党组织代码", m -> String.join("；", m.coveringOrgCodes())));
        TableWriter<MarketView> t = new TableWriter<>(wb, st, ctx, scope, MARKETS, MARKETS, cols, maxRows);
        for (MarketView m : ctx.input().result().markets()) {
            if (scope.includesCounty(m.regionCode())) {
                t.add(m);
            }
        }
        return t.finish();
    }

    static List<String> resolved(Workbook wb, Styles st, ReportContext ctx, Scope scope, WorkbookPlan plan, int maxRows) {
        String title = RESOLVED + "（本次运行销号的问题" + (plan.counted().isEmpty() ? "" : "；" + codes(plan) + "的销号数见其工作表") + "）";
        TableWriter<Finding> t = new TableWriter<>(wb, st, ctx, scope, RESOLVED, title, FindingColumns.resolved(ctx), maxRows);
        for (RuleCode rule : RuleCode.values()) {
            if (!plan.listed(rule)) {
                continue;
            }
            for (Finding f : plan.findings().get(rule)) {
                if (f.status() == FindingStatus.RESOLVED) {
                    t.add(f);
                }
            }
        }
        return t.finish();
    }

    private static String codes(WorkbookPlan plan) {
        return plan.counted().stream().map(RuleCode::name).collect(java.util.stream.Collectors.joining("、"));
    }

    /** One county's count of a rule listed only as counts. */
    record CountyCount(String county, int[] byStatus, String where) {}

    /**
     * A rule too long for this workbook: its findings counted per county (新发现 / 持续 / 已销号), each with the workbook
     * that lists them in full.
     */
    static List<String> counted(Workbook wb, Styles st, ReportContext ctx, Scope scope, RuleCode rule, List<Finding> findings,
            int maxRows) {
        java.util.Map<String, int[]> byCounty = new java.util.TreeMap<>();
        for (Finding f : findings) {
            byCounty.computeIfAbsent(f.regionCode() == null ? "" : f.regionCode(), k -> new int[3])[f.status().ordinal()]++;
        }
        List<Col<CountyCount>> cols = List.of(
                Col.text("县级区划代码", CountyCount::county),
                Col.text("县（市、区）", c -> c.county().isEmpty() ? SummarySheet.UNKNOWN_REGION : ctx.countyName(c.county())),
                Col.text("地市", c -> ctx.cityName(c.county())),
                Col.of("新发现", Col.Kind.COUNT, c -> c.byStatus()[0]),
                Col.of("持续", Col.Kind.COUNT, c -> c.byStatus()[1]),
                Col.of("已销号", Col.Kind.COUNT, c -> c.byStatus()[2]),
                Col.of("合计", Col.Kind.COUNT, c -> c.byStatus()[0] + c.byStatus()[1] + c.byStatus()[2]),
                Col.text("完整清单", CountyCount::where));
        String title = rule.sheetTitle() + "（严重程度：" + rule.severity().label() + "；共" + String.format("%,d", findings.size())
                + "条，超过单个工作簿可容纳的行数，本表只列各县（市、区）数量，完整清单见右列工作簿）";
        TableWriter<CountyCount> t = new TableWriter<>(wb, st, ctx, scope, rule.sheetTitle(), title, cols, maxRows);
        byCounty.forEach((county, counts) -> t.add(new CountyCount(county, counts, fullList(ctx, scope, county))));
        return t.finish();
    }

    /** Where a county's full list is: its by-county workbook, or findings.csv from a county's own workbook. */
    private static String fullList(ReportContext ctx, Scope scope, String county) {
        if (scope.county() || county.isEmpty()) {
            return "findings.csv";
        }
        return ctx.regions().find(county).map(r -> GapWorkbookWriter.BY_COUNTY + "/" + GapWorkbookWriter.regionFileName(r))
                .orElse("findings.csv");
    }

    /** One line of 数据质量; the sheet mixes four kinds of problem in one filterable table. */
    record QualityLine(String category, String source, String file, Integer row, String key, String name, Long count,
            String detail, String candidates) {}

    static List<String> quality(Workbook wb, Styles st, ReportContext ctx, Scope scope, int maxRows) {
        List<Col<QualityLine>> cols = List.of(
                Col.text("类别", QualityLine::category),
                Col.text("数据来源", QualityLine::source),
                Col.text("文件", QualityLine::file),
                Col.of("行号", Col.Kind.PLAIN, QualityLine::row),
                Col.text("标识", QualityLine::key),
                Col.text("名称", QualityLine::name),
                Col.of("数量", Col.Kind.COUNT, QualityLine::count),
                Col.of("说明", Col.Kind.LONG_TEXT, QualityLine::detail),
                Col.of("候选主体", Col.Kind.LONG_TEXT, QualityLine::candidates));
        TableWriter<QualityLine> t = new TableWriter<>(wb, st, ctx, scope, QUALITY, QUALITY, cols, maxRows);
        if (scope.whole()) {
            for (RejectCount r : ctx.input().rejects()) {
                t.add(new QualityLine("拒收记录", r.source() == null ? null : r.source().label(), r.file(), null, null, null,
                        r.count(), r.reason(), null));
            }
            ctx.input().incompleteSources().forEach((source, why) -> t.add(new QualityLine(
                    "数据源不完整", source.label(), null, null, null, null, null, why + "；相关规则本次不销号", null)));
            for (String file : ctx.input().unmatchedFiles()) {
                t.add(new QualityLine("未识别的文件", null, file, null, null, null, null,
                        "文件名不以任何数据源的前缀开头，未读取（应以 registrations、annual-reports、riders、party-orgs、"
                                + "party-members 或 markets 开头）", null));
            }
            ctx.input().result().skippedRules().forEach((rule, why) -> t.add(new QualityLine(
                    "规则未运行", null, null, null, rule.name(), rule.ruleName(), null, why, null)));
            for (DataQualityNote n : ctx.input().result().notes()) {
                t.add(new QualityLine(n.kind(), sourceLabel(n.source()), n.file(), n.row() > 0 ? n.row() : null, n.key(),
                        null, null, n.detail(), null));
            }
        }
        for (ReportContext.PlacedName n : ctx.placedNames()) {
            if (n.fuzzy() || !n.in(scope)) {
                continue;
            }
            NameResolutionRecord r = n.record();
            boolean member = "MEMBER".equals(r.kind());
            t.add(new QualityLine(member ? "党员工作单位无法匹配" : "党组织覆盖单位名称无法匹配", member ? "党员信息" : "党组织信息",
                    null, null, r.subjectKey(), r.nameText(), null, Labels.unresolved(r.decision().reason()),
                    Labels.candidates(r.decision())));
        }
        return t.finish();
    }

    private static String sourceLabel(String prefix) {
        if (prefix == null) {
            return null;
        }
        return java.util.Arrays.stream(cn.xgz.recon.source.Source.values())
                .filter(s -> s.prefix().equals(prefix))
                .map(cn.xgz.recon.source.Source::label)
                .findFirst()
                .orElse(prefix);
    }
}
