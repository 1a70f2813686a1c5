package cn.xgz.recon.source;

/**
 * An 18-character 居民身份证号 (17 digits and a check character 0–9 or X) as one long: digits × 11 + check. Any other
 * value does not pack and is kept as text by the table.
 */
final class IdPacking {

    private IdPacking() {}

    /** The packed value, {@link RegistrationTable#ID_NULL} for null, {@link RegistrationTable#ID_OTHER} when it does not pack. */
    static long pack(String id) {
        if (id == null) {
            return RegistrationTable.ID_NULL;
        }
        if (id.length() != 18) {
            return RegistrationTable.ID_OTHER;
        }
        long digits = 0;
        for (int k = 0; k < 17; k++) {
            char c = id.charAt(k);
            if (c < '0' || c > '9') {
                return RegistrationTable.ID_OTHER;
            }
            digits = digits * 10 + (c - '0');
        }
        char last = id.charAt(17);
        int check;
        if (last >= '0' && last <= '9') {
            check = last - '0';
        } else if (last == 'X') {
            check = 10;
        } else {
            return RegistrationTable.ID_OTHER;
        }
        return digits * 11 + check;
    }

    static String unpack(long packed) {
        if (packed == RegistrationTable.ID_NULL) {
            return null;
        }
        int check = (int) (packed % 11);
        long digits = packed / 11;
        char[] out = new char[18];
        out[17] = check == 10 ? 'X' : (char) ('0' + check);
        for (int k = 16; k >= 0; k--) {
            out[k] = (char) ('0' + digits % 10);
            digits /= 10;
        }
        return new String(out);
    }
}
