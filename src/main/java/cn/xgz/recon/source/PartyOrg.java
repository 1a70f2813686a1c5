package cn.xgz.recon.source;

import java.time.LocalDate;
import java.util.List;

/**
 * One loaded row of 党组织信息.
 *
 * @param orgCode 党组织代码
 * @param orgName 党组织名称
 * @param type 党组织类别
 * @param formation 组建方式, null when blank (see {@link Formation#defaultFor})
 * @param parentOrgCode 上级党组织代码
 * @param regionCode 行政区划代码 (county)
 * @param established 成立日期, null when blank
 * @param coveredUsccs 覆盖单位统一社会信用代码, split and upper-cased, in the order given, without duplicates
 * @param coveredNames 覆盖单位名称, split, in the order given, without duplicates
 * @param flowBranch 是否流动党员党支部, null when blank
 * @param status 状态 (blank is 正常)
 */
public record PartyOrg(
        String orgCode,
        String orgName,
        OrgType type,
        Formation formation,
        String parentOrgCode,
        String regionCode,
        LocalDate established,
        List<String> coveredUsccs,
        List<String> coveredNames,
        Boolean flowBranch,
        OrgStatus status,
        String file,
        int row) {

    /** 状态 正常 and 成立日期 blank or on or before the run date. */
    public boolean isActiveOn(LocalDate runDate) {
        return status == OrgStatus.NORMAL && (established == null || !established.isAfter(runDate));
    }

    /** 组建方式 with the blank default applied. */
    public Formation effectiveFormation() {
        return formation != null ? formation : Formation.defaultFor(type);
    }
}
