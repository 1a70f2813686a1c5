package cn.xgz.recon.source;

import java.time.LocalDate;

/**
 * One loaded row of 年度报告党建信息.
 *
 * @param uscc 统一社会信用代码
 * @param reportYear 年报年度
 * @param partyMemberCount 中共党员（包括预备党员）人数
 * @param orgForm 党组织建制
 * @param legalRepIsMember 法定代表人是否为中共党员, null when blank
 * @param legalRepIsSecretary 法定代表人是否为党组织书记, null when blank
 * @param filedDate 报送日期
 */
public record AnnualReport(
        String uscc,
        int reportYear,
        int partyMemberCount,
        ReportedOrgForm orgForm,
        Boolean legalRepIsMember,
        Boolean legalRepIsSecretary,
        LocalDate filedDate,
        String file,
        int row) {}
