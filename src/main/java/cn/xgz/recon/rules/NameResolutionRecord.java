package cn.xgz.recon.rules;

import cn.xgz.recon.match.MatchDecision;

/**
 * One resolved (or unresolved) name, for the workbook's resolution columns and the 数据质量 sheet.
 *
 * @param kind MEMBER (a roster workplace) or ORG_COVERED_NAME
 * @param subjectKey the person key of a member, the 党组织代码 of an organisation
 * @param nameText the name as given
 * @param usccGiven the 工作单位统一社会信用代码 as given, null when blank or for an organisation
 */
public record NameResolutionRecord(
        String kind, String subjectKey, String nameText, String usccGiven, MatchDecision decision) {}
