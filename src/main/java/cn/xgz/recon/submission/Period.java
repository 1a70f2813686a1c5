package cn.xgz.recon.submission;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A half-year reporting period, {@code yyyyH1} (1 January – 30 June) or {@code yyyyH2} (1 July – 31 December).
 *
 * @param half 1 or 2
 */
public record Period(int year, int half) {

    private static final Pattern TEXT = Pattern.compile("(\\d{4})H([12])");

    /** How long after a period's last day a nightly run may still supply its figures (outputs.md). */
    public static final int RUN_DATE_GRACE_DAYS = 31;

    public Period {
        if (half != 1 && half != 2) {
            throw new IllegalArgumentException("半年度应为 H1 或 H2: " + half);
        }
        if (year < 1900 || year > 9999) {
            throw new IllegalArgumentException("年份无效: " + year);
        }
    }

    /** Parses {@code 2025H1} (an upper- or lower-case h). */
    public static Period parse(String text) {
        Matcher m = text == null ? null : TEXT.matcher(text.trim().toUpperCase(java.util.Locale.ROOT));
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("报送期应为 yyyyH1 或 yyyyH2，例如 2025H1: " + text);
        }
        return new Period(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** The period that contains a date. */
    public static Period containing(LocalDate date) {
        return new Period(date.getYear(), date.getMonthValue() <= 6 ? 1 : 2);
    }

    /**
     * The latest period that ended before {@code date}: on 1 January 2026 that is 2025H2, on 1 July 2025 it is
     * 2025H1 — what the half-year job submits when it runs just after a period closes.
     */
    public static Period justEnded(LocalDate date) {
        return containing(date).previous();
    }

    public Period previous() {
        return half == 2 ? new Period(year, 1) : new Period(year - 1, 2);
    }

    public LocalDate firstDay() {
        return half == 1 ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 7, 1);
    }

    /** 统计截止日期: 30 June or 31 December. */
    public LocalDate lastDay() {
        return half == 1 ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
    }

    /** A nightly run of this date may feed the period: its last day up to 31 days after it. */
    public boolean acceptsRunDate(LocalDate runDate) {
        return !runDate.isBefore(lastDay()) && !runDate.isAfter(lastDay().plusDays(RUN_DATE_GRACE_DAYS));
    }

    /** 2025年上半年 / 2025年下半年. */
    public String chineseName() {
        return year + "年" + (half == 1 ? "上半年" : "下半年");
    }

    /** {@code 2025H1}: the folder and file-name form. */
    @Override
    public String toString() {
        return year + "H" + half;
    }
}
