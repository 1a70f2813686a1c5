package cn.xgz.recon.report;

/**
 * Excel's sheet-name rules: at most 31 characters, none of {@code []:*?/\}, no apostrophe at either end. A sheet
 * that passes the row limit continues on {@code <name> (2)}, {@code (3)} …
 */
final class SheetNames {

    static final int MAX_LENGTH = 31;

    private SheetNames() {}

    static String safe(String name) {
        StringBuilder b = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            b.append("[]:*?/\\".indexOf(c) >= 0 ? '_' : c);
        }
        String s = b.toString();
        while (s.startsWith("'")) {
            s = s.substring(1);
        }
        s = truncate(s, MAX_LENGTH);
        while (s.endsWith("'")) {
            s = s.substring(0, s.length() - 1);
        }
        return s.isEmpty() ? "Sheet" : s;
    }

    /** The name of the {@code part}-th sheet (1-based) of a series. */
    static String part(String base, int part) {
        if (part <= 1) {
            return safe(base);
        }
        String suffix = " (" + part + ")";
        return safe(truncate(safe(base), MAX_LENGTH - suffix.length()) + suffix);
    }

    /** A reference to cell A1 of a sheet, for a hyperlink. */
    static String a1(String sheetName) {
        return "'" + sheetName.replace("'", "''") + "'!A1";
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
