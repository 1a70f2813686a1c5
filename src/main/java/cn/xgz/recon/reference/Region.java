package cn.xgz.recon.reference;

/**
 * One GB/T 2260 division.
 *
 * @param code 6-digit code
 * @param level 1 省, 2 地级市, 3 县级
 * @param parentCode the enclosing division's code, null for the province
 */
public record Region(String code, String name, int level, String parentCode) {

    /** The city a county belongs to: its first four digits and {@code 00} (rules.md). */
    public static String cityOf(String countyCode) {
        return countyCode == null || countyCode.length() < 4 ? null : countyCode.substring(0, 4) + "00";
    }
}
