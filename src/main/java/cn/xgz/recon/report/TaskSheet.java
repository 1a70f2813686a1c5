package cn.xgz.recon.report;

import cn.xgz.recon.common.Masking;
import cn.xgz.recon.rules.EntityFact;
import cn.xgz.recon.rules.Finding;
import cn.xgz.recon.rules.FindingStatus;
import cn.xgz.recon.rules.MarketView;
import cn.xgz.recon.rules.RuleCode;
import cn.xgz.recon.rules.SubjectType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * 任务清单: the open findings a 市场监管所 can act on, in the order an office works through them (county, office,
 * severity). An office acts on what it registers and visits: entities and markets (a market through its 开办者);
 * persons, organisations and stations are the party organisations' and platforms' business and stay on their rule
 * sheets.
 */
final class TaskSheet {

    static final String NAME = "任务清单";

    private TaskSheet() {}

    /** A finding an office can act on: open, about an entity or a market. */
    static boolean actionable(Finding f) {
        return (f.status() == FindingStatus.NEW || f.status() == FindingStatus.OPEN)
                && (f.subjectType() == SubjectType.ENTITY || f.subjectType() == SubjectType.MARKET);
    }

    /** One task: the finding and the entity an office deals with (the entity itself, or the market's 开办者). */
    record Task(Finding finding, EntityFact entity, String office) {}

    /**
     * Writes the scope's tasks, leaving out the rules in {@code leftOut} (those listed only as counts in this workbook);
     * returns the sheet names.
     */
    static List<String> write(Workbook wb, Styles st, ReportContext ctx, Scope scope, Set<RuleCode> leftOut, int maxRows) {
        List<Task> tasks = new ArrayList<>();
        for (RuleCode rule : RuleCode.values()) {
            if (leftOut.contains(rule)) {
                continue;
            }
            for (Finding f : ctx.findings(rule, scope)) {
                // An exclusion (不属实) says there is nothing to do: the finding is on 已排除, not on the offices' list.
                if (actionable(f) && !ctx.reviews().excluded(f)) {
                    EntityFact e = ctx.fact(dealtWith(ctx, f));
                    tasks.add(new Task(f, e, e == null || e.officeName() == null ? "" : e.officeName()));
                }
            }
        }
        tasks.sort(Comparator.comparing((Task t) -> t.finding().regionCode() == null ? "" : t.finding().regionCode())
                .thenComparing(Task::office)
                .thenComparing(t -> t.finding().rule().severity())
                .thenComparing(t -> t.finding().rule())
                .thenComparing(t -> t.finding().subjectKey()));
        String title = NAME + "（市场监管所可办理的未销号问题，按县（市、区）、市场监管所、严重程度排列）";
        TableWriter<Task> t = new TableWriter<>(wb, st, ctx, scope, NAME, title, columns(ctx), maxRows);
        tasks.forEach(t::add);
        return t.finish();
    }

    private static List<Col<Task>> columns(ReportContext ctx) {
        boolean reveal = ctx.input().revealPii();
        return List.of(
                Col.text("县（市、区）", t -> ctx.countyName(t.finding().regionCode())),
                Col.text("市场监管所", t -> t.office().isEmpty() ? "（未登记管辖所）" : t.office()),
                Col.text("严重程度", t -> t.finding().rule().severity().label()),
                Col.text("规则", t -> t.finding().rule().name()),
                Col.text("问题", t -> t.finding().rule().ruleName()),
                Col.text("对象名称", t -> t.finding().subjectName()),
                Col.text("统一社会信用代码/市场编号", t -> t.finding().subjectKey()),
                Col.text("住所", t -> t.entity() == null ? null : ctx.input().contacts().address(t.entity().uscc())),
                Col.text("法定代表人（经营者）", t -> t.entity() == null || t.entity().legalRepName() == null ? null
                        : reveal ? t.entity().legalRepName() : Masking.name(t.entity().legalRepName())),
                Col.text("状态", t -> Labels.status(t.finding().status())),
                Col.of("首次发现", Col.Kind.DATE, t -> t.finding().firstSeen()),
                Col.of(Labels.DAYS_OPEN, Col.Kind.COUNT, t -> ctx.daysOpen(t.finding())),
                Col.of("需办理事项", Col.Kind.LONG_TEXT, t -> t.finding().detail()),
                Col.text("核查结论", t -> ctx.reviewInForce(t.finding())));
    }

    /** The USCC of the entity an office deals with: the entity, or the market's 开办者. */
    private static String dealtWith(ReportContext ctx, Finding f) {
        if (f.subjectType() == SubjectType.ENTITY) {
            return f.subjectKey();
        }
        MarketView m = ctx.market(f.subjectKey());
        return m == null ? null : m.operatorUscc();
    }

    /** The USCCs whose 住所 the 任务清单 shows, each mapped to "" for the caller to fill in. */
    static Map<String, String> addressesWanted(GapReportInput in) {
        Map<String, String> byId = new HashMap<>();
        for (MarketView m : in.result().markets()) {
            byId.put(m.marketId(), m.operatorUscc());
        }
        Map<String, String> wanted = new HashMap<>();
        for (Finding f : in.findings()) {
            if (actionable(f)) {
                String uscc = f.subjectType() == SubjectType.ENTITY ? f.subjectKey() : byId.get(f.subjectKey());
                if (uscc != null) {
                    wanted.put(uscc, "");
                }
            }
        }
        return wanted;
    }
}
