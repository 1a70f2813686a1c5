package cn.xgz.recon.generate;

import cn.xgz.recon.generate.Plan.Block;
import cn.xgz.recon.generate.Plan.Entity;
import cn.xgz.recon.generate.Plan.Platform;
import cn.xgz.recon.generate.Plan.Report;
import cn.xgz.recon.generate.Plan.Rider;
import cn.xgz.recon.generate.TableSink.Num;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Bad rows for --messy: each has exactly one fault that inputs.md says rejects the row, and is listed in
 * planted-rejects.csv with its file and row. Reasons are the texts of the public acceptance set.
 */
final class Junk {

    /** One kind of bad row: the column it breaks and the reject reason. */
    enum Fault {
        BLANK_NAME("主体名称", "必填项为空"),
        BAD_ENTITY_TYPE("主体类型", "主体类型取值无效"),
        BAD_DATE("成立日期", "成立日期无效"),
        BAD_USCC_CHECK("统一社会信用代码", "统一社会信用代码校验位错误"),
        DUPLICATE_USCC("统一社会信用代码", "重复记录"),
        NEGATIVE_EMPLOYEES("从业人数", "从业人数不能为负数"),
        BAD_REGION("行政区划代码", "行政区划代码不在区划表中"),
        NEGATIVE_MEMBERS("中共党员（包括预备党员）人数", "党员人数不能为负数"),
        BAD_ORG_FORM("党组织建制", "党组织建制取值无效"),
        FUTURE_YEAR("年报年度", "年报年度晚于运行年度"),
        ID_EXCEL_NUMBER("身份证号", "身份证号被Excel保存为数值，已丢失精度"),
        BAD_ACTIVE("在岗状态", "在岗状态取值无效"),
        BAD_BIRTH_DATE("身份证号", "身份证号出生日期无效"),
        BAD_ID_CHECK("身份证号", "身份证号校验位错误"),
        BAD_STATION_REGION("站点行政区划代码", "行政区划代码不在区划表中"),
        DUPLICATE_RIDER("骑手编号", "重复记录"),
        BAD_ORG_TYPE("党组织类别", "党组织类别取值无效"),
        BAD_ORG_STATUS("状态", "状态取值无效"),
        DUPLICATE_ORG("党组织代码", "重复记录"),
        BAD_MEMBER_TYPE("人员类别", "人员类别取值无效"),
        DUPLICATE_ID("身份证号", "重复记录"),
        DUPLICATE_MARKET("市场编号", "重复记录"),
        BAD_OPERATOR_CHECK("开办者统一社会信用代码", "统一社会信用代码校验位错误"),
        NEGATIVE_STALLS("经营户数量", "经营户数量不能为负数");

        final String column;
        final String reason;

        Fault(String column, String reason) {
            this.column = column;
            this.reason = reason;
        }

        boolean duplicate() {
            return name().startsWith("DUPLICATE");
        }
    }

    /** A bad row in canonical column order. */
    record Bad(Object[] cells, Fault fault) {}

    static List<Fault> faultsOf(Table t) {
        return switch (t) {
            case REGISTRATIONS -> List.of(Fault.BLANK_NAME, Fault.BAD_ENTITY_TYPE, Fault.BAD_DATE, Fault.BAD_USCC_CHECK,
                    Fault.DUPLICATE_USCC, Fault.NEGATIVE_EMPLOYEES, Fault.BAD_REGION);
            case ANNUAL_REPORTS -> List.of(Fault.NEGATIVE_MEMBERS, Fault.BAD_ORG_FORM, Fault.BAD_USCC_CHECK,
                    Fault.FUTURE_YEAR, Fault.DUPLICATE_USCC);
            case RIDERS -> List.of(Fault.ID_EXCEL_NUMBER, Fault.BAD_ACTIVE, Fault.BAD_BIRTH_DATE, Fault.BAD_ID_CHECK,
                    Fault.BAD_STATION_REGION, Fault.DUPLICATE_RIDER);
            case PARTY_ORGS -> List.of(Fault.BAD_ORG_TYPE, Fault.BAD_REGION, Fault.BAD_ORG_STATUS, Fault.DUPLICATE_ORG);
            case PARTY_MEMBERS -> List.of(Fault.BAD_BIRTH_DATE, Fault.ID_EXCEL_NUMBER, Fault.DUPLICATE_ID,
                    Fault.BAD_MEMBER_TYPE, Fault.BAD_ID_CHECK);
            case MARKETS -> List.of(Fault.DUPLICATE_MARKET, Fault.BAD_OPERATOR_CHECK, Fault.NEGATIVE_STALLS);
        };
    }

    /** Which faults go after which block of a stream covering blocks [from, to). */
    static Map<Integer, List<Fault>> schedule(Layout layout, String stream, Table t, int from, int to) {
        Map<Integer, List<Fault>> out = new HashMap<>();
        if (to <= from) {
            return out;
        }
        long copies = 1 + layout.entities / 200_000;
        for (Fault f : faultsOf(t)) {
            for (long c = 0; c < copies; c++) {
                double u = Mix.unit(Mix.mix(layout.seed, Mix.mix(stream.hashCode()) ^ f.ordinal(), c));
                int b = from + (int) (u * (to - from));
                out.computeIfAbsent(b, x -> new ArrayList<>()).add(f);
            }
        }
        return out;
    }

    private final Layout layout;
    private final boolean xlsx;
    private int counter;

    Junk(Layout layout, boolean xlsx) {
        this.layout = layout;
        this.xlsx = xlsx;
    }

    /** A bad row for the block, or null when the block has no row to duplicate. */
    Bad make(Fault f, Table t, Block block, Platform platform) {
        int k = counter++;
        return switch (t) {
            case REGISTRATIONS -> registration(f, block, k);
            case ANNUAL_REPORTS -> report(f, block, k);
            case RIDERS -> rider(f, block, platform, k);
            case PARTY_ORGS -> org(f, block, k);
            case PARTY_MEMBERS -> member(f, block, k);
            case MARKETS -> market(f, block, k);
        };
    }

    private String freshUscc(char type, Block block, int k) {
        return Identities.uscc(type, block.county, Identities.JUNK_SERIAL_BASE + (long) block.index * 64 + (k % 64),
                layout.key);
    }

    private Bad registration(Fault f, Block block, int k) {
        Entity e = block.entities[0];
        Object[] c = Rows.registration(e);
        if (f == Fault.DUPLICATE_USCC) {
            return new Bad(c, f);
        }
        c[0] = freshUscc('2', block, k);
        switch (f) {
            case BLANK_NAME -> c[1] = null;
            case BAD_ENTITY_TYPE -> c[2] = k % 2 == 0 ? "外资企业" : "其他组织";
            case BAD_DATE -> c[8] = "2023-02-30";
            case BAD_USCC_CHECK -> c[0] = Identities.breakCheckChar((String) c[0]);
            case NEGATIVE_EMPLOYEES -> c[13] = -3;
            case BAD_REGION -> c[4] = "350199";
            default -> throw new IllegalArgumentException(f.name());
        }
        return new Bad(c, f);
    }

    private Bad report(Fault f, Block block, int k) {
        if (f == Fault.DUPLICATE_USCC) {
            for (Entity e : block.entities) {
                if (!e.reports.isEmpty()) {
                    return new Bad(Rows.report(e, e.reports.get(0)), f);
                }
            }
            return null;
        }
        Entity e = block.entities[k % block.entities.length];
        Report r = new Report();
        r.year = layout.asOf.getYear() - 6 - (k % 5);
        r.count = 0;
        r.form = cn.xgz.recon.source.ReportedOrgForm.NONE;
        r.repMember = Boolean.FALSE;
        r.repSecretary = Boolean.FALSE;
        r.filed = java.time.LocalDate.of(r.year + 1, 3, 15);
        Object[] c = Rows.report(e, r);
        c[0] = freshUscc('2', block, k);
        switch (f) {
            case NEGATIVE_MEMBERS -> c[2] = -1;
            case BAD_ORG_FORM -> c[3] = "已建立";
            case BAD_USCC_CHECK -> c[0] = Identities.breakCheckChar((String) c[0]);
            case FUTURE_YEAR -> c[1] = layout.asOf.getYear() + 1;
            default -> throw new IllegalArgumentException(f.name());
        }
        return new Bad(c, f);
    }

    /** A person of the block's junk numbers whose ID has no X, so that it can be shown as an Excel number. */
    private Plan.Person junkPerson(Block block, int k, Identities.Pool pool) {
        Plan.Person p = new Plan.Person();
        for (int t = 0; t < 32; t++) {
            p.index = (long) block.index * Layout.PERSON_SLOTS + Layout.END_EXTRA_PERSON + (k + t) % 32;
            p.id = Identities.idNumber(p.index, pool, layout.key);
            if (!p.id.endsWith("X")) {
                break;
            }
        }
        p.pool = pool;
        p.name = NamePools.personName(Mix.mix(layout.key, p.index));
        p.phone = "13800000000";
        return p;
    }

    /**
     * An ID that Excel turned into a number. In a workbook it is a numeric cell; in a CSV it is the text Excel
     * saves for it (3.50124196504139E+17), since a digit string padded with zeros could pass for a real ID.
     */
    private Object excelNumber(String id) {
        double d = Double.parseDouble(id);
        String text = String.format("%.14E", d);
        return xlsx ? new Num(d, text) : text;
    }

    private Bad rider(Fault f, Block block, Platform platform, int k) {
        Rider sample = null;
        for (Rider r : block.riders) {
            if (r.station.platform == platform) {
                sample = r;
                break;
            }
        }
        if (f == Fault.DUPLICATE_RIDER) {
            return sample == null ? null : new Bad(Rows.rider(sample), f);
        }
        Plan.Person p = junkPerson(block, k, Identities.Pool.RIDER);
        Object[] c = {
            platform.label,
            platform.idPrefix + "X" + String.format("%08d", (long) block.index * 64 + (k % 64)),
            p.name,
            p.id,
            p.phone,
            sample != null ? sample.station.id : platform.idPrefix + block.county + "999",
            sample != null ? sample.station.name : platform.label + "临时站",
            block.county,
            null,
            "群众",
            "在岗"
        };
        switch (f) {
            case ID_EXCEL_NUMBER -> c[3] = excelNumber(p.id);
            case BAD_ACTIVE -> c[10] = "休假";
            case BAD_BIRTH_DATE -> c[3] = Identities.impossibleBirthDate(p.id);
            case BAD_ID_CHECK -> c[3] = Identities.breakIdCheck(p.id);
            case BAD_STATION_REGION -> c[7] = "350199";
            default -> throw new IllegalArgumentException(f.name());
        }
        return new Bad(c, f);
    }

    private Bad org(Fault f, Block block, int k) {
        if (f == Fault.DUPLICATE_ORG) {
            return block.orgs.isEmpty() ? null : new Bad(Rows.org(block.orgs.get(0), true), f);
        }
        String code = block.county + String.format("%06d", 900_000 + (layout.seqInCounty(block.index) * 8 + k % 8) % 100_000);
        Object[] c = Rows.areaOrg(code, "中共" + layout.regions.nameOf(block.county) + "第" + (k + 1) + "党小组",
                "党支部", Layout.committeeCode(block.county), block.county, false);
        switch (f) {
            case BAD_ORG_TYPE -> c[2] = "党小组";
            case BAD_REGION -> c[5] = "359999";
            case BAD_ORG_STATUS -> c[10] = "暂停";
            default -> throw new IllegalArgumentException(f.name());
        }
        return new Bad(c, f);
    }

    private Bad member(Fault f, Block block, int k) {
        if (f == Fault.DUPLICATE_ID) {
            return block.persons.isEmpty() ? null : new Bad(Rows.member(block.persons.get(0)), f);
        }
        Plan.Person p = junkPerson(block, k, Identities.Pool.SETTLED);
        Object[] c = {p.id, p.name, Layout.communityCode(block.county, 0), "正式党员", null, null, "否", null,
            layout.asOf.minusYears(10)};
        switch (f) {
            case BAD_BIRTH_DATE -> c[0] = Identities.impossibleBirthDate(p.id);
            case ID_EXCEL_NUMBER -> c[0] = excelNumber(p.id);
            case BAD_MEMBER_TYPE -> c[3] = "入党积极分子";
            case BAD_ID_CHECK -> c[0] = Identities.breakIdCheck(p.id);
            default -> throw new IllegalArgumentException(f.name());
        }
        return new Bad(c, f);
    }

    private Bad market(Fault f, Block block, int k) {
        if (f == Fault.DUPLICATE_MARKET) {
            return block.markets.isEmpty() ? null : new Bad(Rows.market(block.markets.get(0)), f);
        }
        String id = "SC" + block.county + "J" + layout.seqInCounty(block.index) + "-" + (k % 64);
        Object[] c = {id, BlockBuilder.shortName(layout.regions.nameOf(block.county)) + "临时农贸市场",
            freshUscc('1', block, k), "农贸市场", block.county, block.county + "01", 10};
        switch (f) {
            case BAD_OPERATOR_CHECK -> c[2] = Identities.breakCheckChar((String) c[2]);
            case NEGATIVE_STALLS -> c[6] = -3;
            default -> throw new IllegalArgumentException(f.name());
        }
        return new Bad(c, f);
    }
}
