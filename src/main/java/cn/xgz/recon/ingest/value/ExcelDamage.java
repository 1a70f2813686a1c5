package cn.xgz.recon.ingest.value;

/**
 * Long codes that went through Excel as numbers. A double keeps about 15 significant digits, so an 18-character
 * 身份证号 or 统一社会信用代码 that was ever a number has lost its tail: the row is rejected rather than guessed
 * (inputs.md, Excel damage).
 */
public final class ExcelDamage {

    public static final String ID_LOST_PRECISION = "身份证号被Excel保存为数值，已丢失精度";
    public static final String USCC_LOST_PRECISION = "统一社会信用代码被Excel保存为数值，已丢失精度";

    private ExcelDamage() {}

    /**
     * True for an .xlsx number cell, or text that is a number in decimal or scientific notation
     * ({@code 3.50124196504139E+17}, {@code 350102199003071234.0}) — what a code becomes after a round trip
     * through a number cell.
     */
    public static boolean lostPrecision(String text, boolean numericCell) {
        if (numericCell) {
            return true;
        }
        if (text == null || text.isEmpty()) {
            return false;
        }
        int n = text.length();
        int i = 0;
        int digits = 0;
        boolean dot = false;
        while (i < n) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '.' && !dot) {
                dot = true;
            } else {
                break;
            }
            i++;
        }
        if (digits == 0) {
            return false;
        }
        if (i == n) {
            return dot;
        }
        char e = text.charAt(i);
        if (e != 'E' && e != 'e') {
            return false;
        }
        i++;
        if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
            i++;
        }
        if (i == n) {
            return false;
        }
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
