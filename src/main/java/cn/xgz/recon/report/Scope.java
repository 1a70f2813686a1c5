package cn.xgz.recon.report;

import cn.xgz.recon.reference.Region;
import cn.xgz.recon.rules.Finding;

/** Which subjects a workbook shows: the whole jurisdiction, or one city's. */
record Scope(String cityCode, String cityName) {

    static Scope all() {
        return new Scope(null, null);
    }

    boolean whole() {
        return cityCode == null;
    }

    boolean includes(Finding f) {
        return whole() || cityCode.equals(f.cityCode());
    }

    /** A county code belongs to the scope (an unknown county only to the whole jurisdiction). */
    boolean includesCounty(String countyCode) {
        return whole() || cityCode.equals(Region.cityOf(countyCode));
    }
}
