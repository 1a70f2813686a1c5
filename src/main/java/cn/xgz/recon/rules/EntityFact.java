package cn.xgz.recon.rules;

import java.util.List;

/**
 * What the run established about one registered entity: its scope, coverage and party-member figures
 * (rules.md, per-entity figures). Figures are computed for every registration; only in-scope entities are
 * subjects of entity rules.
 *
 * @param rosterMembers |P(e)|: distinct roster persons working there, plus the legal representative when in the roster
 * @param fullMembers |Pf(e)|: those of P(e) who are 正式党员
 * @param reportedMembers A(e): 中共党员人数 of the latest report, 0 without one
 * @param memberBase D(e) = max(|P(e)|, A(e)), the 党员底数
 * @param latestReportYear the latest 年报年度 ≤ year(run date), 0 when none
 * @param eligibleBasis ROSTER or ANNUAL_REPORT when eligible for its own branch, null otherwise
 * @param coveringOrgCodes the active organisations that cover it, in code order
 * @param industrySection GB/T 4754 门类 letter, "" when the industry is blank
 * @param legalRepName 法定代表人（经营者） as registered, unmasked (reports mask it unless told otherwise)
 * @param status 登记状态 as registered: 存续, 注销, 吊销 or 迁出
 */
public record EntityFact(
        String uscc,
        String name,
        String regionCode,
        String officeName,
        String marketId,
        String industrySection,
        boolean active,
        boolean inScope,
        int rosterMembers,
        int fullMembers,
        int reportedMembers,
        int memberBase,
        int latestReportYear,
        String eligibleBasis,
        List<String> coveringOrgCodes,
        String legalRepName,
        String status) {

    public boolean covered() {
        return !coveringOrgCodes.isEmpty();
    }

    public boolean eligible() {
        return eligibleBasis != null;
    }
}
