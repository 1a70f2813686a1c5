package cn.xgz.recon.generate;

import com.opencsv.CSVParserBuilder;
import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Reads generated input files the way a bureau's files arrive: CSV in any of the three encodings, or .xlsx
 * through POI's streaming (SAX) reader. Rows keep the number an editor or Excel shows.
 */
final class InputFiles {

    record Row(int number, Map<String, String> cells) {
        String get(String header) {
            return cells.getOrDefault(header, "");
        }
    }

    record Sheet(List<String> header, int headerRow, List<Row> rows, String encoding, boolean bom) {}

    private InputFiles() {}

    static Sheet read(Path file) throws IOException {
        return file.toString().endsWith(".xlsx") ? readXlsx(file) : readCsv(file);
    }

    static Sheet readCsv(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        boolean bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF;
        String encoding;
        String text;
        if (bom) {
            encoding = "UTF-8";
            text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        } else if (strictUtf8(bytes)) {
            encoding = "UTF-8";
            text = new String(bytes, StandardCharsets.UTF_8);
        } else {
            encoding = "GB18030";
            text = new String(bytes, Charset.forName("GB18030"));
        }
        List<String> header = null;
        int headerRow = 0;
        List<Row> rows = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (i == lines.length - 1 && line.isEmpty()) {
                break;
            }
            String[] fields = parseLine(line);
            boolean blank = true;
            for (String f : fields) {
                blank &= f.strip().isEmpty();
            }
            if (blank) {
                continue;
            }
            if (header == null) {
                header = List.of(fields);
                headerRow = i + 1;
                continue;
            }
            Map<String, String> m = new LinkedHashMap<>();
            for (int j = 0; j < header.size(); j++) {
                m.put(header.get(j), j < fields.length ? fields[j] : "");
            }
            rows.add(new Row(i + 1, m));
        }
        return new Sheet(header, headerRow, rows, encoding, bom);
    }

    static boolean strictUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static String[] parseLine(String line) throws IOException {
        try (CSVReader r = new CSVReaderBuilder(new StringReader(line))
                .withCSVParser(new CSVParserBuilder().withIgnoreLeadingWhiteSpace(false).build()).build()) {
            String[] f = r.readNext();
            return f == null ? new String[] {""} : f;
        } catch (com.opencsv.exceptions.CsvValidationException e) {
            throw new IOException(e);
        }
    }

    static Sheet readXlsx(Path file) throws IOException {
        List<Row> rows = new ArrayList<>();
        List<String> header = new ArrayList<>();
        int[] headerRow = {0};
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            try (InputStream sheet = sheets.next()) {
                XMLReader xml = XMLHelper.newXMLReader();
                Map<Integer, String>[] current = new Map[1];
                int[] rowNum = {0};
                xml.setContentHandler(new XSSFSheetXMLHandler(styles, null, new XSSFSheetXMLHandler.SheetContentsHandler() {
                    @Override
                    public void startRow(int r) {
                        rowNum[0] = r + 1;
                        current[0] = new LinkedHashMap<>();
                    }

                    @Override
                    public void endRow(int r) {
                        boolean blank = current[0].values().stream().allMatch(v -> v.strip().isEmpty());
                        if (blank) {
                            return;
                        }
                        if (header.isEmpty()) {
                            int max = current[0].keySet().stream().mapToInt(Integer::intValue).max().orElse(-1);
                            for (int c = 0; c <= max; c++) {
                                header.add(current[0].getOrDefault(c, ""));
                            }
                            headerRow[0] = rowNum[0];
                            return;
                        }
                        Map<String, String> m = new LinkedHashMap<>();
                        for (int c = 0; c < header.size(); c++) {
                            m.put(header.get(c), current[0].getOrDefault(c, ""));
                        }
                        rows.add(new Row(rowNum[0], m));
                    }

                    @Override
                    public void cell(String ref, String value, XSSFComment comment) {
                        current[0].put(column(ref), value);
                    }
                }, new DataFormatter(), false));
                xml.parse(new InputSource(sheet));
            }
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e);
        }
        return new Sheet(header, headerRow[0], rows, "xlsx", false);
    }

    private static int column(String ref) {
        int c = 0;
        for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
            c = c * 26 + (ref.charAt(i) - 'A' + 1);
        }
        return c - 1;
    }
}
