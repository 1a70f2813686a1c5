package cn.xgz.recon.report;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.io.Writer;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * POI's sheet writer with a plain UTF-8 writer under it: POI writes the sheet XML a character at a time, and
 * through a synchronised BufferedWriter and a charset encoder that was about half of the workbook step.
 *
 * <p>Text, number and blank cells (all the workbooks' data cells) are written here rather than by POI, which builds a
 * {@code CellReference} string per cell and escapes text code point by code point through an iterator; the bytes
 * are the same. Other cell types (formulas, booleans, errors) go to POI.
 *
 * <p>The temporary file holds the rows deflated ({@link DeflatedPart}), ready for {@link FastZipWorkbook} to put into
 * the package as they are.
 */
final class FastSheetDataWriter extends SheetDataWriter {

    /** An empty final block (fixed Huffman codes, end of block): ends a piece for an inflater reading it alone. */
    private static final byte[] FINAL_BLOCK = {3, 0};

    // The markup of the cells written here, as bytes: most of a workbook's bytes are this markup around short values.
    private static final byte[] ROW_OPEN = ascii("<row r=\"");
    private static final byte[] ROW_END = ascii("</row>\n");
    private static final byte[] CELL_OPEN = ascii("<c r=\"");
    private static final byte[] STYLE_OPEN = ascii("\" s=\"");
    private static final byte[] BLANK_END = ascii("\"></c>");
    private static final byte[] NUMBER_OPEN = ascii("\" t=\"n\"><v>");
    private static final byte[] NUMBER_END = ascii("</v></c>");
    private static final byte[] TEXT_OPEN = ascii("\" t=\"inlineStr\"><is><t>");
    private static final byte[] TEXT_OPEN_PRESERVE = ascii("\" t=\"inlineStr\"><is><t xml:space=\"preserve\">");
    private static final byte[] TEXT_END = ascii("</t></is></c>");

    private final boolean inlineStrings;
    private final byte[] column = new byte[3];
    private int rownum;
    // Set by createWriter, which POI calls from its constructor: no initialisers, or they would be reset after.
    private DeflatedPart part;
    private Utf8Writer utf8;

    FastSheetDataWriter(SharedStringsTable strings) throws IOException {
        super(strings);
        this.inlineStrings = strings == null;
    }

    @Override
    public Writer createWriter(File fd) throws IOException {
        part = new DeflatedPart(new FileOutputStream(fd));
        utf8 = new Utf8Writer(part);
        return utf8;
    }

    /** The rows written, deflated: complete once the writer is closed. */
    DeflatedPart part() {
        return part;
    }

    /** The temporary file that holds {@link #part()}. */
    File file() {
        return getTempFile();
    }

    /** The sheet XML inflated again, for POI's own way of writing the package (getWorksheetXMLInputStream). */
    @Override
    protected InputStream decorateInputStream(FileInputStream fis) {
        Inflater inflater = new Inflater(true);
        return new InflaterInputStream(new SequenceInputStream(fis, new ByteArrayInputStream(FINAL_BLOCK)), inflater) {
            @Override
            public void close() throws IOException {
                try {
                    super.close();
                } finally {
                    inflater.end();
                }
            }
        };
    }

    @Override
    public void writeRow(int rownum, SXSSFRow row) throws IOException {
        this.rownum = rownum;
        super.writeRow(rownum, row);
    }

    /** As POI's writeCell: {@code <c r="B7" s="3" t="inlineStr"><is><t>…</t></is></c>}, attribute for attribute. */
    @Override
    public void writeCell(int columnIndex, Cell cell) throws IOException {
        if (cell == null) {
            return;
        }
        CellType type = cell.getCellType();
        if (!(type == CellType.BLANK || type == CellType.NUMERIC || type == CellType.STRING && inlineStrings)) {
            super.writeCell(columnIndex, cell);
            return;
        }
        int style = cell.getCellStyle().getIndex() & 0xffff;
        switch (type) {
            case BLANK -> blankCell(columnIndex, style);
            case NUMERIC -> numberCell(columnIndex, style, cell.getNumericCellValue());
            default -> textCell(columnIndex, style, cell.getStringCellValue());
        }
    }

    /** Whether {@link #textCell} writes text cells as POI would here (inline strings, no shared-strings table). */
    boolean inlineStrings() {
        return inlineStrings;
    }

    // A row written from values rather than from SXSSF's row and cell objects, in POI's bytes (SheetDataWriter's
    // beginRow and endRow for a row with at most a custom height): TableWriter's data rows.

    /** {@code <row r="8">} or, for a height in points ({@code < 0}: the default), as POI stores it in twips. */
    void beginRow(int rownum, float heightInPoints) throws IOException {
        this.rownum = rownum;
        Utf8Writer w = utf8;
        w.ascii(ROW_OPEN);
        w.digits(rownum + 1);
        w.write('"');
        if (heightInPoints >= 0) {
            short twips = (short) (int) (heightInPoints * 20f);
            w.write(" customHeight=\"1\" ht=\"");
            w.write(Float.toString((float) (twips / 20.0)));
            w.write('"');
        }
        w.write(">\n");
    }

    void endRow() throws IOException {
        utf8.ascii(ROW_END);
    }

    void blankCell(int columnIndex, int style) throws IOException {
        beginCell(columnIndex, style);
        utf8.ascii(BLANK_END);
    }

    void numberCell(int columnIndex, int style, double value) throws IOException {
        beginCell(columnIndex, style);
        Utf8Writer w = utf8;
        w.ascii(NUMBER_OPEN);
        // Counts, days and dates are whole numbers below 10^7, which Double.toString writes as "45930.0".
        if (value >= 0 && value < 1e7 && value == (int) value && !(value == 0 && 1 / value < 0)) {
            w.digits((int) value);
            w.write(".0");
        } else {
            w.write(Double.toString(value));
        }
        w.ascii(NUMBER_END);
    }

    /** An inline string (only where {@link #inlineStrings()}). */
    void textCell(int columnIndex, int style, String s) throws IOException {
        beginCell(columnIndex, style);
        Utf8Writer w = utf8;
        boolean preserve = s != null && !s.isEmpty()
                && (Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length() - 1)));
        w.ascii(preserve ? TEXT_OPEN_PRESERVE : TEXT_OPEN);
        if (s != null) {
            w.escaped(s);
        }
        w.ascii(TEXT_END);
    }

    /** {@code <c r="B7"} and, for a style other than 0, {@code " s="3"}: the closing quote is the caller's. */
    private void beginCell(int columnIndex, int style) throws IOException {
        Utf8Writer w = utf8;
        w.ascii(CELL_OPEN);
        w.ascii(column, columnName(columnIndex));
        w.digits(rownum + 1);
        if (style != 0) {
            w.ascii(STYLE_OPEN);
            w.digits(style);
        }
    }

    /** Puts the column's letters (A, Z, AA, XFD) into {@link #column} and returns how many. */
    private int columnName(int index) {
        int n = index + 1;
        int len = n <= 26 ? 1 : n <= 26 + 26 * 26 ? 2 : 3;
        for (int i = len - 1; i >= 0; i--) {
            int rem = (n - 1) % 26;
            column[i] = (byte) ('A' + rem);
            n = (n - 1) / 26;
        }
        return len;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    /** An unsynchronised writer that encodes UTF-8 straight into its own buffer. */
    static final class Utf8Writer extends Writer {

        private static final int SIZE = 1 << 16;

        private final OutputStream out;
        private final byte[] buf = new byte[SIZE];
        private int pos;
        private char highSurrogate;

        Utf8Writer(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int c) throws IOException {
            if (SIZE - pos < 4) {
                drain();
            }
            put((char) c);
        }

        // A char takes at most 4 bytes (3, or 4 with a pending high surrogate): room is checked once per run of
        // chars that surely fits rather than per char.

        @Override
        public void write(char[] cs, int off, int len) throws IOException {
            int end = off + len;
            while (off < end) {
                int stop = Math.min(end, off + (SIZE - pos) / 4);
                if (stop == off) {
                    drain();
                    continue;
                }
                for (; off < stop; off++) {
                    put(cs[off]);
                }
            }
        }

        @Override
        public void write(String s, int off, int len) throws IOException {
            int end = off + len;
            while (off < end) {
                int stop = Math.min(end, off + (SIZE - pos) / 4);
                if (stop == off) {
                    drain();
                    continue;
                }
                for (; off < stop; off++) {
                    put(s.charAt(off));
                }
            }
        }

        @Override
        public void write(String s) throws IOException {
            write(s, 0, s.length());
        }

        /** ASCII bytes as they are (markup). */
        void ascii(byte[] bytes) throws IOException {
            ascii(bytes, bytes.length);
        }

        void ascii(byte[] bytes, int len) throws IOException {
            if (SIZE - pos < len + 1) {
                drain();
            }
            unpairedHigh();
            System.arraycopy(bytes, 0, buf, pos, len);
            pos += len;
        }

        /** A non-negative int in decimal, as Integer.toString writes it. */
        void digits(int v) throws IOException {
            if (SIZE - pos < 11) {
                drain();
            }
            unpairedHigh();
            int len = 1;
            for (int t = v; t >= 10; t /= 10) {
                len++;
            }
            for (int i = pos + len - 1; i >= pos; i--) {
                buf[i] = (byte) ('0' + v % 10);
                v /= 10;
            }
            pos += len;
        }

        /**
         * Text in POI's escaping: {@code < > & "} and tab, line feed, carriage return and no-break space as entities,
         * other control characters and U+FFFE/U+FFFF as '?', surrogates as they are (a pair encodes as one code point).
         */
        void escaped(String s) throws IOException {
            int end = s.length();
            int off = 0;
            while (off < end) {
                // An entity is at most 6 bytes, a char otherwise at most 4, and a pending high surrogate adds one '?'.
                int stop = Math.min(end, off + (SIZE - pos - 1) / 6);
                if (stop == off) {
                    drain();
                    continue;
                }
                for (; off < stop; off++) {
                    char c = s.charAt(off);
                    if (c >= 0x80) {
                        if (c == '\u00A0') {
                            entity("&#xa0;");
                        } else {
                            put(c >= '\uFFFE' ? '?' : c);
                        }
                    } else if (c >= ' ' && c != '<' && c != '>' && c != '&' && c != '"' && highSurrogate == 0) {
                        buf[pos++] = (byte) c;
                    } else {
                        switch (c) {
                            case '<' -> entity("&lt;");
                            case '>' -> entity("&gt;");
                            case '&' -> entity("&amp;");
                            case '"' -> entity("&quot;");
                            case '\n' -> entity("&#xa;");
                            case '\r' -> entity("&#xd;");
                            case '\t' -> entity("&#x9;");
                            default -> put(c < ' ' ? '?' : c);
                        }
                    }
                }
            }
        }

        /** Room for it is the caller's: at most 6 bytes, after a pending high surrogate's '?' at most 7. */
        private void entity(String e) {
            if (highSurrogate != 0) {
                highSurrogate = 0;
                buf[pos++] = '?';
            }
            for (int i = 0; i < e.length(); i++) {
                buf[pos++] = (byte) e.charAt(i);
            }
        }

        /** A high surrogate left pending before markup has no pair: '?', as {@link #put} writes it. */
        private void unpairedHigh() {
            if (highSurrogate != 0) {
                highSurrogate = 0;
                buf[pos++] = '?';
            }
        }

        private void put(char c) {
            byte[] b = buf;
            if (highSurrogate != 0) {
                char hi = highSurrogate;
                highSurrogate = 0;
                if (Character.isLowSurrogate(c)) {
                    int cp = Character.toCodePoint(hi, c);
                    b[pos++] = (byte) (0xF0 | cp >> 18);
                    b[pos++] = (byte) (0x80 | cp >> 12 & 0x3F);
                    b[pos++] = (byte) (0x80 | cp >> 6 & 0x3F);
                    b[pos++] = (byte) (0x80 | cp & 0x3F);
                    return;
                }
                // An unpaired surrogate becomes '?', as the JDK's encoder does; with c that is at most 4 bytes.
                b[pos++] = '?';
            }
            if (c < 0x80) {
                b[pos++] = (byte) c;
            } else if (c < 0x800) {
                b[pos++] = (byte) (0xC0 | c >> 6);
                b[pos++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c)) {
                highSurrogate = c;
            } else if (Character.isLowSurrogate(c)) {
                b[pos++] = '?';
            } else {
                b[pos++] = (byte) (0xE0 | c >> 12);
                b[pos++] = (byte) (0x80 | c >> 6 & 0x3F);
                b[pos++] = (byte) (0x80 | c & 0x3F);
            }
        }

        private void drain() throws IOException {
            out.write(buf, 0, pos);
            pos = 0;
        }

        @Override
        public void flush() throws IOException {
            drain();
            out.flush();
        }

        @Override
        public void close() throws IOException {
            if (highSurrogate != 0) {
                highSurrogate = 0;
                if (SIZE - pos < 4) {
                    drain();
                }
                buf[pos++] = '?';
            }
            drain();
            out.close();
        }
    }
}
