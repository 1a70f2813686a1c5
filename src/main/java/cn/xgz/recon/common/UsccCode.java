package cn.xgz.recon.common;

/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from {@code 0-9A-HJ-NPQRTUWXY}, the last a check character
 * over the first 17 (weights 3^i mod 31, modulus 31).
 */
public final class UsccCode {

    /** The 31 characters of the code, in the order of their values 0…30. */
    public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    /** Each ASCII character's value in {@link #ALPHABET}, -1 when it is not in it: every row's key is checked here. */
    private static final byte[] VALUES = new byte[128];

    static {
        java.util.Arrays.fill(VALUES, (byte) -1);
        for (int v = 0; v < ALPHABET.length(); v++) {
            VALUES[ALPHABET.charAt(v)] = (byte) v;
        }
    }

    private UsccCode() {}

    /** What is wrong with a candidate code (already trimmed and upper-cased), or {@code null} when valid. */
    public static Problem check(String code) {
        if (code == null || code.length() != 18) {
            return Problem.LENGTH;
        }
        // Every character is checked before the check character is compared, so 含非法字符 wins over 校验位错误.
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = value(code.charAt(i));
            if (v < 0) {
                return Problem.CHARACTER;
            }
            sum += v * WEIGHTS[i];
        }
        if (value(code.charAt(17)) < 0) {
            return Problem.CHARACTER;
        }
        return checkCharOf(sum) == code.charAt(17) ? null : Problem.CHECK_CHARACTER;
    }

    private static int value(char c) {
        return c < 128 ? VALUES[c] : -1;
    }

    private static char checkCharOf(int sum) {
        int c = 31 - sum % 31;
        return ALPHABET.charAt(c == 31 ? 0 : c);
    }

    public static boolean isValid(String code) {
        return check(code) == null;
    }

    /** The check character of the first 17 characters. */
    public static char checkChar(CharSequence first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = value(first17.charAt(i));
            if (v < 0) {
                throw new IllegalArgumentException("not a USCC character: " + first17.charAt(i));
            }
            sum += v * WEIGHTS[i];
        }
        return checkCharOf(sum);
    }

    /** Why a code is invalid. */
    public enum Problem {
        LENGTH("统一社会信用代码应为18位"),
        CHARACTER("统一社会信用代码含非法字符"),
        CHECK_CHARACTER("统一社会信用代码校验位错误");

        private final String message;

        Problem(String message) {
            this.message = message;
        }

        /** The reject reason, in Chinese. */
        public String message() {
            return message;
        }
    }
}
