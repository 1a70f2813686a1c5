package cn.xgz.recon.match;

/**
 * A USCC packed into two longs (nine characters of six bits each), so that millions of codes take 16 bytes each
 * and compare without a String.
 */
final class UsccKey {

    static final int LENGTH = 18;

    private UsccKey() {}

    /** Whether every character is a digit or an upper-case Latin letter, so the code packs. */
    static boolean packable(String code) {
        if (code == null || code.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < LENGTH; i++) {
            if (value(code.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    static long hi(String code) {
        return pack(code, 0);
    }

    static long lo(String code) {
        return pack(code, 9);
    }

    static String unpack(long hi, long lo) {
        char[] c = new char[LENGTH];
        unpack(hi, c, 0);
        unpack(lo, c, 9);
        return new String(c);
    }

    private static long pack(String code, int from) {
        long v = 0;
        for (int i = from; i < from + 9; i++) {
            v = (v << 6) | value(code.charAt(i));
        }
        return v;
    }

    private static void unpack(long v, char[] out, int from) {
        for (int i = from + 8; i >= from; i--) {
            int d = (int) (v & 63);
            out[i] = (char) (d < 10 ? '0' + d : 'A' + d - 10);
            v >>>= 6;
        }
    }

    private static int value(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        return c >= 'A' && c <= 'Z' ? c - 'A' + 10 : -1;
    }
}
