package cn.xgz.recon.rules;

import java.util.List;

/**
 * One ledger market as the 专业市场台账 sheet shows it.
 *
 * @param operatorUscc 开办者统一社会信用代码
 * @param operatorName the operator's registered name, null when unregistered
 * @param operatorInactive the operator's registration is not active
 * @param operatorStatus the operator's 登记状态 as registered (存续, 注销, 吊销, 迁出), null when unregistered
 * @param stallCount 经营户数量 from the ledger, null when blank
 * @param registeredTraders in-scope active entities whose 所在市场编号 is this market (operator excluded)
 * @param memberBase Σ D(e) over the operator and those traders
 * @param coveringOrgCodes active organisations covering the operator
 */
public record MarketView(
        String marketId,
        String marketName,
        String category,
        String regionCode,
        String operatorUscc,
        String operatorName,
        boolean operatorInactive,
        String operatorStatus,
        Integer stallCount,
        int registeredTraders,
        int memberBase,
        List<String> coveringOrgCodes) {

    public boolean covered() {
        return !coveringOrgCodes.isEmpty();
    }
}
