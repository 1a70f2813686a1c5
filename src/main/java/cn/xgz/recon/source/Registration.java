package cn.xgz.recon.source;

import java.time.LocalDate;

/**
 * One loaded row of 经营主体登记信息. Codes are validated and normalised (upper case, half-width); optional
 * values are {@code null} when blank.
 *
 * @param uscc 统一社会信用代码
 * @param name 主体名称 as registered
 * @param scale 企业规模, null when blank
 * @param regionCode 行政区划代码 (county level)
 * @param officeCode 市场监管所代码
 * @param officeName 市场监管所
 * @param industryCode GB/T 4754-2017 code without its 门类 letter (2–4 digits)
 * @param established 成立日期
 * @param legalRepName 法定代表人（经营者）
 * @param legalRepId 法定代表人证件号码 as an 18-character 居民身份证号
 * @param marketId 所在市场编号
 * @param employees 从业人数
 * @param address 住所
 * @param file the input file the row came from
 * @param row the row number as Excel or an editor shows it
 */
public record Registration(
        String uscc,
        String name,
        EntityType type,
        EntityScale scale,
        String regionCode,
        String officeCode,
        String officeName,
        String industryCode,
        LocalDate established,
        RegistrationStatus status,
        String legalRepName,
        String legalRepId,
        String marketId,
        Integer employees,
        String address,
        String file,
        int row) {

    /** 存续 and established on or before the run date. */
    public boolean isActiveOn(LocalDate runDate) {
        return status == RegistrationStatus.ACTIVE && !established.isAfter(runDate);
    }
}
