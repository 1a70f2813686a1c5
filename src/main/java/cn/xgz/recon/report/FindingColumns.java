package cn.xgz.recon.report;

import cn.xgz.recon.match.MatchDecision;
import cn.xgz.recon.match.MatchMethod;
import cn.xgz.recon.rules.EntityFact;
import cn.xgz.recon.rules.Finding;
import cn.xgz.recon.rules.MarketView;
import cn.xgz.recon.rules.NameResolutionRecord;
import cn.xgz.recon.rules.RuleCode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The columns of a rule's sheet: what an analyst needs to act on the finding (who, where, the figures behind it,
 * how a name was matched, since when) rather than findings.csv's raw columns.
 */
final class FindingColumns {

    private FindingColumns() {}

    /** The layout a rule's subjects call for (rules.md fixes each rule's subject type). */
    enum Layout {
        ENTITY,
        MARKET,
        PERSON,
        ORG,
        STATION,
        NAME
    }

    static Layout layoutOf(RuleCode rule) {
        return switch (rule) {
            case R01 -> Layout.MARKET;
            case R02, R03, R06, R07, R08, R13 -> Layout.ENTITY;
            case R04, R05 -> Layout.PERSON;
            case R09, R11 -> Layout.ORG;
            case R10 -> Layout.STATION;
            case R12 -> Layout.NAME;
        };
    }

    /** Rules whose findings carry a basis (rules.md's basis column). */
    static boolean hasBasis(RuleCode rule) {
        return switch (rule) {
            case R02, R04, R05, R12 -> true;
            default -> false;
        };
    }

    static List<Col<Finding>> forRule(RuleCode rule, ReportContext ctx) {
        List<Col<Finding>> cols = new ArrayList<>();
        switch (layoutOf(rule)) {
            case ENTITY -> entity(cols, new FactMemo(ctx), rule);
            case MARKET -> market(cols, ctx);
            case PERSON -> person(cols, ctx);
            case ORG -> org(cols, ctx);
            case STATION -> station(cols, ctx);
            case NAME -> name(cols, ctx);
        }
        String metric = Labels.metric(rule);
        // R03's metric is the 党员底数 the entity columns already show.
        if (metric != null && rule != RuleCode.R03) {
            cols.add(Col.of(metric, rule == RuleCode.R13 ? Col.Kind.PLAIN : Col.Kind.COUNT, Finding::metric));
        }
        if (hasBasis(rule)) {
            cols.add(Col.text("依据", f -> Labels.basis(f.basis())));
        }
        lifecycle(cols, ctx);
        cols.addAll(ReviewColumns.of(ctx));
        return cols;
    }

    /** The 已销号 sheet: findings of every rule, so the rule is a column. */
    static List<Col<Finding>> resolved(ReportContext ctx) {
        List<Col<Finding>> cols = new ArrayList<>();
        cols.add(Col.text("规则", f -> f.rule().name()));
        cols.add(Col.text("规则名称", f -> f.rule().ruleName()));
        cols.add(Col.text("对象类型", f -> Labels.subjectType(f.subjectType())));
        cols.add(Col.text("名称", Finding::subjectName));
        cols.add(Col.text("标识", Finding::subjectKey));
        where(cols, ctx);
        cols.add(Col.text("所在市场", f -> ctx.marketLabel(f.marketId())));
        cols.add(Col.of("指标", Col.Kind.PLAIN, Finding::metric));
        cols.add(Col.text("依据", f -> Labels.basis(f.basis())));
        cols.add(Col.text("状态", f -> Labels.status(f.status())));
        cols.add(Col.text("销号原因", f -> ResolutionReasons.of(ctx, f)));
        cols.add(Col.of("首次发现", Col.Kind.DATE, Finding::firstSeen));
        cols.add(Col.of("销号日期", Col.Kind.DATE, f -> ctx.runDate()));
        cols.add(Col.of(Labels.DAYS_TO_RESOLVE, Col.Kind.COUNT, ctx::daysOpen));
        cols.add(Col.of("说明", Col.Kind.LONG_TEXT, Finding::detail));
        return cols;
    }

    private static void where(List<Col<Finding>> cols, ReportContext ctx) {
        cols.add(Col.text("县（市、区）", f -> ctx.countyName(f.regionCode())));
        cols.add(Col.text("地市", f -> ctx.cityName(f.regionCode())));
    }

    private static void lifecycle(List<Col<Finding>> cols, ReportContext ctx) {
        cols.add(Col.text("状态", f -> Labels.status(f.status())));
        cols.add(Col.of("首次发现", Col.Kind.DATE, Finding::firstSeen));
        cols.add(Col.of(Labels.DAYS_OPEN, Col.Kind.COUNT, ctx::daysOpen));
        cols.add(Col.of("说明", Col.Kind.LONG_TEXT, Finding::detail));
    }

    private static void entity(List<Col<Finding>> cols, FactMemo memo, RuleCode rule) {
        ReportContext ctx = memo.ctx;
        cols.add(Col.text("主体名称", Finding::subjectName));
        cols.add(Col.text("统一社会信用代码", Finding::subjectKey));
        where(cols, ctx);
        cols.add(Col.text("市场监管所", fact(memo, EntityFact::officeName)));
        cols.add(Col.text("所在市场", f -> ctx.marketLabel(f.marketId())));
        cols.add(Col.of("名册党员数", Col.Kind.COUNT, fact(memo, EntityFact::rosterMembers)));
        cols.add(Col.of("其中正式党员", Col.Kind.COUNT, fact(memo, EntityFact::fullMembers)));
        cols.add(Col.of("年报党员数", Col.Kind.COUNT, fact(memo, EntityFact::reportedMembers)));
        cols.add(Col.of("党员底数", Col.Kind.COUNT, fact(memo, EntityFact::memberBase)));
        cols.add(Col.of("最近年报年度", Col.Kind.PLAIN, fact(memo, e -> e.latestReportYear() == 0 ? null : e.latestReportYear())));
        if (rule == RuleCode.R08) {
            cols.add(Col.text("覆盖党组织代码", fact(memo, e -> String.join("；", e.coveringOrgCodes()))));
        }
    }

    private static void market(List<Col<Finding>> cols, ReportContext ctx) {
        cols.add(Col.text("市场名称", Finding::subjectName));
        cols.add(Col.text("市场编号", Finding::subjectKey));
        where(cols, ctx);
        cols.add(Col.text("市场类别", market(ctx, MarketView::category)));
        cols.add(Col.text("开办者名称", market(ctx, m -> m.operatorName() == null ? "（未登记）" : m.operatorName())));
        cols.add(Col.text("开办者统一社会信用代码", market(ctx, MarketView::operatorUscc)));
        cols.add(Col.of("经营户数量（台账）", Col.Kind.COUNT, market(ctx, MarketView::stallCount)));
        cols.add(Col.of("场内登记经营主体数", Col.Kind.COUNT, market(ctx, MarketView::registeredTraders)));
    }

    private static void person(List<Col<Finding>> cols, ReportContext ctx) {
        cols.add(Col.text("姓名", Finding::subjectName));
        cols.add(Col.text("人员标识", Finding::subjectKey));
        where(cols, ctx);
        cols.add(Col.text("工作单位（党员名册）", member(ctx, NameResolutionRecord::nameText)));
        cols.add(Col.text("单位匹配方式", member(ctx, r -> Labels.method(r.decision().method()))));
        cols.add(Col.of("匹配得分", Col.Kind.SCORE, member(ctx, r -> r.decision().resolved() ? r.decision().score() : null)));
        cols.add(Col.text("匹配到的经营主体", member(ctx, r -> ctx.entityName(r.decision().uscc()))));
    }

    private static void org(List<Col<Finding>> cols, ReportContext ctx) {
        cols.add(Col.text("党组织名称", Finding::subjectName));
        cols.add(Col.text("党组织代码", Finding::subjectKey));
        where(cols, ctx);
        cols.add(Col.of("覆盖单位名称匹配情况", Col.Kind.LONG_TEXT, f -> orgMatches(ctx, f.subjectKey())));
    }

    private static void station(List<Col<Finding>> cols, ReportContext ctx) {
        cols.add(Col.text("配送站点", Finding::subjectName));
        cols.add(Col.text("平台", f -> keyPart(f.subjectKey(), 0)));
        cols.add(Col.text("站点编号", f -> keyPart(f.subjectKey(), 1)));
        where(cols, ctx);
    }

    private static void name(List<Col<Finding>> cols, ReportContext ctx) {
        cols.add(Col.text("对象类型", f -> Labels.subjectType(f.subjectType())));
        cols.add(Col.text("名称", Finding::subjectName));
        cols.add(Col.text("标识", Finding::subjectKey));
        where(cols, ctx);
        cols.add(Col.text("无法匹配的名称", f -> unresolved(ctx, f).stream().map(NameResolutionRecord::nameText).collect(Collectors.joining("；"))));
        cols.add(Col.text("原因", f -> unresolved(ctx, f).stream()
                .map(r -> Labels.unresolved(r.decision().reason()))
                .distinct()
                .collect(Collectors.joining("；"))));
        cols.add(Col.of("候选主体", Col.Kind.LONG_TEXT, f -> unresolved(ctx, f).stream()
                .map(r -> Labels.candidates(r.decision()))
                .filter(s -> !s.isEmpty())
                .collect(Collectors.joining("；"))));
    }

    /** The unresolved names behind an R12 finding: a member's workplace, or an organisation's covered names. */
    private static List<NameResolutionRecord> unresolved(ReportContext ctx, Finding f) {
        if (f.subjectType() == cn.xgz.recon.rules.SubjectType.PERSON) {
            NameResolutionRecord r = ctx.memberResolution(f.subjectKey());
            return r == null || r.decision().resolved() ? List.of() : List.of(r);
        }
        return ctx.orgResolutions(f.subjectKey()).stream().filter(r -> !r.decision().resolved()).toList();
    }

    /** 名称：方式 得分; … for an organisation's covered-unit names. */
    private static String orgMatches(ReportContext ctx, String orgCode) {
        List<NameResolutionRecord> rs = ctx.orgResolutions(orgCode);
        if (rs.isEmpty()) {
            return null;
        }
        return rs.stream().map(r -> {
            MatchDecision d = r.decision();
            String how = Labels.method(d.method());
            if (d.method() == MatchMethod.FUZZY) {
                how += " " + Labels.score(d.score());
            }
            return r.nameText() + "：" + how;
        }).collect(Collectors.joining("；"));
    }

    private static String keyPart(String key, int i) {
        if (key == null) {
            return null;
        }
        int bar = key.indexOf('|');
        if (bar < 0) {
            return i == 0 ? null : key;
        }
        return i == 0 ? key.substring(0, bar) : key.substring(bar + 1);
    }

    private static Function<Finding, Object> fact(FactMemo memo, Function<EntityFact, Object> get) {
        return f -> {
            EntityFact e = memo.of(f.subjectKey());
            return e == null ? null : get.apply(e);
        };
    }

    /**
     * The last looked-up fact, so a row's six figure columns cost one look-up. One per column set, and a column
     * set serves one sheet in one thread.
     */
    private static final class FactMemo {
        private final ReportContext ctx;
        private String key;
        private EntityFact fact;

        FactMemo(ReportContext ctx) {
            this.ctx = ctx;
        }

        EntityFact of(String uscc) {
            if (uscc == null || !uscc.equals(key)) {
                key = uscc;
                fact = ctx.fact(uscc);
            }
            return fact;
        }
    }

    private static Function<Finding, Object> market(ReportContext ctx, Function<MarketView, Object> get) {
        return f -> {
            MarketView m = ctx.market(f.subjectKey());
            return m == null ? null : get.apply(m);
        };
    }

    private static Function<Finding, Object> member(ReportContext ctx, Function<NameResolutionRecord, Object> get) {
        return f -> {
            NameResolutionRecord r = ctx.memberResolution(f.subjectKey());
            return r == null ? null : get.apply(r);
        };
    }
}
