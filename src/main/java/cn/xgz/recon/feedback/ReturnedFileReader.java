package cn.xgz.recon.feedback;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;

/**
 * Reads a returned workbook or CSV by its headers, never by position: analysts insert, hide and reorder columns.
 * A workbook is streamed sheet by sheet (StAX over the sheet XML, read-only shared strings), keeping only the
 * columns the return path needs and only the rows with a 核查结论 or 人工确认 filled in.
 */
final class ReturnedFileReader {

    private static final XMLInputFactory XML = XMLHelper.newXMLInputFactory();
    /** Headers are looked for in a sheet's first rows (the title and notes above them). */
    private static final int HEADER_SEARCH_ROWS = 30;
    private static final long MAX_CSV_BYTES = 512L << 20;

    private ReturnedFileReader() {}

    /**
     * The file's content.
     *
     * @param reviews rows with a 核查结论
     * @param names rows with a 人工确认
     * @param rowsRead data rows of the review and name lists (blank ones included)
     * @param scope the hidden scope sheet's label → value, null when the file has none
     */
    record Content(boolean workbook, List<ReturnedRow> reviews, List<ReturnedRow> names, int rowsRead,
            Map<String, String> scope) {}

    static Content read(Path file) throws FileRefusedException {
        byte[] head = new byte[8];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new FileRefusedException("无法读取文件：" + e.getMessage(), e);
        }
        if (n >= 4 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11
                && (head[3] & 0xFF) == 0xE0) {
            throw new FileRefusedException("文件已加密（设置了打开密码）或为旧版 .xls 格式，无法读取；请取消密码并另存为 .xlsx 后重新导入");
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n >= 2 && head[0] == 'P' && head[1] == 'K') {
            return readWorkbook(file);
        }
        if (name.endsWith(".xlsx") || name.endsWith(".xlsm")) {
            throw new FileRefusedException("文件不是有效的 .xlsx 工作簿（可能已损坏或被截断）");
        }
        return readCsv(file);
    }

    // ---- .xlsx ----

    private static Content readWorkbook(Path file) throws FileRefusedException {
        List<ReturnedRow> reviews = new ArrayList<>();
        List<ReturnedRow> names = new ArrayList<>();
        int[] read = {0};
        Map<String, String> scope = null;
        boolean anyList = false;
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            SharedStrings strings = new ReadOnlySharedStringsTable(pkg, false);
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    String sheetName = sheets.getSheetName();
                    if (ScopeSignature.SHEET.equals(sheetName)) {
                        scope = readScope(sheet, strings);
                    } else {
                        anyList |= readSheet(sheetName, sheet, strings, reviews, names, read);
                    }
                }
            }
        } catch (Exception e) {
            // Truncated zips, missing parts and broken XML all end here: the file as a whole is unreadable.
            throw new FileRefusedException("工作簿无法读取（文件可能已损坏或被截断）：" + e.getClass().getSimpleName(), e);
        }
        if (!anyList) {
            throw new FileRefusedException("工作簿中没有含“" + Columns.FINDING_ID + "、" + Columns.OUTCOME + "”或“"
                    + Columns.NAME_SOURCE + "、" + Columns.VERDICT + "”列的工作表，不是可导入的核查反馈");
        }
        return new Content(true, reviews, names, read[0], scope);
    }

    private static Map<String, String> readScope(InputStream sheet, SharedStrings strings) throws XMLStreamException {
        Map<String, String> values = new HashMap<>();
        SheetCursor c = new SheetCursor(sheet, strings);
        Map<Integer, ReturnedRow.Cell> row;
        while ((row = c.nextRow(null)) != null) {
            ReturnedRow.Cell label = row.get(0);
            ReturnedRow.Cell value = row.get(1);
            if (label != null && value != null) {
                values.put(Text.squeeze(label.text()), Text.squeeze(value.text()));
            }
        }
        return values;
    }

    /** Reads one sheet; returns whether it is a review or name list. */
    private static boolean readSheet(String sheetName, InputStream sheet, SharedStrings strings,
            List<ReturnedRow> reviews, List<ReturnedRow> names, int[] read) throws XMLStreamException {
        SheetCursor c = new SheetCursor(sheet, strings);
        Map<Integer, String> columns = null;
        boolean reviewList = false;
        Map<Integer, ReturnedRow.Cell> row;
        while ((row = c.nextRow(columns == null ? null : columns.keySet())) != null) {
            if (columns == null) {
                if (c.rowNumber() > HEADER_SEARCH_ROWS) {
                    return false;
                }
                Map<Integer, String> headers = new LinkedHashMap<>();
                row.forEach((col, cell) -> headers.put(col, Columns.canonical(cell.text())));
                boolean review = headers.containsValue(Columns.FINDING_ID) && headers.containsValue(Columns.OUTCOME);
                boolean name = headers.containsValue(Columns.VERDICT) && headers.containsValue(Columns.NAME_SOURCE);
                if (review || name) {
                    reviewList = review;
                    columns = new HashMap<>();
                    for (Map.Entry<Integer, String> h : headers.entrySet()) {
                        if (wanted(h.getValue(), review) && !columns.containsValue(h.getValue())) {
                            columns.put(h.getKey(), h.getValue());
                        }
                    }
                }
                continue;
            }
            Map<String, ReturnedRow.Cell> cells = new HashMap<>();
            for (Map.Entry<Integer, ReturnedRow.Cell> e : row.entrySet()) {
                String col = columns.get(e.getKey());
                if (col != null && !e.getValue().text().isBlank()) {
                    cells.put(col, e.getValue());
                }
            }
            collect(new ReturnedRow(sheetName, c.rowNumber(), cells), reviewList, reviews, names, read);
        }
        return columns != null;
    }

    private static boolean wanted(String header, boolean reviewList) {
        return reviewList ? Columns.REVIEW.contains(header)
                : Columns.NAMES_CSV.contains(header) || Columns.MATCHED_USCC.equals(header);
    }

    private static void collect(ReturnedRow r, boolean reviewList, List<ReturnedRow> reviews, List<ReturnedRow> names,
            int[] read) {
        if (r.cells().isEmpty()) {
            return; // an empty line below the list, or a row with nothing the return path reads
        }
        read[0]++;
        if (reviewList && r.text(Columns.OUTCOME) != null && !Text.squeeze(r.text(Columns.OUTCOME)).isEmpty()) {
            reviews.add(r);
        } else if (!reviewList && r.text(Columns.VERDICT) != null && !Text.squeeze(r.text(Columns.VERDICT)).isEmpty()) {
            names.add(r);
        }
    }

    /** Pulls a sheet's rows: column index → cell, only the columns asked for (all while the header is sought). */
    private static final class SheetCursor {
        private final XMLStreamReader xml;
        private final SharedStrings strings;
        private int rowNumber;

        SheetCursor(InputStream in, SharedStrings strings) throws XMLStreamException {
            this.xml = XML.createXMLStreamReader(in);
            this.strings = strings;
        }

        int rowNumber() {
            return rowNumber;
        }

        Map<Integer, ReturnedRow.Cell> nextRow(java.util.Set<Integer> only) throws XMLStreamException {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && "row".equals(xml.getLocalName())) {
                    String r = xml.getAttributeValue(null, "r");
                    rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                    return readRow(only);
                }
            }
            return null;
        }

        private Map<Integer, ReturnedRow.Cell> readRow(java.util.Set<Integer> only) throws XMLStreamException {
            Map<Integer, ReturnedRow.Cell> cells = new HashMap<>();
            int col = -1;
            while (xml.hasNext()) {
                int ev = xml.next();
                if (ev == XMLStreamConstants.END_ELEMENT && "row".equals(xml.getLocalName())) {
                    return cells;
                }
                if (ev == XMLStreamConstants.START_ELEMENT && "c".equals(xml.getLocalName())) {
                    String ref = xml.getAttributeValue(null, "r");
                    col = ref == null ? col + 1 : columnOf(ref);
                    String type = xml.getAttributeValue(null, "t");
                    if (only != null && !only.contains(col)) {
                        skipCell();
                    } else {
                        ReturnedRow.Cell cell = readCell(type);
                        if (cell != null) {
                            cells.put(col, cell);
                        }
                    }
                }
            }
            return cells;
        }

        private void skipCell() throws XMLStreamException {
            int depth = 1;
            while (depth > 0 && xml.hasNext()) {
                int ev = xml.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
        }

        private ReturnedRow.Cell readCell(String type) throws XMLStreamException {
            boolean formula = false;
            StringBuilder value = null;
            StringBuilder inline = null;
            String inElement = null;
            while (xml.hasNext()) {
                int ev = xml.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    String n = xml.getLocalName();
                    if ("f".equals(n)) {
                        formula = true;
                        inElement = "f";
                    } else if ("v".equals(n)) {
                        value = new StringBuilder();
                        inElement = "v";
                    } else if ("t".equals(n)) {
                        if (inline == null) {
                            inline = new StringBuilder();
                        }
                        inElement = "t";
                    } else if ("rPh".equals(n)) {
                        inElement = "rPh"; // phonetic hints are not part of the text
                    }
                } else if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) {
                    if ("v".equals(inElement)) {
                        value.append(xml.getText());
                    } else if ("t".equals(inElement)) {
                        inline.append(xml.getText());
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    String n = xml.getLocalName();
                    if ("c".equals(n)) {
                        break;
                    }
                    if ("rPh".equals(n) || n.equals(inElement)) {
                        inElement = null;
                    }
                }
            }
            String text;
            boolean numeric = false;
            if ("s".equals(type)) {
                text = value == null ? null : strings.getItemAt(Integer.parseInt(value.toString().trim())).getString();
            } else if ("inlineStr".equals(type)) {
                text = inline == null ? null : inline.toString();
            } else if ("b".equals(type)) {
                text = value == null ? null : ("1".equals(value.toString().trim()) ? "TRUE" : "FALSE");
            } else if ("e".equals(type) || "str".equals(type)) {
                text = value == null ? null : value.toString();
            } else {
                text = value == null ? null : value.toString();
                numeric = text != null;
            }
            if (text == null && !formula) {
                return null;
            }
            return new ReturnedRow.Cell(text == null ? "" : text, numeric, formula);
        }

        private static int columnOf(String ref) {
            int col = 0;
            for (int i = 0; i < ref.length(); i++) {
                char ch = ref.charAt(i);
                if (ch < 'A' || ch > 'Z') {
                    break;
                }
                col = col * 26 + (ch - 'A' + 1);
            }
            return col - 1;
        }
    }

    // ---- CSV ----

    private static Content readCsv(Path file) throws FileRefusedException {
        String text;
        try {
            if (Files.size(file) > MAX_CSV_BYTES) {
                throw new FileRefusedException("CSV 文件超过 512 MB，不是可导入的核查反馈");
            }
            text = decode(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new FileRefusedException("无法读取文件：" + e.getMessage(), e);
        }
        List<ReturnedRow> reviews = new ArrayList<>();
        List<ReturnedRow> names = new ArrayList<>();
        int[] read = {0};
        try (CSVReader csv = new CSVReaderBuilder(new StringReader(text))
                .withCSVParser(new RFC4180ParserBuilder().build()).build()) {
            String[] header = csv.readNext();
            if (header == null) {
                throw new FileRefusedException("CSV 文件为空");
            }
            Map<Integer, String> columns = new HashMap<>();
            for (int i = 0; i < header.length; i++) {
                String h = Columns.canonical(header[i]);
                if (!columns.containsValue(h)) {
                    columns.put(i, h);
                }
            }
            boolean review = columns.containsValue(Columns.FINDING_ID) || columns.containsValue(Columns.OUTCOME);
            List<String> required = review ? Columns.REVIEW_REQUIRED : Columns.NAMES_REQUIRED;
            List<String> missing = required.stream().filter(h -> !columns.containsValue(h)).toList();
            if (!review && !columns.containsValue(Columns.VERDICT)) {
                throw new FileRefusedException("CSV 表头应为“" + String.join(",", Columns.REVIEW) + "”或“"
                        + String.join(",", Columns.NAMES_CSV) + "”");
            }
            if (!missing.isEmpty()) {
                throw new FileRefusedException("CSV 表头缺少列：" + String.join("、", missing));
            }
            long line = csv.getLinesRead();
            String[] values;
            while ((values = csv.readNext()) != null) {
                int row = (int) line + 1;
                line = csv.getLinesRead();
                Map<String, ReturnedRow.Cell> cells = new HashMap<>();
                for (int i = 0; i < values.length; i++) {
                    String col = columns.get(i);
                    if (col != null && !values[i].isBlank() && (review ? Columns.REVIEW.contains(col) : wanted(col, false))) {
                        cells.put(col, new ReturnedRow.Cell(values[i], false, false));
                    }
                }
                collect(new ReturnedRow("", row, cells), review, reviews, names, read);
            }
        } catch (IOException | CsvValidationException e) {
            throw new FileRefusedException("CSV 文件无法解析（引号不成对或格式损坏）：" + e.getMessage(), e);
        }
        return new Content(false, reviews, names, read[0], null);
    }

    /** UTF-8 with or without BOM, else GB18030 (feedback.md); anything else is refused rather than garbled. */
    static String decode(byte[] bytes) throws FileRefusedException {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
                ? 3 : 0;
        ByteBuffer buf = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return strict(StandardCharsets.UTF_8).decode(buf).toString();
        } catch (CharacterCodingException e) {
            buf.position(start);
            try {
                return strict(Charset.forName("GB18030")).decode(buf).toString();
            } catch (CharacterCodingException e2) {
                throw new FileRefusedException("无法识别文件编码（应为 UTF-8 或 GB18030）");
            }
        }
    }

    private static java.nio.charset.CharsetDecoder strict(Charset cs) {
        return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
