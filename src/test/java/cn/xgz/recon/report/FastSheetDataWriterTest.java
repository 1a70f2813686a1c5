package cn.xgz.recon.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xgz.recon.common.binary.BinaryOutTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
class FastSheetDataWriterTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void encodesAsTheJdkDoesHoweverTheTextIsSplitIntoCalls(long seed) throws IOException {
        Random rnd = new Random(seed);
        StringBuilder all = new StringBuilder();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (FastSheetDataWriter.Utf8Writer w = new FastSheetDataWriter.Utf8Writer(bytes)) {
            for (int i = 0; i < 300; i++) {
                String s = BinaryOutTest.randomText(rnd);
                all.append(s);
                switch (rnd.nextInt(3)) {
                    case 0 -> w.write(s);
                    case 1 -> w.write(s.toCharArray(), 0, s.length());
                    default -> s.chars().forEach(c -> {
                        try {
                            w.write(c);
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                }
            }
        }
        assertThat(bytes.toByteArray()).isEqualTo(all.toString().getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2})
    void readsTheDeflatedRowsBackAsPoiWroteThem(long seed) throws IOException {
        String[] xml = new String[2];
        SXSSFWorkbook[] wbs = {new SXSSFWorkbook(null, 16, false, false), new FastZipWorkbook(16, false)};
        for (int w = 0; w < 2; w++) {
            Random rnd = new Random(seed);
            SXSSFWorkbook wb = wbs[w];
            try {
                SXSSFSheet sheet = wb.createSheet("表");
                for (int r = 0; r < 3000; r++) {
                    String t = BinaryOutTest.randomText(rnd);
                    sheet.createRow(r).createCell(rnd.nextInt(30)).setCellValue(t.substring(0, Math.min(t.length(), 32_767)));
                }
                try (InputStream in = sheet.getWorksheetXMLInputStream()) {
                    xml[w] = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            } finally {
                wb.dispose();
                wb.close();
            }
        }
        assertThat(xml[1]).hasSizeGreaterThan(100_000).isEqualTo(xml[0]);
    }

    /** Characters POI escapes or replaces, and white space that makes it add xml:space. */
    private static final String SPECIAL = "<>&\"\n\r\t\u00A0 \u3000\u0001\u001F\uFFFE\uFFFF\uD83D\uDE00\uD800\uDC00'=";

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4})
    void writesThePackagePoiWouldWrite(long seed) throws IOException {
        Map<String, byte[]> poi = entries(new SXSSFWorkbook(null, 16, false, false), seed);
        Map<String, byte[]> fast = entries(new FastZipWorkbook(16, false), seed);
        assertThat(fast.keySet()).isEqualTo(poi.keySet()).contains("xl/worksheets/sheet3.xml", "xl/workbook.xml");
        for (String name : poi.keySet()) {
            assertThat(new String(fast.get(name), StandardCharsets.UTF_8)).as(name)
                    .isEqualTo(new String(poi.get(name), StandardCharsets.UTF_8));
            assertThat(fast.get(name)).as(name).isEqualTo(poi.get(name));
        }
    }

    /**
     * The same random cells of every kind the workbooks write (and a few they do not), and a sheet without rows, as
     * the package's entries by name (the creation time in docProps/core.xml left out).
     */
    private static Map<String, byte[]> entries(SXSSFWorkbook wb, long seed) throws IOException {
        Random rnd = new Random(seed);
        CellStyle[] styles = {null, wb.createCellStyle(), wb.createCellStyle()};
        for (int s = 0; s < 2; s++) {
            Sheet sheet = wb.createSheet("表" + s);
            int rownum = 0;
            for (int r = 0; r < 200; r++) {
                rownum += 1 + rnd.nextInt(3);
                Row row = sheet.createRow(rownum);
                if (rnd.nextInt(10) == 0) {
                    row.setHeightInPoints(15f * (1 + rnd.nextInt(5)) + 3);
                }
                int cells = rnd.nextInt(12);
                for (int i = 0; i < cells; i++) {
                    // Columns A…Z, AA…ZZ and beyond.
                    int col = switch (rnd.nextInt(4)) {
                        case 0 -> rnd.nextInt(26);
                        case 1 -> 26 + rnd.nextInt(26 * 26);
                        case 2 -> 702 + rnd.nextInt(16384 - 702);
                        default -> rnd.nextInt(40);
                    };
                    Cell c = row.createCell(col);
                    CellStyle style = styles[rnd.nextInt(styles.length)];
                    if (style != null) {
                        c.setCellStyle(style);
                    }
                    switch (rnd.nextInt(9)) {
                        case 0 -> { } // blank
                        case 8 -> c.setCellValue(EDGE_NUMBERS[rnd.nextInt(EDGE_NUMBERS.length)]);
                        case 1 -> c.setCellValue(rnd.nextInt(2_000_000) - 1_000_000);
                        case 2 -> c.setCellValue(rnd.nextDouble() * Math.pow(10, rnd.nextInt(30) - 10));
                        case 3 -> c.setCellValue(LocalDate.of(2025, 1, 1).plusDays(rnd.nextInt(400)));
                        case 4 -> c.setCellValue(rnd.nextBoolean());
                        case 5 -> c.setCellFormula("HYPERLINK(\"#'表0'!A1\",\"返回\")");
                        case 6 -> c.setCellValue(special(rnd));
                        default -> {
                            String t = BinaryOutTest.randomText(rnd);
                            c.setCellValue(t.substring(0, Math.min(t.length(), 32_767)));
                        }
                    }
                }
            }
        }
        wb.createSheet("空表");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            wb.write(bytes);
        } finally {
            wb.dispose();
            wb.close();
        }
        // The package's entries carry their sizes only in the central directory, which ZipInputStream does not read.
        Path file = Files.createTempFile("sheet-xml", ".xlsx");
        Map<String, byte[]> entries = new TreeMap<>();
        try {
            Files.write(file, bytes.toByteArray());
            try (ZipFile zip = new ZipFile(file.toFile())) {
                for (ZipEntry e : Collections.list(zip.entries())) {
                    byte[] content = zip.getInputStream(e).readAllBytes();
                    CRC32 crc = new CRC32();
                    crc.update(content);
                    assertThat(e.getCrc()).as(e.getName()).isEqualTo(crc.getValue());
                    assertThat(e.getSize()).as(e.getName()).isEqualTo(content.length);
                    if (!e.getName().equals("docProps/core.xml")) {
                        entries.put(e.getName(), content);
                    }
                }
            }
        } finally {
            Files.delete(file);
        }
        return entries;
    }

    /** Around the writer's whole-number shortcut: zero of both signs, 10^7 where Double.toString turns to E notation. */
    private static final double[] EDGE_NUMBERS = {0.0, -0.0, 1, 9, 10, 9_999_999, 1e7, 10_000_001, -1, 0.5, 45_930,
        2_147_483_647.0, 1e15, Double.MIN_VALUE, 9_999_999.5};

    private static String special(Random rnd) {
        StringBuilder sb = new StringBuilder();
        int n = rnd.nextInt(12);
        for (int i = 0; i < n; i++) {
            sb.append(rnd.nextBoolean() ? (char) ('a' + rnd.nextInt(26)) : SPECIAL.charAt(rnd.nextInt(SPECIAL.length())));
        }
        return sb.toString();
    }
}
