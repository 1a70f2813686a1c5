package cn.xgz.recon.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

/** The half-year CSV's figure columns of one county, as the acceptance expected file names them. */
final class HalfYearColumns {

    private HalfYearColumns() {}

    static Map<String, Integer> counts(CountyFigures c) {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("小微企业数", c.microEnterprises());
        m.put("个体工商户数", c.individualBusinesses());
        m.put("专业市场数", c.markets());
        m.put("有党员的经营主体数", c.entitiesWithMembers());
        m.put("党员底数", c.memberBase());
        m.put("其中名册在册党员数", c.rosterMembers());
        m.put("已建党组织经营主体数", c.coveredEntities());
        m.put("党组织数（单独建）", c.orgsSingle());
        m.put("党组织数（联合建）", c.orgsJoint());
        m.put("党组织数（挂靠建）", c.orgsAttached());
        m.put("党组织数（行业建）", c.orgsSector());
        m.put("党组织数（合计）", c.orgsTotal());
        m.put("符合单独组建条件主体数", c.eligibleEntities());
        m.put("其中已建党组织数", c.eligibleCovered());
        m.put("有党员但不足3名主体数", c.entitiesBelowThree());
        m.put("专业市场已建党组织数", c.coveredMarkets());
        m.put("网约配送员党员数", c.riderMembers());
        m.put("配送站点党组织数", c.coveredStations());
        m.put("口袋党员数", c.pocketMembers());
        m.put("隐形党员数", c.hiddenMembers());
        return m;
    }

    /**
     * Rates as outputs.md defines them: percent, one decimal, half up, blank when the divisor is 0. The coverage
     * rate divides by all in-scope entities, which {@link CountyFigures#inScopeEntities()} does not carry (it leaves
     * out in-scope cooperatives), so the caller supplies it.
     */
    static Map<String, String> rates(CountyFigures c, int inScopeEntities) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("党组织覆盖率", rate(c.coveredEntities(), inScopeEntities));
        m.put("应建已建率", rate(c.eligibleCovered(), c.eligibleEntities()));
        m.put("专业市场党组织覆盖率", rate(c.coveredMarkets(), c.markets()));
        return m;
    }

    private static String rate(int num, int den) {
        if (den == 0) {
            return "";
        }
        return BigDecimal.valueOf(num).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(den), 1, RoundingMode.HALF_UP).toPlainString();
    }
}
