package cn.xgz.recon.generate;

import cn.xgz.recon.common.AtomicFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Rows as .xlsx through POI's streaming SXSSF writer (inline strings, no shared-strings table), with real numeric
 * and date cells. A sheet holds at most 1,048,576 rows; the rows after that continue in the next file.
 */
final class XlsxSink implements TableSink {

    static final int MAX_DATA_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows() - 1;
    /** Fixed document dates keep the same seed's workbook byte-identical. */
    private static final Date DOCUMENT_DATE = Date.from(LocalDate.of(2025, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC));

    private final Path dir;
    private final IntFunction<String> names;
    private final String sheetName;
    private final List<String> headers;
    private final int[] order;
    private final Table.Kind[] kinds;
    private final int maxDataRows;
    private final List<FileRows> done = new ArrayList<>();
    private SXSSFWorkbook wb;
    private Sheet sheet;
    private CellStyle dateStyle;
    private String name;
    private int part;
    private int nextRow;
    private long dataRows;
    private boolean closed;

    /**
     * @param names the name of the n-th file (0-based) of this stream
     * @param kinds the kind of each canonical column
     */
    XlsxSink(Path dir, IntFunction<String> names, String sheetName, List<String> headers, int[] order,
            Table.Kind[] kinds, int maxDataRows) {
        this.dir = dir;
        this.names = names;
        this.sheetName = sheetName;
        this.headers = headers;
        this.order = order;
        this.kinds = kinds;
        this.maxDataRows = maxDataRows;
        open();
    }

    private void open() {
        wb = new SXSSFWorkbook(null, 256, true, false);
        wb.getXSSFWorkbook().getProperties().getCoreProperties().setCreated(Optional.of(DOCUMENT_DATE));
        wb.getXSSFWorkbook().getProperties().getCoreProperties().setModified(Optional.of(DOCUMENT_DATE));
        dateStyle = wb.createCellStyle();
        dateStyle.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
        sheet = wb.createSheet(sheetName);
        name = names.apply(part);
        Row h = sheet.createRow(0);
        for (int j = 0; j < headers.size(); j++) {
            h.createCell(j).setCellValue(headers.get(j));
        }
        nextRow = 1;
        dataRows = 0;
    }

    @Override
    public int write(Object[] cells) throws IOException {
        if (dataRows >= maxDataRows || nextRow >= MAX_DATA_ROWS + 1) {
            finishFile();
            part++;
            open();
        }
        Row row = sheet.createRow(nextRow++);
        for (int j = 0; j < order.length; j++) {
            int c = order[j];
            Object v = cells[c];
            if (v == null) {
                continue;
            }
            Cell cell = row.createCell(j);
            if (v instanceof String s) {
                if ((kinds[c] == Table.Kind.REGION || kinds[c] == Table.Kind.INT) && isPlainNumber(s)) {
                    cell.setCellValue(Double.parseDouble(s));
                } else {
                    cell.setCellValue(s);
                }
            } else if (v instanceof LocalDate d) {
                cell.setCellValue(d);
                cell.setCellStyle(dateStyle);
            } else if (v instanceof Num n) {
                cell.setCellValue(n.value());
            } else if (v instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else {
                cell.setCellValue(v.toString());
            }
        }
        dataRows++;
        return nextRow;
    }

    /** A blank row: a skipped row number, or a row of empty text cells. */
    @Override
    public void blank() {
        if (nextRow % 2 == 0) {
            Row row = sheet.createRow(nextRow);
            for (int j = 0; j < Math.min(3, order.length); j++) {
                row.createCell(j).setCellValue(" ");
            }
        }
        nextRow++;
    }

    private static boolean isPlainNumber(String s) {
        if (s.isEmpty() || s.length() > 9) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return s.charAt(0) != '0';
    }

    private void finishFile() throws IOException {
        SXSSFWorkbook w = wb;
        try {
            AtomicFiles.write(dir.resolve(name), (OutputStream out) -> w.write(out));
        } finally {
            w.dispose();
            w.close();
        }
        done.add(new FileRows(name, dataRows));
    }

    @Override
    public String file() {
        return name;
    }

    @Override
    public List<FileRows> files() {
        return done;
    }

    /** Writes the last file; closing again does nothing. */
    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            finishFile();
        }
    }
}
