package cn.xgz.recon.common;

/** How personal data appears in default outputs and logs (outputs.md, 个人信息). */
public final class Masking {

    private Masking() {}

    /** 张三 → 张*, 欧阳娜娜 → 欧***. */
    public static String name(String name) {
        if (name == null || name.isEmpty()) {
            return name == null ? "" : name;
        }
        int first = name.offsetByCodePoints(0, 1);
        int rest = name.codePointCount(first, name.length());
        return name.substring(0, first) + "*".repeat(rest);
    }

    /** The first 6 and last 4 characters with {@code *} between; shorter values are starred whole. */
    public static String idNumber(String id) {
        if (id == null || id.isEmpty()) {
            return id == null ? "" : id;
        }
        if (id.length() <= 10) {
            return "*".repeat(id.length());
        }
        return id.substring(0, 6) + "*".repeat(id.length() - 10) + id.substring(id.length() - 4);
    }

    /** The first 3 and last 4 digits with {@code *} between. */
    public static String phone(String phone) {
        if (phone == null || phone.isEmpty()) {
            return phone == null ? "" : phone;
        }
        if (phone.length() <= 7) {
            return "*".repeat(phone.length());
        }
        return phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
    }
}
