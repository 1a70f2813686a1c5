package cn.xgz.recon.ingest.table;

import cn.xgz.recon.ingest.value.Dates;
import cn.xgz.recon.ingest.value.TextCleaner;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRelation;

/**
 * Reads the first sheet (or the one named like the source) of an .xlsx by streaming its XML: {@link XSSFReader} gives
 * the package parts, a read-only shared-strings table and the styles, and the sheet is pulled row by row with StAX,
 * so a million-row sheet never becomes a million-row object model. Pull parsing (rather than a SAX push handler)
 * maps onto {@link #next()} without a producer thread. POI's factory disables DTDs and external entities, and its
 * zip reader refuses zip bombs.
 */
final class XlsxTableReader implements TableReader {

    private static final XMLInputFactory XML = XMLHelper.newXMLInputFactory();
    private static final String[] NO_VALUES = new String[0];

    private final String name;
    private final ReadLimits limits;
    private final OPCPackage pkg;
    private final InputStream sheet;
    private final XMLStreamReader xml;
    private final SharedStrings strings;
    private final boolean[] dateStyles;
    private final boolean date1904;
    private List<String> header = List.of();
    private int headerRow;
    private int lastRow;
    private long rows;
    private boolean ended;
    /** What damages the row being parsed (a row-level problem: the row is rejected, reading goes on), or null. */
    private String rowDamage;
    private int rowDamageColumn;

    private XlsxTableReader(String name, ReadLimits limits, OPCPackage pkg, InputStream sheet, SharedStrings strings,
            boolean[] dateStyles, boolean date1904) throws XMLStreamException {
        this.name = name;
        this.limits = limits;
        this.pkg = pkg;
        this.sheet = sheet;
        this.xml = XML.createXMLStreamReader(sheet);
        this.strings = strings;
        this.dateStyles = dateStyles;
        this.date1904 = date1904;
    }

    static XlsxTableReader open(Path file, String name, ReadLimits limits, String preferredSheet) {
        OPCPackage pkg = null;
        InputStream sheet = null;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            XSSFReader reader = new XSSFReader(pkg);
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            while (sheets.hasNext()) {
                InputStream candidate = sheets.next();
                boolean preferred = preferredSheet != null && preferredSheet.equalsIgnoreCase(sheets.getSheetName());
                if (sheet == null || preferred) {
                    if (sheet != null) {
                        sheet.close();
                    }
                    sheet = candidate;
                    if (preferred) {
                        break;
                    }
                } else {
                    candidate.close();
                }
            }
            if (sheet == null) {
                throw new InputFileException(name, "工作簿中没有工作表");
            }
            checkSharedStrings(pkg, name, limits);
            // Phonetic guides (rPh) are not part of the text a person typed.
            SharedStrings strings = new ReadOnlySharedStringsTable(pkg, false);
            XlsxTableReader r = new XlsxTableReader(name, limits, pkg, sheet, strings,
                    dateStyles(reader.getStylesTable()), date1904(reader));
            r.readHeader();
            return r;
        } catch (InputFileException e) {
            closeQuietly(sheet, pkg);
            throw e;
        } catch (OLE2NotOfficeXmlFileException e) {
            closeQuietly(sheet, pkg);
            // Excel saves a password-protected workbook as an OLE2 container too: say which of the two it is.
            throw new InputFileException(name, isEncrypted(file)
                    ? "文件已加密（设有打开密码），请在Excel中取消密码后另存为.xlsx"
                    : "文件是旧版Excel（.xls）格式，请另存为.xlsx");
        } catch (Exception | StackOverflowError e) {
            closeQuietly(sheet, pkg);
            throw failure(name, e);
        }
    }

    /** Heap per unpacked byte of shared strings, as measured (627 MB of XML took 2.7 GB). */
    static final double HEAP_PER_SHARED_STRING_BYTE = 4.5;

    /**
     * Rejects the file before its shared strings are loaded when they are larger than the limit or than half the heap
     * can hold: the table is read whole into memory, and running out of heap would end the whole run, not one file.
     */
    static void checkSharedStrings(OPCPackage pkg, String name, ReadLimits limits) throws Exception {
        long size = 0;
        for (var part : pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType())) {
            size = Math.max(size, part.getSize());
        }
        String mb = String.format(Locale.ROOT, "%.1f MB", size / 1048576.0);
        if (size > limits.maxSharedStringsBytes()) {
            throw new InputFileException(name, "共享字符串表解压后 " + mb + "，超过上限 "
                    + String.format(Locale.ROOT, "%.1f MB", limits.maxSharedStringsBytes() / 1048576.0)
                    + "（设置 xgz.limits.max-shared-strings-bytes）；请将文件拆分或另存为CSV");
        }
        // Other sources load at the same time: one table may take at most half the heap.
        long heap = Runtime.getRuntime().maxMemory();
        long need = (long) (size * HEAP_PER_SHARED_STRING_BYTE);
        if (need > heap / 2) {
            throw new InputFileException(name, "共享字符串表解压后 " + mb + "，读取约需 " + (need >> 20)
                    + " MB内存，超过最大堆内存 " + (heap >> 20) + " MB 的一半；请将文件拆分、另存为CSV，或增大 XGZ_JAVA_OPTS 中的 -Xmx");
        }
    }

    private void readHeader() {
        RawRow first = readRow();
        if (first == null) {
            throw new InputFileException(name, "工作表为空，没有表头行");
        }
        header = Collections.unmodifiableList(Arrays.asList(first.values()));
        headerRow = first.rowNumber();
    }

    @Override
    public String fileName() {
        return name;
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public int headerRowNumber() {
        return headerRow;
    }

    @Override
    public RawRow next() {
        RawRow row;
        try {
            row = readRow();
        } catch (InputFileException e) {
            throw e;
        } catch (RuntimeException e) {
            throw failure(name, e);
        }
        if (row != null && ++rows > limits.maxRows()) {
            throw new InputFileException(name, "数据行数超过上限 " + limits.maxRows() + " 行");
        }
        return row;
    }

    @Override
    public long rowsRead() {
        return rows;
    }

    private RawRow readRow() {
        try {
            while (!ended) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT && "row".equals(xml.getLocalName())) {
                    RawRow row = parseRow();
                    if (row != null) {
                        return row;
                    }
                } else if (event == XMLStreamConstants.END_DOCUMENT
                        || (event == XMLStreamConstants.END_ELEMENT && "sheetData".equals(xml.getLocalName()))) {
                    ended = true;
                }
            }
            return null;
        } catch (XMLStreamException e) {
            throw failure(name, e);
        }
    }

    /** The cells of one {@code <row>}, or {@code null} when all are blank. */
    private RawRow parseRow() throws XMLStreamException {
        String r = xml.getAttributeValue(null, "r");
        int rowNumber = r != null ? parseInt(r) : lastRow + 1;
        lastRow = rowNumber;
        String[] values = NO_VALUES;
        boolean[] numeric = new boolean[0];
        int width = 0;
        int nextColumn = 0;
        boolean blank = true;
        rowDamage = null;
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && "row".equals(xml.getLocalName())) {
                break;
            }
            if (event != XMLStreamConstants.START_ELEMENT || !"c".equals(xml.getLocalName())) {
                continue;
            }
            String ref = xml.getAttributeValue(null, "r");
            int column = ref != null ? columnIndex(ref) : nextColumn;
            nextColumn = column + 1;
            if (column >= limits.maxColumns()) {
                // A damaged row, not a damaged file: the rest of the row is skipped, reading goes on.
                damage("该行的列数超过上限 " + limits.maxColumns() + " 列", -1);
                skipElement();
                continue;
            }
            Cell cell = parseCell(rowNumber, column);
            if (cell.text == null) {
                continue;
            }
            if (column >= values.length) {
                int size = Math.max(column + 1, Math.max(8, values.length * 2));
                values = Arrays.copyOf(values, Math.min(size, limits.maxColumns()));
                numeric = Arrays.copyOf(numeric, values.length);
            }
            values[column] = cell.text;
            numeric[column] = cell.numeric;
            width = Math.max(width, column + 1);
            blank = false;
        }
        if (rowDamage != null) {
            return RawRow.damaged(rowNumber, Arrays.copyOf(values, width), rowDamage, rowDamageColumn, 1);
        }
        if (blank) {
            return null;
        }
        return new RawRow(rowNumber, Arrays.copyOf(values, width), Arrays.copyOf(numeric, width));
    }

    private void damage(String why, int column) {
        if (rowDamage == null) {
            rowDamage = why;
            rowDamageColumn = column;
        }
    }

    /** Skips the current element and everything inside it. */
    private void skipElement() throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private record Cell(String text, boolean numeric) {}

    private static final Cell BLANK = new Cell(null, false);

    /** One {@code <c>}: its cached value by type, cleaned; the reader is left on its end tag. */
    private Cell parseCell(int rowNumber, int column) throws XMLStreamException {
        String type = xml.getAttributeValue(null, "t");
        String style = xml.getAttributeValue(null, "s");
        String v = null;
        StringBuilder inline = null;
        int depth = 1;
        boolean phonetic = false;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String local = xml.getLocalName();
                if ("v".equals(local)) {
                    v = xml.getElementText();
                } else if ("f".equals(local)) {
                    xml.getElementText();
                } else if ("rPh".equals(local)) {
                    phonetic = true;
                    depth++;
                } else if ("t".equals(local)) {
                    String t = xml.getElementText();
                    if (!phonetic) {
                        inline = inline == null ? new StringBuilder() : inline;
                        inline.append(t);
                    }
                } else {
                    depth++;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if ("rPh".equals(xml.getLocalName())) {
                    phonetic = false;
                }
                depth--;
            }
        }
        String text;
        boolean number = false;
        if ("inlineStr".equals(type)) {
            text = inline == null ? null : inline.toString();
        } else if (v == null) {
            return BLANK;
        } else if ("s".equals(type)) {
            text = sharedString(v);
            if (text == null) {
                damage("第" + (column + 1) + "列的共享字符串索引无效（文件可能已损坏）", column);
                return BLANK;
            }
        } else if ("str".equals(type) || "e".equals(type)) {
            text = v;
        } else if ("b".equals(type)) {
            text = "1".equals(v) ? "TRUE" : "FALSE";
        } else if ("d".equals(type)) {
            text = v.length() >= 10 ? v.substring(0, 10) : v;
        } else {
            String date = isDateStyle(style) ? dateText(v) : null;
            if (date != null) {
                text = date;
            } else {
                text = numberText(v);
                number = true;
            }
        }
        if (text != null && text.length() > limits.maxCellChars()) {
            damage("第" + (column + 1) + "列超过 " + limits.maxCellChars() + " 个字符的上限", column);
            return BLANK;
        }
        text = TextCleaner.clean(text);
        return text == null ? BLANK : new Cell(text, number);
    }

    private String sharedString(String index) {
        try {
            // Bounds come from the list itself: the table's count attributes are optional and may be wrong.
            return strings.getItemAt(parseInt(index)).getString();
        } catch (IndexOutOfBoundsException | IllegalStateException | IllegalArgumentException e) {
            return null;
        }
    }

    private boolean isDateStyle(String style) {
        if (style == null) {
            return false;
        }
        int s = parseInt(style);
        return s >= 0 && s < dateStyles.length && dateStyles[s];
    }

    private String dateText(String v) {
        try {
            LocalDate d = Dates.fromSerial(Double.parseDouble(v), date1904);
            return d == null ? null : d.toString();
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * A number cell's text: integral values without {@code .0}; scientific notation expanded when the value is an
     * exact integer below 10^15, otherwise kept as Excel stored it (a 18-digit ID that became {@code 3.5E+17} keeps
     * showing that it was damaged).
     */
    static String numberText(String v) {
        int dot = v.indexOf('.');
        int exp = Math.max(v.indexOf('E'), v.indexOf('e'));
        if (dot < 0 && exp < 0) {
            return v;
        }
        try {
            BigDecimal d = new BigDecimal(v);
            if (exp < 0) {
                BigDecimal stripped = d.stripTrailingZeros();
                return stripped.scale() <= 0 ? stripped.toPlainString() : v;
            }
            BigDecimal stripped = d.stripTrailingZeros();
            if (stripped.scale() <= 0 && d.abs().compareTo(BigDecimal.TEN.pow(15)) < 0) {
                return stripped.toPlainString();
            }
            return v;
        } catch (NumberFormatException e) {
            return v;
        }
    }

    private static boolean[] dateStyles(StylesTable styles) {
        if (styles == null) {
            return new boolean[0];
        }
        boolean[] dates = new boolean[styles.getNumCellStyles()];
        for (int i = 0; i < dates.length; i++) {
            XSSFCellStyle s = styles.getStyleAt(i);
            if (s != null) {
                String format = s.getDataFormatString();
                dates[i] = format != null && DateUtil.isADateFormat(s.getDataFormat(), format);
            }
        }
        return dates;
    }

    /** Whether the workbook counts days from 1904 (old Mac Excel) rather than 1900. */
    private static boolean date1904(XSSFReader reader) throws Exception {
        try (InputStream in = reader.getWorkbookData()) {
            XMLStreamReader x = XML.createXMLStreamReader(in);
            try {
                while (x.hasNext()) {
                    if (x.next() == XMLStreamConstants.START_ELEMENT) {
                        String local = x.getLocalName();
                        if ("workbookPr".equals(local)) {
                            String v = x.getAttributeValue(null, "date1904");
                            return "1".equals(v) || "true".equalsIgnoreCase(v);
                        }
                        if ("sheets".equals(local)) {
                            return false;
                        }
                    }
                }
                return false;
            } finally {
                x.close();
            }
        }
    }

    /** {@code AB12} → 27 (0-based column of a cell reference). */
    static int columnIndex(String ref) {
        int col = 0;
        int i = 0;
        for (; i < ref.length(); i++) {
            char c = ref.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                col = col * 26 + (c - 'A' + 1);
            } else if (c >= 'a' && c <= 'z') {
                col = col * 26 + (c - 'a' + 1);
            } else {
                break;
            }
            if (col > 16_384) {
                break;
            }
        }
        return col - 1;
    }

    private static int parseInt(String s) {
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static InputFileException failure(String name, Throwable e) {
        String text = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        Throwable cause = e.getCause();
        String causeText = cause == null ? "" : String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
        if (text.contains("zip bomb") || causeText.contains("zip bomb")) {
            return new InputFileException(name, "文件解压比例异常，疑似压缩炸弹，已拒绝读取");
        }
        if (e instanceof NotOfficeXmlFileException) {
            return new InputFileException(name, "文件不是有效的.xlsx（扩展名与内容不符或文件已损坏）");
        }
        if (e instanceof XMLStreamException || e instanceof POIXMLException) {
            return new InputFileException(name, "工作表XML无效（文件已损坏，或含有不允许的DTD/外部实体）");
        }
        if (e instanceof org.apache.poi.EmptyFileException) {
            return new InputFileException(name, "文件为空（0字节），不是有效的.xlsx");
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.xml.sax.SAXException || t instanceof XMLStreamException) {
                return new InputFileException(name, "工作簿XML无效（文件已损坏，或含有不允许的DTD/外部实体）");
            }
        }
        if (e instanceof org.apache.poi.openxml4j.exceptions.InvalidFormatException) {
            return new InputFileException(name, "文件的压缩结构已损坏，不是有效的.xlsx");
        }
        if (e instanceof IOException) {
            return new InputFileException(name, "文件不完整或已损坏，无法解压", e);
        }
        // Console users get a sentence, not a class name; the log file has the cause.
        return new InputFileException(name, "文件不是有效的.xlsx或已损坏", e);
    }

    private static boolean isEncrypted(Path file) {
        try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs =
                new org.apache.poi.poifs.filesystem.POIFSFileSystem(file.toFile(), true)) {
            return fs.getRoot().hasEntry("EncryptedPackage");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public void close() {
        closeQuietly(sheet, pkg);
        try {
            xml.close();
        } catch (XMLStreamException ignored) {
            // the stream is closed above
        }
    }

    private static void closeQuietly(InputStream sheet, OPCPackage pkg) {
        if (sheet != null) {
            try {
                sheet.close();
            } catch (IOException ignored) {
                // read-only
            }
        }
        if (pkg != null) {
            // revert, not close: closing a package may try to save it.
            pkg.revert();
        }
    }
}
