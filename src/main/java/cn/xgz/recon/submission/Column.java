package cn.xgz.recon.submission;

import java.math.BigDecimal;
import java.util.List;

/**
 * A figure column of the half-year form and CSV: a count, the sum of counts (党组织数合计) or a rate. Both
 * files take their figures from {@link #value}, so the form and the CSV cannot disagree.
 *
 * @param csvHeader the CSV's header, null for a column only the form shows
 * @param group the form's upper header (null when the column stands alone)
 * @param header the form's lower header
 * @param counts the counts added up (one for a plain count); for a rate, numerator then denominator
 */
public record Column(String csvHeader, String group, String header, List<Figure> counts, boolean rate) {

    /** The CSV columns after 县级区划代码, 县级区划名称, 地市代码, 地市名称, and the form's after 区划代码, 区划名称. */
    public static final List<Column> ALL = List.of(
            count("小微企业数", "经营主体数", "小微企业", Figure.MICRO),
            count("个体工商户数", "经营主体数", "个体工商户", Figure.INDIVIDUAL),
            count(null, "经营主体数", "纳入统计合计", Figure.IN_SCOPE),
            count("专业市场数", null, "专业市场数", Figure.MARKETS_OPEN),
            count("有党员的经营主体数", "党员情况", "有党员的经营主体数", Figure.WITH_MEMBERS),
            count("党员底数", "党员情况", "党员底数", Figure.MEMBER_BASE),
            count("其中名册在册党员数", "党员情况", "其中名册在册党员数", Figure.ROSTER),
            count("已建党组织经营主体数", null, "已建党组织经营主体数", Figure.COVERED),
            count("党组织数（单独建）", "党组织数", "单独建", Figure.ORGS_SINGLE),
            count("党组织数（联合建）", "党组织数", "联合建", Figure.ORGS_JOINT),
            count("党组织数（挂靠建）", "党组织数", "挂靠建", Figure.ORGS_ATTACHED),
            count("党组织数（行业建）", "党组织数", "行业建", Figure.ORGS_SECTOR),
            new Column("党组织数（合计）", "党组织数", "合计",
                    List.of(Figure.ORGS_SINGLE, Figure.ORGS_JOINT, Figure.ORGS_ATTACHED, Figure.ORGS_SECTOR), false),
            count("符合单独组建条件主体数", "符合单独组建条件", "主体数", Figure.ELIGIBLE),
            count("其中已建党组织数", "符合单独组建条件", "其中已建党组织数", Figure.ELIGIBLE_COVERED),
            count("有党员但不足3名主体数", null, "有党员但不足3名主体数", Figure.BELOW_THREE),
            rate("党组织覆盖率", "覆盖率（%）", "党组织覆盖率", Figure.COVERED, Figure.IN_SCOPE),
            rate("应建已建率", "覆盖率（%）", "应建已建率", Figure.ELIGIBLE_COVERED, Figure.ELIGIBLE),
            count("专业市场已建党组织数", "专业市场", "已建党组织数", Figure.COVERED_MARKETS),
            rate("专业市场党组织覆盖率", "专业市场", "党组织覆盖率（%）", Figure.COVERED_MARKETS, Figure.MARKETS_OPEN),
            count("网约配送员党员数", "网约配送员", "党员数", Figure.RIDER_MEMBERS),
            count("配送站点党组织数", "网约配送员", "配送站点党组织数", Figure.COVERED_STATIONS),
            // Leads from R04/R05, not established facts: the form says so (outputs.md).
            count("口袋党员数", "需核实党员（疑似）", "疑似口袋党员数", Figure.POCKET),
            count("隐形党员数", "需核实党员（疑似）", "疑似隐形党员数", Figure.HIDDEN));

    /** The columns the CSV has, in its order. */
    public static final List<Column> CSV = ALL.stream().filter(c -> c.csvHeader() != null).toList();

    private static Column count(String csv, String group, String header, Figure f) {
        return new Column(csv, group, header, List.of(f), false);
    }

    private static Column rate(String csv, String group, String header, Figure num, Figure den) {
        return new Column(csv, group, header, List.of(num, den), true);
    }

    /** A count (Integer), a rate in percent (BigDecimal), or null: blank, or a rate whose divisor is 0. */
    public Number value(Figures f) {
        if (rate) {
            Integer num = f.get(counts.get(0));
            Integer den = f.get(counts.get(1));
            return num == null || den == null ? null : Rates.percent(num, den);
        }
        int total = 0;
        for (Figure c : counts) {
            Integer x = f.get(c);
            if (x == null) {
                return null;
            }
            total += x;
        }
        return total;
    }

    /** The CSV text: the count, the rate without a % sign, or blank. */
    public String csvText(Figures f) {
        Number v = value(f);
        return v == null ? "" : v instanceof BigDecimal d ? d.toPlainString() : v.toString();
    }
}
