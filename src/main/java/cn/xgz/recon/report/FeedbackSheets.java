package cn.xgz.recon.report;

import cn.xgz.recon.reference.Region;
import cn.xgz.recon.feedback.Columns;
import cn.xgz.recon.feedback.ReviewStatus;
import cn.xgz.recon.feedback.ScopeSignature;
import cn.xgz.recon.match.MatchDecision;
import cn.xgz.recon.match.MatchMethod;
import cn.xgz.recon.rules.EntityFact;
import cn.xgz.recon.rules.Finding;
import cn.xgz.recon.rules.FindingStatus;
import cn.xgz.recon.rules.NameResolutionRecord;
import cn.xgz.recon.rules.RuleCode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;

/** The sheets of the return path (feedback.md): 已排除, 核查进度, 匹配说明 and the hidden signed scope sheet. */
final class FeedbackSheets {

    static final String EXCLUDED = "已排除";
    static final String PROGRESS = "核查进度";
    static final String MATCHES = "匹配说明";

    private FeedbackSheets() {}

    /** Findings excluded as 不属实, with who excluded them, when and why. */
    static List<String> excluded(Workbook wb, Styles st, ReportContext ctx, Scope scope, List<Finding> excluded, int maxRows) {
        List<Col<Finding>> cols = new ArrayList<>(FindingColumns.resolved(ctx).subList(0, 8));
        cols.add(Col.text("核查单位", f -> ctx.reviews().of(f).review().unit()));
        cols.add(Col.of("核查日期", Col.Kind.DATE, f -> ctx.reviews().of(f).review().reviewDate()));
        cols.add(Col.of("核查说明", Col.Kind.LONG_TEXT, f -> ctx.reviews().of(f).review().note()));
        cols.add(Col.of("说明", Col.Kind.LONG_TEXT, Finding::detail));
        cols.addAll(ReviewColumns.of(ctx));
        TableWriter<Finding> t = new TableWriter<>(wb, st, ctx, scope, EXCLUDED, EXCLUDED + "（核查为不属实的问题，不计入规则表与汇总）",
                cols, maxRows);
        excluded.forEach(t::add);
        return t.finish();
    }

    /** One line of 核查进度. */
    record Progress(String code, String name, long open, long reviewed, long confirmed, long deferred, long rectified,
            long overdue, long untrue, Double share) {}

    /** Per city (per county in a city workbook): open findings and how far their checking has come. */
    static List<String> progress(Workbook wb, Styles st, ReportContext ctx, Scope scope, int maxRows) {
        Map<String, long[]> by = new TreeMap<>();
        for (RuleCode rule : RuleCode.values()) {
            for (Finding f : ctx.findings(rule, scope)) {
                if (f.status() == FindingStatus.RESOLVED) {
                    continue;
                }
                String key = scope.whole() ? f.cityCode() : f.regionCode();
                long[] n = by.computeIfAbsent(key == null ? "" : key, k -> new long[7]);
                ReviewStatus s = ctx.reviews().of(f);
                n[0]++;
                if (s != null && s.state() != ReviewStatus.State.EXCLUSION_LAPSED) {
                    n[1]++;
                    switch (s.state()) {
                        case CONFIRMED -> n[2]++;
                        case DEFERRED -> n[3]++;
                        case RECTIFIED_PENDING -> n[4]++;
                        case RECTIFIED_OVERDUE -> n[5]++;
                        case EXCLUDED -> n[6]++;
                        default -> { }
                    }
                }
            }
        }
        List<Progress> lines = new ArrayList<>();
        long[] total = new long[7];
        by.forEach((code, n) -> {
            lines.add(line(code, code.isEmpty() ? "（区划未知）" : ctx.regions().nameOf(code), n));
            for (int i = 0; i < n.length; i++) {
                total[i] += n[i];
            }
        });
        lines.add(line("", "合计", total));
        List<Col<Progress>> cols = List.of(
                Col.text(scope.whole() ? "地市代码" : "县区代码", Progress::code),
                Col.text(scope.whole() ? "地市" : "县（市、区）", Progress::name),
                Col.of("未销号问题", Col.Kind.COUNT, Progress::open),
                Col.of("已核查", Col.Kind.COUNT, Progress::reviewed),
                Col.of("属实", Col.Kind.COUNT, Progress::confirmed),
                Col.of("暂缓核查", Col.Kind.COUNT, Progress::deferred),
                Col.of("已整改", Col.Kind.COUNT, Progress::rectified),
                Col.of("整改逾期", Col.Kind.COUNT, Progress::overdue),
                Col.of("不属实", Col.Kind.COUNT, Progress::untrue),
                Col.of("核查比例", Col.Kind.PERCENT, Progress::share));
        TableWriter<Progress> t = new TableWriter<>(wb, st, ctx, scope, PROGRESS, PROGRESS + "（未销号问题的核查情况）", cols, maxRows);
        lines.forEach(t::add);
        return t.finish();
    }

    private static Progress line(String code, String name, long[] n) {
        return new Progress(code, name, n[0], n[1], n[2], n[3], n[4], n[5], n[6], n[0] == 0 ? null : 100.0 * n[1] / n[0]);
    }

    /** One distinct name on 匹配说明. */
    record NameLine(String source, String name, long uses, String method, String uscc, String entityName, Double score,
            String beaten, String why) {}

    /**
     * Every name resolved by a fuzzy match (both names, the score, the candidate it beat) and every unresolved name
     * with its best candidates, once per source and name, with the decision columns an analyst fills in.
     */
    static List<String> matches(Workbook wb, Styles st, ReportContext ctx, Scope scope, int maxRows) {
        Map<String, NameLine> lines = new LinkedHashMap<>();
        for (ReportContext.PlacedName n : ctx.placedNames()) {
            NameResolutionRecord r = n.record();
            MatchDecision d = r.decision();
            if (r.nameText() == null || !n.in(scope)) {
                continue;
            }
            boolean member = "MEMBER".equals(r.kind());
            String source = member ? "党员工作单位" : "党组织覆盖单位";
            String key = source + "|" + r.nameText();
            NameLine old = lines.get(key);
            if (old != null) {
                lines.put(key, new NameLine(old.source(), old.name(), old.uses() + 1, old.method(), old.uscc(), old.entityName(),
                        old.score(), old.beaten(), old.why()));
                continue;
            }
            if (d.method() == MatchMethod.FUZZY) {
                EntityFact e = ctx.fact(d.uscc());
                EntityFact runnerUp = ctx.fact(d.runnerUpUscc());
                String beaten = d.runnerUpUscc() == null ? "" : d.runnerUpUscc() + " " + (runnerUp == null ? "" : runnerUp.name())
                        + String.format("（%.2f）", d.runnerUpScore());
                lines.put(key, new NameLine(source, r.nameText(), 1, "名称模糊匹配", d.uscc(), e == null ? null : e.name(),
                        d.score(), beaten, null));
            } else {
                lines.put(key, new NameLine(source, r.nameText(), 1, "无法匹配", null, null, null, Labels.candidates(d),
                        Labels.unresolved(d.reason())));
            }
        }
        List<Col<NameLine>> cols = List.of(
                Col.text(Columns.NAME_SOURCE, NameLine::source),
                Col.text(Columns.NAME, NameLine::name),
                Col.of("出现次数", Col.Kind.COUNT, NameLine::uses),
                Col.text("匹配方式", NameLine::method),
                Col.text(Columns.MATCHED_USCC, NameLine::uscc),
                Col.text("匹配主体名称", NameLine::entityName),
                Col.of("相似度", Col.Kind.SCORE, NameLine::score),
                Col.of("其他候选（相似度）", Col.Kind.LONG_TEXT, NameLine::beaten),
                Col.of("未匹配原因", Col.Kind.LONG_TEXT, NameLine::why),
                Col.text(Columns.VERDICT, n -> null),
                Col.text(Columns.ASSIGNED_USCC, n -> null),
                Col.of(Columns.DATE, Col.Kind.DATE, n -> null),
                Col.text(Columns.UNIT, n -> null));
        TableWriter<NameLine> t = new TableWriter<>(wb, st, ctx, scope, MATCHES,
                MATCHES + "（模糊匹配与无法匹配的名称；确认匹配 / 否定匹配 / 指定主体 填写后退回，下次比对生效）", cols, maxRows);
        lines.values().forEach(t::add);
        return t.finish();
    }

    /** The hidden sheet that signs the workbook's scope with the installation's secret. */
    static void scope(Workbook wb, ReportContext ctx, Scope scope) {
        ScopeSignature signature = ctx.input().feedback().signature();
        if (signature == null) {
            return;
        }
        // A county workbook is signed with its city: feedback scopes are the province or a city (feedback.md).
        String code = scope.whole() ? ctx.input().feedback().provinceCode()
                : scope.city() ? scope.code() : Region.cityOf(scope.code());
        Sheet s = wb.createSheet(ScopeSignature.SHEET);
        String[][] kv = {{ScopeSignature.LABEL_SCOPE, code}, {ScopeSignature.LABEL_RUN_DATE, ctx.runDate().toString()},
            {ScopeSignature.LABEL_SIGNATURE, signature.sign(code, ctx.runDate())}};
        for (int i = 0; i < kv.length; i++) {
            Row r = s.createRow(i);
            r.createCell(0).setCellValue(kv[i][0]);
            r.createCell(1).setCellValue(kv[i][1]);
        }
        wb.setSheetVisibility(wb.getSheetIndex(s), SheetVisibility.VERY_HIDDEN);
    }
}
