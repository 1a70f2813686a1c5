/**
 * Joint-branch proposals (联建建议, rules.md): packing the R03 entities of one market, else of one county and
 * industry section, into proposals of 2–5 units with Σ D(e) ≥ 3. See {@link cn.xgz.recon.proposal.JointBranchPacker}
 * for why its simple split is optimal.
 */
package cn.xgz.recon.proposal;
