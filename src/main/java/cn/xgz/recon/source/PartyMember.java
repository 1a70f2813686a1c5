package cn.xgz.recon.source;

import java.time.LocalDate;

/**
 * One loaded row of 党员信息 (the roster).
 *
 * @param idNumber 身份证号, 18 characters
 * @param orgCode 所在党组织代码: the organisation holding the member's 组织关系
 * @param type 人员类别
 * @param workplaceName 工作单位 as the member gave it, null when blank
 * @param workplaceUscc 工作单位统一社会信用代码 as given (cleaned, upper-cased), null when blank; may be invalid
 * @param flowing 是否流动党员, null when blank
 * @param flowRegionCode 流入地行政区划代码
 * @param joined 入党日期
 */
public record PartyMember(
        String idNumber,
        String name,
        String orgCode,
        MemberType type,
        String workplaceName,
        String workplaceUscc,
        Boolean flowing,
        String flowRegionCode,
        LocalDate joined,
        String file,
        int row) {}
