package cn.xgz.recon.source;

/**
 * One loaded row of a platform's rider register (网约配送员登记).
 *
 * @param platform 平台 as given (美团、饿了么、朴朴 …)
 * @param riderId 骑手编号, unique within a platform
 * @param idNumber 身份证号, 18 characters
 * @param phone 手机号
 * @param stationId 配送站点编号
 * @param stationName 配送站点
 * @param stationRegionCode 站点行政区划代码 (county)
 * @param stationOperatorUscc 站点运营企业统一社会信用代码, as given (null when blank)
 * @param politicalStatus 政治面貌 as declared
 * @param active 在岗状态: true for 在岗 or blank, false for 离职
 */
public record Rider(
        String platform,
        String riderId,
        String name,
        String idNumber,
        String phone,
        String stationId,
        String stationName,
        String stationRegionCode,
        String stationOperatorUscc,
        String politicalStatus,
        boolean active,
        String file,
        int row) {

    /** The station's key, {@code 平台|配送站点编号}: a separator keeps {@code 1|11} apart from {@code 11|1}. */
    public String stationKey() {
        return platform + "|" + stationId;
    }
}
