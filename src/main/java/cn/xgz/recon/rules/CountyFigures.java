package cn.xgz.recon.rules;

/**
 * The half-year submission's figures for one county (outputs.md, 半年报送). Counts only; rates are derived when
 * the form is written. Every county of the region table has a row, zeros included.
 */
public record CountyFigures(
        String countyCode,
        int microEnterprises, // 小微企业数
        int individualBusinesses, // 个体工商户数
        int markets, // 专业市场数
        int entitiesWithMembers, // 有党员的经营主体数
        int memberBase, // 党员底数
        int rosterMembers, // 其中名册在册党员数
        int coveredEntities, // 已建党组织经营主体数
        int orgsSingle, // 党组织数（单独建）
        int orgsJoint, // 党组织数（联合建）
        int orgsAttached, // 党组织数（挂靠建）
        int orgsSector, // 党组织数（行业建）
        int eligibleEntities, // 符合单独组建条件主体数
        int eligibleCovered, // 其中已建党组织数
        int entitiesBelowThree, // 有党员但不足3名主体数
        int coveredMarkets, // 专业市场已建党组织数
        int riderMembers, // 网约配送员党员数
        int coveredStations, // 配送站点党组织数
        int pocketMembers, // 口袋党员数
        int hiddenMembers, // 隐形党员数
        int inScopeEntities) { // 纳入范围的经营主体数: the divisor of 党组织覆盖率

    /**
     * Figures whose in-scope count is 小微企业数 + 个体工商户数; a cooperative or a larger enterprise that trades in
     * a market is in scope too, so the reconciliation passes the real count.
     */
    public CountyFigures(String countyCode, int microEnterprises, int individualBusinesses, int markets,
            int entitiesWithMembers, int memberBase, int rosterMembers, int coveredEntities, int orgsSingle,
            int orgsJoint, int orgsAttached, int orgsSector, int eligibleEntities, int eligibleCovered,
            int entitiesBelowThree, int coveredMarkets, int riderMembers, int coveredStations, int pocketMembers,
            int hiddenMembers) {
        this(countyCode, microEnterprises, individualBusinesses, markets, entitiesWithMembers, memberBase,
                rosterMembers, coveredEntities, orgsSingle, orgsJoint, orgsAttached, orgsSector, eligibleEntities,
                eligibleCovered, entitiesBelowThree, coveredMarkets, riderMembers, coveredStations, pocketMembers,
                hiddenMembers, microEnterprises + individualBusinesses);
    }

    public int orgsTotal() {
        return orgsSingle + orgsJoint + orgsAttached + orgsSector;
    }
}
