package cn.xgz.recon.feedback;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** 核查日期 as analysts enter it: an Excel date, or text such as 2025-10-15, 2025/10/15, 20251015, 2025年10月15日. */
final class ReviewDates {

    private static final Pattern YMD = Pattern.compile("(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private ReviewDates() {}

    /** The date, or null when the cell is not a date. */
    static LocalDate parse(ReturnedRow.Cell cell) {
        if (cell == null) {
            return null;
        }
        String t = Text.squeeze(cell.text());
        if (cell.numeric()) {
            try {
                double serial = Double.parseDouble(t);
                // Excel's serial day numbers (1900 system); 61 is 1900-03-01, the first after Excel's phantom leap day.
                return serial >= 61 && serial < 2_958_466 ? EXCEL_EPOCH.plusDays((long) Math.floor(serial)) : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
        int cut = t.indexOf('T');
        String d = t;
        Matcher m = YMD.matcher(d);
        if (!m.matches() && cut > 0) {
            m = YMD.matcher(d.substring(0, cut));
        }
        if (!m.matches()) {
            // 2025-10-1500:00:00 (a time squeezed onto the date)
            Matcher withTime = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})\\d{2}:\\d{2}(:\\d{2})?").matcher(d);
            m = withTime.matches() ? withTime : COMPACT.matcher(d);
            if (!m.matches()) {
                return null;
            }
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
