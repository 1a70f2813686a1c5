package cn.xgz.recon.rules;

import cn.xgz.recon.source.RegistrationStatus;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every sentence the rules write into findings.csv's {@code detail}, in one place so that one idea has one wording
 * across the rules (组织关系未转入, 年报, 党员名册在册) and every sentence ends with what the office does next.
 */
final class RuleTexts {

    /**
     * The eight 民主党派 by their short and GB/T 4762 full names (民革 … 台盟): a roster member registered with one of
     * them is a conflict between records, not a member hiding membership.
     */
    private static final List<String> DEMOCRATIC_PARTIES = List.of("民革", "国民党革命委员会", "民盟", "民主同盟", "民建",
            "民主建国会", "民进", "民主促进会", "农工", "致公", "九三学社", "台盟", "台湾民主自治同盟");

    private RuleTexts() {}

    static String r01Uncovered(String market, int base, int operatorBase, int traderBase) {
        return "专业市场" + market + "（开办者未建党组织）未被党组织覆盖，市场党员底数" + base + "人（开办者" + operatorBase + "人，场内经营主体"
                + traderBase + "人），建议指导市场开办者建立党组织。";
    }

    static String r01OperatorUnregistered(String market, int base, int traderBase, String operatorUscc) {
        return "专业市场" + market + "（开办者未登记）未被党组织覆盖，市场党员底数" + base + "人（场内经营主体" + traderBase
                + "人），请核实开办者统一社会信用代码" + operatorUscc + "。";
    }

    static String r02(String entity, int rosterFull, int reported, boolean byRoster) {
        return entity + "党员名册在册正式党员" + rosterFull + "人、最近年报党员" + reported + "人，符合单独组建条件但未被任何党组织覆盖，"
                + (byRoster ? "建议单独组建党支部。" : "年报人数含预备党员，请先核实正式党员人数，再指导单独组建党支部。");
    }

    static String r03(String entity, int base, int roster, int reported) {
        return entity + "党员底数" + base + "人（党员名册" + roster + "人、年报" + reported + "人），不足3名正式党员且未被党组织覆盖，"
                + "建议纳入联合党支部组建（见联建建议）。";
    }

    static String r04RiderDeclares(String platform, String status) {
        return platform + "骑手政治面貌登记为" + status;
    }

    static String r04LegalRepDeclares(String entity) {
        return entity + "年报填报法定代表人为中共党员";
    }

    static String r04NotInRoster(String person, List<String> sources) {
        return person + "自报为党员但不在党员名册中（" + String.join("；", sources) + "），疑似口袋党员，请核实其组织关系所在。";
    }

    static String r04OrgNotInJurisdiction(String person, String orgCode) {
        return person + "在本辖区工作，所在党组织（" + orgCode + "）不在本辖区党组织信息中，组织关系未转入，疑似口袋党员，请督促转入组织关系。";
    }

    static String r04OrgInOtherCity(String person, String orgName, String orgCity) {
        return person + "在本辖区工作，所在党组织" + orgName + "位于" + orgCity + "，与工作地不在同一设区市，组织关系未转入，疑似口袋党员，"
                + "请督促转入组织关系。";
    }

    static String r05RiderStatus(String platform, String status) {
        return platform + "骑手政治面貌登记为" + status;
    }

    static String r05LegalRepNotMember(String entity) {
        return entity + "年报填报法定代表人不是中共党员";
    }

    /**
     * R05's sentence. A rider registered as a member of a 民主党派 states a political affiliation rather than hiding
     * one: the records conflict, and the sentence says so instead of calling the person a hidden member.
     */
    static String r05(String person, List<String> sources, boolean democraticParty) {
        return person + "在党员名册中，但" + String.join("；", sources)
                + (democraticParty ? "，与党员名册不一致，请核实其政治面貌。" : "，疑似隐形党员，请核实并引导其亮明党员身份。");
    }

    static boolean democraticParty(String status) {
        return status != null && DEMOCRATIC_PARTIES.stream().anyMatch(status::contains);
    }

    /** R06: 年报比名册多2人 / 少2人, never a signed difference. */
    static String r06(String entity, int year, int reported, int roster) {
        int diff = reported - roster;
        String gap = diff > 0 ? "年报比名册多" + diff + "人" : "年报比名册少" + (-diff) + "人";
        return entity + year + "年度年报党员" + reported + "人，党员名册在册" + roster + "人，" + gap + "，请核实。";
    }

    static String r07(String entity, int year, String form) {
        return entity + year + "年度年报填报党组织建制为" + form + "，但党组织信息中没有覆盖该单位的有效党组织，请核实后补录党组织信息或指导更正年报。";
    }

    static String r08(String entity, List<String> orgCodes, int year) {
        return entity + "已被有效党组织覆盖（" + String.join("、", orgCodes) + "），但" + year + "年度年报填报“未成立党组织”，请指导更正年报。";
    }

    /** R09 names the units' actual statuses; 均 only when there are several units. */
    static String r09(String org, List<RegistrationStatus> unitStatuses) {
        Map<RegistrationStatus, Integer> counts = new EnumMap<>(RegistrationStatus.class);
        unitStatuses.forEach(s -> counts.merge(s, 1, Integer::sum));
        String statuses = counts.keySet().stream().map(RegistrationStatus::label).collect(Collectors.joining("或"));
        String what;
        if (unitStatuses.size() == 1) {
            what = "覆盖的1个已登记单位已" + statuses;
        } else {
            what = "覆盖的" + unitStatuses.size() + "个已登记单位均已" + statuses
                    + (counts.size() > 1 ? counts.entrySet().stream().map(e -> e.getKey().label() + e.getValue() + "个")
                            .collect(Collectors.joining("、", "（", "）")) : "");
        }
        return org + what + "，请核实党组织是否应调整或撤销。";
    }

    static String r10(String station, int members, String operatorUscc, boolean operatorRegistered) {
        String operator = operatorUscc == null
                ? "站点运营企业未填报"
                : operatorRegistered ? "站点运营企业未被党组织覆盖" : "站点运营企业未登记（" + operatorUscc + "）";
        return "配送站点" + station + "有" + members + "名在岗正式党员骑手，" + operator + "，尚未建立党组织，建议指导站点建立党组织。";
    }

    static String r11(String org, int units, int max) {
        return org + "覆盖单位" + units + "个，超过联合党支部一般不超过" + max + "个单位的要求，建议拆分调整。";
    }

    static String r12Workplace(String person, String workplace, String why) {
        return person + "填报的工作单位“" + workplace + "”无法匹配到唯一登记主体" + why + "，请核实工作单位全称或统一社会信用代码。";
    }

    static String r12Why(String reason, List<String> candidates) {
        return "（" + reason + (candidates.isEmpty() ? "" : "，候选：" + String.join("、", candidates)) + "）";
    }

    static String r12CoveredNames(String org, List<String> names) {
        return org + "的覆盖单位名称" + String.join("、", names) + "无法匹配到登记主体，请补充统一社会信用代码。";
    }

    static String r13(String entity, Object established, int year) {
        return entity + "成立于" + established + "，未报送" + year + "年度年报（党建信息缺失），请督促补报。";
    }

    static String ruleNotRun(String missingSources) {
        return "缺少数据源：" + missingSources + "，本规则未运行";
    }
}
