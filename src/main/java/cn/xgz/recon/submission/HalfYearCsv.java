package cn.xgz.recon.submission;

import cn.xgz.recon.common.CsvText;
import cn.xgz.recon.reference.Region;
import cn.xgz.recon.rules.CountyFigures;
import com.opencsv.ICSVWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code half-year-<yyyy>H<n>.csv}: one row per county of the region table, zeros included (outputs.md). */
public final class HalfYearCsv {

    public static final List<String> HEADER = List.of("县级区划代码", "县级区划名称", "地市代码", "地市名称", "小微企业数", "个体工商户数",
            "专业市场数", "有党员的经营主体数", "党员底数", "其中名册在册党员数", "已建党组织经营主体数", "党组织数（单独建）", "党组织数（联合建）",
            "党组织数（挂靠建）", "党组织数（行业建）", "党组织数（合计）", "符合单独组建条件主体数", "其中已建党组织数", "有党员但不足3名主体数",
            "党组织覆盖率", "应建已建率", "专业市场已建党组织数", "专业市场党组织覆盖率", "网约配送员党员数", "配送站点党组织数", "口袋党员数",
            "隐形党员数");

    private HalfYearCsv() {}

    public static void write(HalfYearSubmission s, OutputStream out) throws IOException {
        ICSVWriter w = CsvText.open(out);
        w.writeNext(HEADER.toArray(String[]::new), false);
        Map<String, CountyFigures> byCounty = byCounty(s.counties());
        for (Region county : s.regions().counties()) {
            w.writeNext(row(s, county, byCounty.getOrDefault(county.code(), zero(county.code()))), false);
        }
        w.flush();
    }

    static String[] row(HalfYearSubmission s, Region county, CountyFigures f) {
        String city = Region.cityOf(county.code());
        return new String[] {
            county.code(), county.name(), city, s.regions().nameOf(city),
            n(f.microEnterprises()), n(f.individualBusinesses()), n(f.markets()), n(f.entitiesWithMembers()),
            n(f.memberBase()), n(f.rosterMembers()), n(f.coveredEntities()),
            n(f.orgsSingle()), n(f.orgsJoint()), n(f.orgsAttached()), n(f.orgsSector()), n(f.orgsTotal()),
            n(f.eligibleEntities()), n(f.eligibleCovered()), n(f.entitiesBelowThree()),
            Rates.csv(f.coveredEntities(), f.inScopeEntities()), Rates.csv(f.eligibleCovered(), f.eligibleEntities()),
            n(f.coveredMarkets()), Rates.csv(f.coveredMarkets(), f.markets()),
            n(f.riderMembers()), n(f.coveredStations()), n(f.pocketMembers()), n(f.hiddenMembers())
        };
    }

    static Map<String, CountyFigures> byCounty(List<CountyFigures> counties) {
        Map<String, CountyFigures> m = new HashMap<>();
        for (CountyFigures c : counties) {
            m.put(c.countyCode(), c);
        }
        return m;
    }

    static CountyFigures zero(String code) {
        return new CountyFigures(code, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    private static String n(int v) {
        return Integer.toString(v);
    }
}
