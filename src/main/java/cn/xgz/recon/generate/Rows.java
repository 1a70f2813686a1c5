package cn.xgz.recon.generate;

import cn.xgz.recon.generate.Plan.Entity;
import cn.xgz.recon.generate.Plan.Market;
import cn.xgz.recon.generate.Plan.Org;
import cn.xgz.recon.generate.Plan.Person;
import cn.xgz.recon.generate.Plan.Report;
import cn.xgz.recon.generate.Plan.Rider;
import java.util.List;

/** Planned objects as cells in each table's canonical column order (typed: String, Integer, LocalDate). */
final class Rows {

    private static final String[] SEPARATORS = {";", "；", "、", ",", "，", " "};

    private Rows() {}

    static Object[] registration(Entity e) {
        return new Object[] {
            e.uscc,
            e.name.full(),
            e.type.label(),
            e.scale == null ? null : e.scale.label(),
            e.county,
            e.officeCode,
            e.officeName,
            e.industry,
            e.established,
            e.status.label(),
            e.rep.name,
            e.repIdBlank ? null : e.rep.id,
            e.marketId,
            e.employees,
            e.address
        };
    }

    static Object[] report(Entity e, Report r) {
        return new Object[] {
            e.uscc, r.year, r.count, r.form.label(), yesNo(r.repMember), yesNo(r.repSecretary), r.filed
        };
    }

    static Object[] rider(Rider r) {
        Person p = r.person;
        boolean noPhone = Math.floorMod(p.index * 31 + r.station.platform.ordinal(), 20L) == 0;
        return new Object[] {
            r.station.platform.label,
            r.riderId,
            p.name,
            p.id,
            noPhone ? null : p.phone,
            r.station.id,
            r.station.name,
            r.station.county,
            r.station.operatorUscc,
            r.political,
            r.activeText.isEmpty() ? null : r.activeText
        };
    }

    static Object[] org(Org o, boolean messy) {
        long h = Mix.mix(o.code.hashCode());
        String sep = messy ? SEPARATORS[(int) Math.floorMod(h, (long) SEPARATORS.length)]
                : (h & 3) == 0 ? "、" : ";";
        return new Object[] {
            o.code,
            o.name,
            o.type.label(),
            o.formation == null ? null : o.formation.label(),
            o.parent,
            o.county,
            o.established,
            join(o.usccs, sep),
            join(o.names, sep.equals(" ") ? "；" : sep),
            yesNo(o.flowBranch),
            o.status
        };
    }

    static Object[] member(Person p) {
        Plan.Member m = p.member;
        return new Object[] {
            p.id,
            p.name,
            m.orgCode,
            m.type.label(),
            m.workplaceName,
            m.workplaceUscc,
            yesNo(m.flowing),
            m.flowRegion,
            m.joined
        };
    }

    static Object[] market(Market m) {
        return new Object[] {m.id, m.name, m.operatorUscc, m.category, m.county, m.officeCode, m.stallCount};
    }

    /** A county's 非公工委, community and flow-branch organisations: listed once, ahead of the unit organisations. */
    static Object[] areaOrg(String code, String name, String type, String parent, String county, boolean flow) {
        return new Object[] {code, name, type, null, parent, county, null, null, null, flow ? "是" : null, "正常"};
    }

    private static String yesNo(Boolean b) {
        return b == null ? null : b ? "是" : "否";
    }

    private static String join(List<String> values, String sep) {
        if (values.isEmpty()) {
            return null;
        }
        return String.join(sep, values);
    }
}
