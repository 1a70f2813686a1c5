package cn.xgz.recon.proposal;

import java.util.List;

/**
 * One row of joint-branch-proposals.csv: a proposal of 2–5 R03 entities, or one unplaced R03 entity (blank
 * proposal id, one unit, the advice as its name).
 *
 * @param proposalId stable for the same input, null for an unplaced entity
 * @param groupKind MARKET or AREA_INDUSTRY (null for an unplaced entity)
 * @param regionCode the county of an AREA_INDUSTRY group (or of an unplaced entity)
 * @param marketId the market of a MARKET group
 * @param industrySection the 门类 of an AREA_INDUSTRY group
 * @param memberTotal Σ D(e) of the units
 * @param unitUsccs the units' USCCs, in the proposal's order
 * @param unitNames the units' names, same order; for an unplaced entity the advice
 */
public record ProposalRow(
        String proposalId,
        String groupKind,
        String regionCode,
        String marketId,
        String industrySection,
        int memberTotal,
        List<String> unitUsccs,
        List<String> unitNames) {

    public static final String UNPLACED_ADVICE = "暂不具备联建条件，建议纳入流动党员党支部或挂靠建";

    public boolean placed() {
        return proposalId != null;
    }
}
