package cn.xgz.recon.source;

/**
 * One loaded row of the bureau's 专业市场台账.
 *
 * @param marketId 市场编号
 * @param marketName 市场名称
 * @param operatorUscc 开办者统一社会信用代码
 * @param category 市场类别
 * @param regionCode 行政区划代码 (county)
 * @param officeCode 市场监管所代码
 * @param stallCount 经营户数量 as the ledger records it
 */
public record Market(
        String marketId,
        String marketName,
        String operatorUscc,
        String category,
        String regionCode,
        String officeCode,
        Integer stallCount,
        String file,
        int row) {}
