package cn.xgz.recon.match;

import cn.xgz.recon.common.UsccCode;

/** Synthetic registration codes with valid check characters. */
final class Fixtures {

    private Fixtures() {}

    /** A valid USCC: 91 (company), the county, a serial in the code alphabet and the check character. */
    static String uscc(String county, long serial) {
        StringBuilder b = new StringBuilder("91").append(county);
        char[] body = new char[9];
        long v = serial;
        for (int i = 8; i >= 0; i--) {
            body[i] = UsccCode.ALPHABET.charAt((int) (v % 31));
            v /= 31;
        }
        b.append(body);
        return b.append(UsccCode.checkChar(b)).toString();
    }
}
