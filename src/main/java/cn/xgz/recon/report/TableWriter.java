package cn.xgz.recon.report;

import cn.xgz.recon.common.DisplayWidth;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

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
        Row row = current.createRow(nextRow++);
        int lines = 1;
        for (int i = 0; i < cols.size(); i++) {
            Col<T> col = cols.get(i);
            Object v = col.value().apply(item);
            if (v == null && !shaded) {
                continue;
            }
            Cell c = row.createCell(i);
            c.setCellStyle(shaded ? styles.shaded(col.kind()) : styles.body(col.kind()));
            set(c, v, i);
            if (col.kind() == Col.Kind.LONG_TEXT && v != null) {
                lines = Math.max(lines, linesOf(v.toString()));
            }
        }
        if (lines > 1) {
            // Neither Excel nor WPS fits a row to wrapped text in a file they did not lay out themselves.
            row.setHeightInPoints(lines * LINE_HEIGHT + 3);
        }
        written++;
    }

    private void set(Cell c, Object v, int col) {
        if (v == null) {
            return;
        }
        if (v instanceof Number n) {
            c.setCellValue(n.doubleValue());
            track(col, n instanceof Double || n instanceof Float ? 6 : digits(n.longValue()));
        } else if (v instanceof LocalDate d) {
            c.setCellValue(d);
            track(col, 10);
        } else if (v instanceof Boolean b) {
            c.setCellValue(b ? "是" : "否");
            track(col, 2);
        } else {
            // Input text is always a string cell, never a formula: "=HYPERLINK(…)" in a name stays text.
            String s = SheetFrame.clip(v.toString());
            c.setCellValue(s);
            if (s.length() * 2 > widths[col]) {
                track(col, DisplayWidth.of(s));
            }
        }
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
