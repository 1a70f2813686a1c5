package cn.xgz.recon.report;

import cn.xgz.recon.feedback.Outcome;
import cn.xgz.recon.feedback.ReviewStatus;
import cn.xgz.recon.rules.EntityFact;
import cn.xgz.recon.rules.Finding;
import cn.xgz.recon.rules.MarketView;

/**
 * Why a finding closed, as far as this run's data shows it: the organisation was formed, the entity was deregistered
 * or moved out, the report was corrected, the person entered the roster, the review says 已整改. Where the data says
 * nothing more than that the gap is gone (an organisation's or a station's finding, or a subject that left the data),
 * the reason is {@link #NOT_IN_DATA}.
 */
final class ResolutionReasons {

    static final String NOT_IN_DATA = "数据中不再出现";
    /** feedback.md: a finding that closed with a review 已整改 in force (overdue or not) closed because of it. */
    static final String RECTIFIED = "核查结论：已整改";

    private ResolutionReasons() {}

    static String of(ReportContext ctx, Finding f) {
        ReviewStatus review = ctx.reviews().of(f);
        if (review != null && review.review().outcome() == Outcome.RECTIFIED) {
            return RECTIFIED;
        }
        String reason = switch (f.subjectType()) {
            case ENTITY -> entity(f, ctx.fact(f.subjectKey()));
            case MARKET -> market(ctx, ctx.market(f.subjectKey()));
            case PERSON -> person(ctx, f);
            case ORG, STATION -> null;
        };
        return reason == null ? NOT_IN_DATA : reason;
    }

    private static String entity(Finding f, EntityFact e) {
        if (e == null) {
            return null;
        }
        if (!e.active() && e.status() != null && !"存续".equals(e.status())) {
            return "经营主体已" + e.status();
        }
        if (!e.inScope()) {
            return "经营主体已不在统计范围内";
        }
        return switch (f.rule()) {
            case R02, R03 -> e.covered() ? formed(e) : e.memberBase() == 0 ? "党员底数已为0" : null;
            case R06 -> e.reportedMembers() == e.rosterMembers() ? "年报党员数与党员名册已一致（年报" + e.reportedMembers() + "人）" : null;
            case R07 -> e.covered() ? "党组织信息已补录，" + formed(e) : "年报已更正";
            case R08 -> e.covered() ? "年报已更正" : "已无有效党组织覆盖该单位";
            case R13 -> e.latestReportYear() >= f.metric() ? "已补报" + f.metric() + "年度年报" : null;
            default -> null;
        };
    }

    private static String formed(EntityFact e) {
        return "已建立党组织（" + String.join("、", e.coveringOrgCodes()) + "）";
    }

    private static String market(ReportContext ctx, MarketView m) {
        if (m == null) {
            return null;
        }
        if (m.covered()) {
            return "开办者已建立党组织（" + String.join("、", m.coveringOrgCodes()) + "）";
        }
        if (m.operatorInactive() && m.operatorStatus() != null && !"存续".equals(m.operatorStatus())) {
            return "开办者已" + m.operatorStatus();
        }
        return null;
    }

    /** A person who declared membership outside the roster and is now in it: the roster knows their workplace. */
    private static String person(ReportContext ctx, Finding f) {
        if ("NOT_IN_ROSTER".equals(f.basis()) && ctx.memberResolution(f.subjectKey()) != null) {
            return "已录入党员名册";
        }
        return null;
    }
}
