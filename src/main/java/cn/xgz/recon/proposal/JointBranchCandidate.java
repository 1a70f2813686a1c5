package cn.xgz.recon.proposal;

/**
 * An R03 entity as the joint-branch packing sees it.
 *
 * @param memberBase D(e), at least 1
 * @param marketId the market it trades in, null when none
 * @param regionCode its county
 * @param industrySection its GB/T 4754 门类 letter, "" when the industry is blank (its own section)
 */
public record JointBranchCandidate(
        String uscc, String name, int memberBase, String marketId, String regionCode, String industrySection) {

    public JointBranchCandidate {
        if (memberBase < 1) {
            throw new IllegalArgumentException("联建候选主体党员底数应至少为1：" + uscc);
        }
        industrySection = industrySection == null ? "" : industrySection;
    }
}
