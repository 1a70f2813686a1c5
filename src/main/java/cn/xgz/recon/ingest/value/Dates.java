package cn.xgz.recon.ingest.value;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * The date formats of inputs.md: {@code 2024-03-05}, {@code 2024/3/5}, {@code 2024.3.5}, {@code 20240305},
 * {@code 2024年3月5日}, and Excel serial numbers (a plain number cell, or up to five digits of text, which is what a
 * date cell becomes when a sheet is saved as CSV without its formats). A trailing time of day is ignored.
 * Hand-written rather than regex-based because 成立日期 is parsed once per registration row.
 */
public final class Dates {

    /** Excel serials from 1 (1900-01-01) to 2958465 (9999-12-31). */
    private static final double MAX_SERIAL = 2958465;

    private Dates() {}

    /** The date a cleaned cell holds, or {@code null} when it is not a real date in an accepted format. */
    public static LocalDate parse(String text, boolean numericCell) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        String s = numericCell ? text : withoutTime(text);
        int n = s.length();
        if (n == 8 && allDigits(s, 0, 8)) {
            return of(num(s, 0, 4), num(s, 4, 6), num(s, 6, 8));
        }
        if (numericCell) {
            return fromSerial(s);
        }
        if (n <= 5 && allDigits(s, 0, n)) {
            return fromSerial(s);
        }
        if (n < 8 || !allDigits(s, 0, 4)) {
            return null;
        }
        char sep = s.charAt(4);
        int year = num(s, 0, 4);
        if (sep == '-' || sep == '/' || sep == '.') {
            int second = s.indexOf(sep, 5);
            if (second < 0 || !isNumber(s, 5, second) || !isNumber(s, second + 1, n)) {
                return null;
            }
            return of(year, num(s, 5, second), num(s, second + 1, n));
        }
        if (sep == '年' && s.charAt(n - 1) == '日') {
            int month = s.indexOf('月', 5);
            if (month < 0 || !isNumber(s, 5, month) || !isNumber(s, month + 1, n - 1)) {
                return null;
            }
            return of(year, num(s, 5, month), num(s, month + 1, n - 1));
        }
        return null;
    }

    /** The day of an Excel serial (1900 or 1904 date system), or {@code null} outside Excel's date range. */
    public static LocalDate fromSerial(double serial, boolean use1904) {
        if (!(serial >= 1 && serial <= MAX_SERIAL)) {
            return null;
        }
        return DateUtil.getLocalDateTime(serial, use1904).toLocalDate();
    }

    private static LocalDate fromSerial(String text) {
        double serial;
        try {
            serial = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return null;
        }
        return fromSerial(serial, false);
    }

    /** Drops a time of day after a space ({@code 2024/3/5 0:00}), which Excel adds when it saves a date as CSV. */
    private static String withoutTime(String s) {
        int space = s.indexOf(' ');
        if (space < 0) {
            return s;
        }
        for (int i = space + 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9') && c != ':' && c != '.' && c != ' ') {
                return s;
            }
        }
        return s.substring(0, space);
    }

    private static final long SHARED_FROM = LocalDate.of(1900, 1, 1).toEpochDay();
    private static final LocalDate[] SHARED = new LocalDate[(int) (LocalDate.of(2200, 1, 1).toEpochDay() - SHARED_FROM)];

    /**
     * One instance per day: a province's rows hold some 15 million dates of a few thousand distinct days, 370 MB
     * as separate objects. Racy but safe: a LocalDate is immutable, so a thread sees either null or a whole one.
     */
    public static LocalDate shared(LocalDate d) {
        if (d == null) {
            return null;
        }
        long i = d.toEpochDay() - SHARED_FROM;
        if (i < 0 || i >= SHARED.length) {
            return d;
        }
        LocalDate s = SHARED[(int) i];
        if (s == null) {
            SHARED[(int) i] = d;
            return d;
        }
        return s;
    }

    private static LocalDate of(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static boolean isNumber(String s, int from, int to) {
        return to - from >= 1 && to - from <= 2 && allDigits(s, from, to);
    }

    private static boolean allDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return to > from;
    }

    private static int num(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            v = v * 10 + (s.charAt(i) - '0');
        }
        return v;
    }
}
