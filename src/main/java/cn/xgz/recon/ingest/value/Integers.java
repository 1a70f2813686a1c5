package cn.xgz.recon.ingest.value;

/** Whole numbers in cells: {@code 12}, {@code +12}, {@code -3}, and {@code 12.0} (a number Excel wrote with a decimal). */
public final class Integers {

    private Integers() {}

    /** The integer a cleaned cell holds, or {@code null} when it is not a whole number that fits an int. */
    public static Integer parse(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        int n = text.length();
        int i = 0;
        boolean negative = false;
        char first = text.charAt(0);
        if (first == '-' || first == '+') {
            negative = first == '-';
            i = 1;
        }
        int end = integralEnd(text, i);
        if (end < 0 || end == i) {
            return null;
        }
        long v = 0;
        for (int k = i; k < end; k++) {
            v = v * 10 + (text.charAt(k) - '0');
            if (v > Integer.MAX_VALUE + 1L) {
                return null;
            }
        }
        v = negative ? -v : v;
        if (v > Integer.MAX_VALUE || v < Integer.MIN_VALUE) {
            return null;
        }
        return (int) v;
    }

    /**
     * A code that Excel turned into a number with a zero fraction ({@code 350102.0}) back to its digits; other text
     * is returned as it is. It has not lost digits, so it is fine (inputs.md, Excel damage).
     */
    public static String withoutZeroFraction(String text) {
        if (text == null) {
            return null;
        }
        int dot = text.indexOf('.');
        if (dot <= 0) {
            return text;
        }
        int end = integralEnd(text, 0);
        return end == dot ? text.substring(0, dot) : text;
    }

    /**
     * The end of the digits of {@code digits[.0…]} starting at {@code from}: the index of the dot, or the length;
     * -1 when the text is not of that form.
     */
    private static int integralEnd(String text, int from) {
        int n = text.length();
        int k = from;
        while (k < n && text.charAt(k) >= '0' && text.charAt(k) <= '9') {
            k++;
        }
        if (k == n) {
            return k;
        }
        if (text.charAt(k) != '.' || k == from || k == n - 1) {
            return -1;
        }
        for (int z = k + 1; z < n; z++) {
            if (text.charAt(z) != '0') {
                return -1;
            }
        }
        return k;
    }
}
