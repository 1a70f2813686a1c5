package cn.xgz.recon.common;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * 居民身份证号 (GB 11643-1999): 18 characters, a real birth date in positions 7–14, and an ISO 7064 MOD 11-2
 * check character ({@code X} for 10). A 15-digit first-generation number is upgraded by inserting {@code 19}
 * before the two-digit year and appending the check character.
 */
public final class IdNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    private IdNumber() {}

    /** The outcome of {@link #parse}: the normalised 18-character number, or the problem. */
    public record Parsed(String value, Problem problem) {
        public boolean valid() {
            return problem == null;
        }
    }

    /**
     * Validates a trimmed, half-width candidate: upper-cases {@code x}, upgrades 15 digits to 18, checks the birth
     * date and the check character.
     */
    public static Parsed parse(String raw) {
        if (raw == null || raw.isEmpty()) {
            return new Parsed(null, Problem.LENGTH);
        }
        String s = raw.toUpperCase(java.util.Locale.ROOT);
        if (s.length() == 15) {
            if (!allDigits(s, 15)) {
                return new Parsed(null, Problem.CHARACTER);
            }
            String first17 = s.substring(0, 6) + "19" + s.substring(6);
            if (!validBirthDate(first17)) {
                return new Parsed(null, Problem.BIRTH_DATE);
            }
            return new Parsed(first17 + checkChar(first17), null);
        }
        if (s.length() != 18) {
            return new Parsed(null, Problem.LENGTH);
        }
        if (!allDigits(s, 17) || !(Character.isDigit(s.charAt(17)) || s.charAt(17) == 'X')) {
            return new Parsed(null, Problem.CHARACTER);
        }
        if (!validBirthDate(s)) {
            return new Parsed(null, Problem.BIRTH_DATE);
        }
        if (checkChar(s) != s.charAt(17)) {
            return new Parsed(null, Problem.CHECK_CHARACTER);
        }
        return new Parsed(s, null);
    }

    /** The check character of the first 17 digits. */
    public static char checkChar(CharSequence first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    private static boolean allDigits(String s, int n) {
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean validBirthDate(String s) {
        try {
            int y = Integer.parseInt(s.substring(6, 10));
            LocalDate d = LocalDate.of(y, Integer.parseInt(s.substring(10, 12)), Integer.parseInt(s.substring(12, 14)));
            return y >= 1900 && !d.isAfter(LocalDate.now());
        } catch (DateTimeException | NumberFormatException e) {
            return false;
        }
    }

    /** Why a number is invalid; {@code message(column)} gives the reject reason. */
    public enum Problem {
        LENGTH("位数错误"),
        CHARACTER("含非法字符"),
        BIRTH_DATE("出生日期无效"),
        CHECK_CHARACTER("校验位错误");

        private final String suffix;

        Problem(String suffix) {
            this.suffix = suffix;
        }

        /** e.g. 身份证号校验位错误 for the column 身份证号. */
        public String message(String subject) {
            return subject + suffix;
        }
    }
}
