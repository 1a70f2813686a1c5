package cn.xgz.recon.report;

import cn.xgz.recon.reference.Region;
import cn.xgz.recon.rules.Finding;

/** Which subjects a workbook shows: the whole jurisdiction, one city's, or one county's. */
record Scope(Level level, String code, String name) {

    enum Level {
        WHOLE,
        CITY,
        COUNTY
    }

    static Scope all() {
        return new Scope(Level.WHOLE, null, null);
    }

    static Scope city(Region city) {
        return new Scope(Level.CITY, city.code(), city.name());
    }

    static Scope county(Region county) {
        return new Scope(Level.COUNTY, county.code(), county.name());
    }

    boolean whole() {
        return level == Level.WHOLE;
    }

    boolean city() {
        return level == Level.CITY;
    }

    boolean county() {
        return level == Level.COUNTY;
    }

    /** How titles name the scope: 福州市, or 鼓楼区 preceded by its city's name where the region table has it. */
    String label() {
        return whole() ? "" : name;
    }

    boolean includes(Finding f) {
        return switch (level) {
            case WHOLE -> true;
            case CITY -> code.equals(f.cityCode());
            case COUNTY -> code.equals(f.regionCode());
        };
    }

    /** A county code belongs to the scope (an unknown county only to the whole jurisdiction). */
    boolean includesCounty(String countyCode) {
        return switch (level) {
            case WHOLE -> true;
            case CITY -> code.equals(Region.cityOf(countyCode));
            case COUNTY -> code.equals(countyCode);
        };
    }
}
