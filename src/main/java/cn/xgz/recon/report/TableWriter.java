package cn.xgz.recon.report;

import cn.xgz.recon.common.DisplayWidth;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * Writes one table as a series of sheets: title rows, a header row, then data rows; when a sheet reaches the row
 * limit the table continues on {@code <name> (2)} with the same title and header. Rows go straight to the
 * streaming sheet, so memory does not grow with the row count; only the column widths are remembered.
 */
final class TableWriter<T> {

    /** Longest column, in character widths, before text wraps. */
    private static final int WIDTH_CAP = 48;
    private static final int LONG_TEXT_WIDTH = 60;
    /** Points per line of 11-point 等线. */
    static final float LINE_HEIGHT = 15f;
    /** Lines a row grows to at most; a longer text is read in the cell or the formula bar. */
    private static final int MAX_LINES = 12;

    private final Workbook wb;
    private final Styles styles;
    private final ReportContext ctx;
    private final Scope scope;
    private final String baseName;
    private final String title;
    private final List<Col<T>> cols;
    private final int maxRows;
    private final int[] widths;
    private final List<Sheet> sheets = new ArrayList<>();
    private final List<Integer> lastRows = new ArrayList<>();
    private Sheet current;
    /** The current sheet's data writer when rows can be written to it directly, else null. */
    private FastSheetDataWriter rows;
    /** The latest row, not yet written: it goes through SXSSF if it is the sheet's last. */
    private Line held;
    private boolean frameFlushed;
    private boolean date1904;
    private int headerRow;
    private int nextRow;
    private long written;

    TableWriter(Workbook wb, Styles styles, ReportContext ctx, Scope scope, String baseName, String title,
            List<Col<T>> cols, int maxRows) {
        this.wb = wb;
        this.styles = styles;
        this.ctx = ctx;
        this.scope = scope;
        this.baseName = baseName;
        this.title = title;
        this.cols = List.copyOf(cols);
        this.maxRows = maxRows;
        this.widths = new int[cols.size()];
        for (int i = 0; i < cols.size(); i++) {
            widths[i] = DisplayWidth.of(cols.get(i).header());
        }
        open();
    }

    /** The first sheet's name (what links point to). */
    String firstSheetName() {
        return sheets.get(0).getSheetName();
    }

    long rowsWritten() {
        return written;
    }

    void add(T item) {
        add(item, false);
    }

    void add(T item, boolean shaded) {
        if (nextRow >= maxRows) {
            close();
            open();
        }
        Object[] values = new Object[cols.size()];
        int lines = 1;
        for (int i = 0; i < cols.size(); i++) {
            Col<T> col = cols.get(i);
            Object v = col.value().apply(item);
            values[i] = cellValue(v, i);
            if (col.kind() == Col.Kind.LONG_TEXT && v != null) {
                lines = Math.max(lines, linesOf(v.toString()));
            }
        }
        Line line = new Line(nextRow++, values, shaded, lines);
        if (rows == null) {
            cells(line);
        } else {
            // The sheet's last row goes through SXSSF, which takes the sheet's <dimension> from the rows it still holds.
            if (held != null) {
                direct(held);
            }
            held = line;
        }
        written++;
    }

    /** One table row: its values as {@link #cellValue} left them. */
    private record Line(int rownum, Object[] values, boolean shaded, int lines) {}

    /** The row through SXSSF's row and cell objects. */
    private void cells(Line line) {
        Row row = current.createRow(line.rownum());
        for (int i = 0; i < cols.size(); i++) {
            Object v = line.values()[i];
            if (v == null && !line.shaded()) {
                continue;
            }
            Cell c = row.createCell(i);
            c.setCellStyle(style(i, line.shaded()));
            if (v instanceof Number n) {
                c.setCellValue(n.doubleValue());
            } else if (v instanceof LocalDate d) {
                c.setCellValue(d);
            } else if (v != null) {
                c.setCellValue((String) v);
            }
        }
        if (line.lines() > 1) {
            // Neither Excel nor WPS fits a row to wrapped text in a file they did not lay out themselves.
            row.setHeightInPoints(line.lines() * LINE_HEIGHT + 3);
        }
    }

    /**
     * The row's XML written straight to the sheet's data, the same bytes as {@link #cells} without a row object and a
     * cell object per value: most of a workbook's rows are table rows.
     */
    private void direct(Line line) {
        try {
            if (!frameFlushed) {
                // The title and header rows SXSSF still holds go first.
                ((SXSSFSheet) current).flushRows();
                frameFlushed = true;
            }
            for (Object v : line.values()) {
                if (v instanceof Number n && !Double.isFinite(n.doubleValue())) {
                    // SXSSF makes an error cell of it: leave that to SXSSF, in order.
                    cells(line);
                    ((SXSSFSheet) current).flushRows();
                    return;
                }
            }
            rows.beginRow(line.rownum(), line.lines() > 1 ? line.lines() * LINE_HEIGHT + 3 : -1);
            for (int i = 0; i < cols.size(); i++) {
                Object v = line.values()[i];
                if (v == null && !line.shaded()) {
                    continue;
                }
                int style = style(i, line.shaded()).getIndex() & 0xffff;
                if (v == null) {
                    rows.blankCell(i, style);
                } else if (v instanceof Number n) {
                    rows.numberCell(i, style, n.doubleValue());
                } else if (v instanceof LocalDate d) {
                    rows.numberCell(i, style, DateUtil.getExcelDate(d.atStartOfDay(), date1904));
                } else {
                    rows.textCell(i, style, (String) v);
                }
            }
            rows.endRow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private CellStyle style(int col, boolean shaded) {
        return shaded ? styles.shaded(cols.get(col).kind()) : styles.body(cols.get(col).kind());
    }

    /**
     * What a cell shows for a column's value: a Number, a LocalDate or a String (是/否 for a Boolean, text clipped to
     * what a cell holds), or null; the column's width grows to fit it.
     */
    private Object cellValue(Object v, int col) {
        if (v == null) {
            return null;
        }
        if (v instanceof Number n) {
            track(col, n instanceof Double || n instanceof Float ? 6 : digits(n.longValue()));
            return n;
        } else if (v instanceof LocalDate) {
            track(col, 10);
            return v;
        } else if (v instanceof Boolean b) {
            track(col, 2);
            return b ? "是" : "否";
        }
        // Input text is always a string cell, never a formula: "=HYPERLINK(…)" in a name stays text.
        String s = SheetFrame.clip(v.toString());
        if (s.length() * 2 > widths[col]) {
            track(col, DisplayWidth.of(s));
        }
        return s;
    }

    /** Lines a wrapped text takes in a long-text column (capped at {@link #LONG_TEXT_WIDTH} character widths). */
    static int linesOf(String s) {
        int w = DisplayWidth.of(s);
        // A little less than the column holds: wrapping breaks before a character that would not fit.
        int perLine = LONG_TEXT_WIDTH - 2;
        return Math.min(MAX_LINES, Math.max(1, (w + perLine - 1) / perLine));
    }

    private void track(int col, int w) {
        if (w > widths[col]) {
            widths[col] = w;
        }
    }

    private static int digits(long v) {
        return Long.toString(v).length() + (Math.abs(v) >= 1000 ? 1 : 0);
    }

    private void open() {
        String name = SheetNames.part(baseName, sheets.size() + 1);
        current = wb.createSheet(name);
        sheets.add(current);
        rows = wb instanceof FastZipWorkbook f ? f.directRows(current) : null;
        date1904 = wb instanceof FastZipWorkbook f && f.date1904();
        frameFlushed = false;
        int lastCol = cols.size() - 1;
        headerRow = SheetFrame.top(current, styles, ctx, scope, sheets.size() == 1 ? title : title + "（续" + (sheets.size() - 1) + "）", lastCol);
        if (headerRow + 1 >= maxRows) {
            throw new IllegalArgumentException("每表行数上限过小: " + maxRows);
        }
        Row h = current.createRow(headerRow);
        h.setHeightInPoints(30);
        for (int i = 0; i < cols.size(); i++) {
            Cell c = h.createCell(i);
            c.setCellValue(cols.get(i).header());
            c.setCellStyle(styles.header);
        }
        nextRow = headerRow + 1;
    }

    private void close() {
        if (held != null) {
            cells(held);
            held = null;
        }
        lastRows.add(nextRow - 1);
    }

    /** Column widths, filters and print set-up on every sheet of the series; returns the sheet names. */
    List<String> finish() {
        close();
        List<String> names = new ArrayList<>();
        for (int s = 0; s < sheets.size(); s++) {
            Sheet sheet = sheets.get(s);
            for (int i = 0; i < cols.size(); i++) {
                int w = cols.get(i).kind() == Col.Kind.LONG_TEXT ? Math.min(widths[i], LONG_TEXT_WIDTH) : widths[i];
                sheet.setColumnWidth(i, DisplayWidth.poiWidth(w, cols.get(i).kind() == Col.Kind.LONG_TEXT ? LONG_TEXT_WIDTH : WIDTH_CAP));
            }
            sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, lastRows.get(s)), 0, cols.size() - 1));
            ReviewColumns.dropDowns(sheet, cols, headerRow + 1, Math.max(headerRow + 1, lastRows.get(s)));
            SheetFrame.finishLayout(sheet, headerRow, headerRow, 0);
            names.add(sheet.getSheetName());
        }
        return names;
    }
}
