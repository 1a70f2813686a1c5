package cn.xgz.recon.report;

import cn.xgz.recon.match.MatchDecision;
import cn.xgz.recon.match.MatchMethod;
import cn.xgz.recon.rules.FindingStatus;
import cn.xgz.recon.rules.RuleCode;
import cn.xgz.recon.rules.SubjectType;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The Chinese words the workbooks print: the contract's codes and the terms used across sheets, one wording per idea
 * (新发现 / 持续 / 已销号 for a finding's status, 未销号 for 新发现 + 持续).
 */
final class Labels {

    /** Findings not resolved: 新发现 + 持续. */
    static final String OPEN_NOW = "未销号";
    /** Days since first seen, for a finding still open. */
    static final String DAYS_OPEN = "未销号天数";
    /** Days from first seen to the run that resolved it. */
    static final String DAYS_TO_RESOLVE = "历时天数";
    static final String IN_SCOPE = "纳入统计的经营主体数";
    static final String COVERAGE = "党组织覆盖率（%）";
    static final String BACK_TO_SUMMARY = "← 返回汇总";

    private Labels() {}

    /** 登记状态 of a market's operator as registered; 未登记 when the registrations do not have it. */
    static String operatorStatus(cn.xgz.recon.rules.MarketView m) {
        if (m.operatorName() == null) {
            return "未登记";
        }
        if (m.operatorInactive() && "存续".equals(m.operatorStatus())) {
            return "存续（成立日期晚于运行日期）";
        }
        return m.operatorStatus();
    }

    static String status(FindingStatus s) {
        if (s == null) {
            return "";
        }
        return switch (s) {
            case NEW -> "新发现";
            case OPEN -> "持续";
            case RESOLVED -> "已销号";
        };
    }

    static String subjectType(SubjectType t) {
        if (t == null) {
            return "";
        }
        return switch (t) {
            case ENTITY -> "经营主体";
            case MARKET -> "专业市场";
            case PERSON -> "人员";
            case ORG -> "党组织";
            case STATION -> "配送站点";
        };
    }

    /** The basis codes of rules.md; an unknown code is shown as it is rather than hidden. */
    static String basis(String basis) {
        if (basis == null || basis.isEmpty()) {
            return "";
        }
        return switch (basis) {
            case "ROSTER" -> "党员名册（正式党员满3名）";
            case "ANNUAL_REPORT" -> "年度报告（含预备党员，需核实）";
            case "NOT_IN_ROSTER" -> "自报党员但不在党员名册";
            case "RELATION_NOT_TRANSFERRED" -> "组织关系未转入";
            case "RIDER" -> "骑手登记为非党员";
            case "LEGAL_REP" -> "年报称法定代表人非党员";
            case "RIDER+LEGAL_REP" -> "骑手登记及年报均为非党员";
            case "WORKPLACE" -> "党员工作单位";
            case "COVERED_NAME" -> "党组织覆盖单位名称";
            default -> basis;
        };
    }

    /** What the metric column is called on a rule's sheet; null where rules.md fixes the metric at 0. */
    static String metric(RuleCode rule) {
        return switch (rule) {
            case R01 -> "市场党员底数";
            case R02 -> "党员数（名册正式党员或年报）";
            case R03 -> "党员底数";
            case R04, R05 -> "涉及记录数";
            case R06 -> "年报与名册党员差额";
            case R07, R08 -> null;
            case R09 -> "已注销吊销覆盖单位数";
            case R10 -> "符合条件骑手党员数";
            case R11 -> "覆盖单位数";
            case R12 -> "无法匹配名称数";
            case R13 -> "应报年报年度";
        };
    }

    static String method(MatchMethod m) {
        if (m == null) {
            return "";
        }
        return switch (m) {
            case USCC -> "统一社会信用代码";
            case EXACT -> "名称精确匹配";
            case FUZZY -> "名称模糊匹配";
            case UNRESOLVED -> "无法匹配";
            case MANUAL -> "人工确认";
        };
    }

    static String groupKind(String kind) {
        if (kind == null) {
            return "暂不具备联建条件";
        }
        return switch (kind) {
            case "MARKET" -> "同一市场联建";
            case "AREA_INDUSTRY" -> "同区域同行业联建";
            default -> kind;
        };
    }

    static String unresolved(MatchDecision.Unresolved reason) {
        return reason == null ? "" : reason.label();
    }

    /** 名称（USCC，相似度0.912）；… best first. */
    static String candidates(MatchDecision d) {
        if (d == null || d.candidates() == null || d.candidates().isEmpty()) {
            return "";
        }
        return d.candidates().stream()
                .map(c -> c.name() + "（" + c.uscc() + "，相似度" + score(c.score()) + "）")
                .collect(Collectors.joining("；"));
    }

    static String score(double s) {
        return String.format(Locale.ROOT, "%.3f", s);
    }
}
