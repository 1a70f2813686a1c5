package cn.xgz.recon.generate;

import java.io.Closeable;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

/**
 * Where the rows of one output stream go: one CSV file, or .xlsx files that continue in the next file when a
 * sheet is full. Cells arrive in the table's canonical column order; the sink writes them in the file's order.
 */
interface TableSink extends Closeable {

    /** A number as Excel stores it (an ID that lost digits, a region code like 350102.0), and its CSV text. */
    record Num(double value, String text) {}

    /** Writes one data row and returns its 1-based row number, as an editor or Excel shows it. */
    int write(Object[] cells) throws IOException;

    /** Writes a row that is blank after trimming. */
    void blank() throws IOException;

    /** The name of the file the last row went to. */
    String file();

    /** Data rows written per file, in order. */
    List<FileRows> files();

    /** Rows written to one file (blank rows not counted). */
    record FileRows(String file, long rows) {}

    /** Date layouts of inputs.md. */
    enum DateStyle {
        ISO, SLASH, DOT, COMPACT, CHINESE;

        String format(LocalDate d) {
            int y = d.getYear();
            int m = d.getMonthValue();
            int day = d.getDayOfMonth();
            return switch (this) {
                case ISO -> d.toString();
                case SLASH -> y + "/" + m + "/" + day;
                case DOT -> y + "." + m + "." + day;
                case COMPACT -> String.format("%04d%02d%02d", y, m, day);
                case CHINESE -> y + "年" + m + "月" + day + "日";
            };
        }
    }

    /** Days since 1899-12-30: what Excel stores for a date. */
    static long excelSerial(LocalDate d) {
        return d.toEpochDay() - LocalDate.of(1899, 12, 30).toEpochDay();
    }
}
