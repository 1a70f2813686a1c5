package cn.xgz.recon.generate;

import cn.xgz.recon.source.Source;
import java.util.List;

/** The columns of each source exactly as inputs.md names them: Chinese header, English alias, and value kind. */
enum Table {
    REGISTRATIONS(Source.REGISTRATIONS, List.of(
            col("统一社会信用代码", "uscc", Kind.USCC),
            col("主体名称", "name", Kind.TEXT),
            col("主体类型", "entity_type", Kind.TEXT),
            col("企业规模", "scale", Kind.TEXT),
            col("行政区划代码", "region_code", Kind.REGION),
            col("市场监管所代码", "office_code", Kind.CODE),
            col("市场监管所", "office_name", Kind.TEXT),
            col("行业代码", "industry_code", Kind.CODE),
            col("成立日期", "established_date", Kind.DATE),
            col("登记状态", "status", Kind.STATUS),
            col("法定代表人（经营者）", "legal_rep_name", Kind.TEXT),
            col("法定代表人证件号码", "legal_rep_id", Kind.ID),
            col("所在市场编号", "market_id", Kind.CODE),
            col("从业人数", "employees", Kind.INT),
            col("住所", "address", Kind.TEXT))),
    ANNUAL_REPORTS(Source.ANNUAL_REPORTS, List.of(
            col("统一社会信用代码", "uscc", Kind.USCC),
            col("年报年度", "report_year", Kind.INT),
            col("中共党员（包括预备党员）人数", "party_member_count", Kind.INT),
            col("党组织建制", "party_org_form", Kind.ORG_FORM),
            col("法定代表人是否为中共党员", "legal_rep_is_member", Kind.BOOL),
            col("法定代表人是否为党组织书记", "legal_rep_is_secretary", Kind.BOOL),
            col("报送日期", "filed_date", Kind.DATE))),
    RIDERS(Source.RIDERS, List.of(
            col("平台", "platform", Kind.TEXT),
            col("骑手编号", "rider_id", Kind.CODE),
            col("姓名", "name", Kind.TEXT),
            col("身份证号", "id_number", Kind.ID),
            col("手机号", "phone", Kind.PHONE),
            col("配送站点编号", "station_id", Kind.CODE),
            col("配送站点", "station_name", Kind.TEXT),
            col("站点行政区划代码", "station_region_code", Kind.REGION),
            col("站点运营企业统一社会信用代码", "station_operator_uscc", Kind.USCC),
            col("政治面貌", "political_status", Kind.TEXT),
            col("在岗状态", "active", Kind.TEXT))),
    PARTY_ORGS(Source.PARTY_ORGS, List.of(
            col("党组织代码", "org_code", Kind.CODE),
            col("党组织名称", "org_name", Kind.TEXT),
            col("党组织类别", "org_type", Kind.TEXT),
            col("组建方式", "formation", Kind.TEXT),
            col("上级党组织代码", "parent_org_code", Kind.CODE),
            col("行政区划代码", "region_code", Kind.REGION),
            col("成立日期", "established_date", Kind.DATE),
            col("覆盖单位统一社会信用代码", "covered_uscc", Kind.TEXT),
            col("覆盖单位名称", "covered_names", Kind.TEXT),
            col("是否流动党员党支部", "is_flow_branch", Kind.BOOL),
            col("状态", "status", Kind.TEXT))),
    PARTY_MEMBERS(Source.PARTY_MEMBERS, List.of(
            col("身份证号", "id_number", Kind.ID),
            col("姓名", "name", Kind.TEXT),
            col("所在党组织代码", "org_code", Kind.CODE),
            col("人员类别", "member_type", Kind.TEXT),
            col("工作单位", "workplace_name", Kind.TEXT),
            col("工作单位统一社会信用代码", "workplace_uscc", Kind.USCC),
            col("是否流动党员", "is_flowing", Kind.BOOL),
            col("流入地行政区划代码", "flow_region_code", Kind.REGION),
            col("入党日期", "joined_date", Kind.DATE))),
    MARKETS(Source.MARKETS, List.of(
            col("市场编号", "market_id", Kind.CODE),
            col("市场名称", "market_name", Kind.TEXT),
            col("开办者统一社会信用代码", "operator_uscc", Kind.USCC),
            col("市场类别", "category", Kind.TEXT),
            col("行政区划代码", "region_code", Kind.REGION),
            col("市场监管所代码", "office_code", Kind.CODE),
            col("经营户数量", "stall_count", Kind.INT)));

    /** What a column holds, which decides how it is written and how the messy mode damages it. */
    enum Kind { TEXT, CODE, USCC, ID, REGION, DATE, INT, BOOL, STATUS, ORG_FORM, PHONE }

    record Column(String header, String alias, Kind kind) {}

    final Source source;
    final List<Column> columns;

    Table(Source source, List<Column> columns) {
        this.source = source;
        this.columns = columns;
    }

    int indexOf(String header) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).header().equals(header)) {
                return i;
            }
        }
        throw new IllegalArgumentException(header);
    }

    private static Column col(String header, String alias, Kind kind) {
        return new Column(header, alias, kind);
    }
}
