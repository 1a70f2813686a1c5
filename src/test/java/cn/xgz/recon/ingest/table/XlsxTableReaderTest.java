package cn.xgz.recon.ingest.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class XlsxTableReaderTest {

    @TempDir
    Path dir;

    /** A sheet as bureaus send it: a blank first row, typed cells, blank and whitespace-only rows. */
    private Path typedWorkbook(Workbook wb, String name) throws Exception {
        Sheet sheet = wb.createSheet("Sheet1");
        CreationHelper helper = wb.getCreationHelper();
        CellStyle isoDate = wb.createCellStyle();
        isoDate.setDataFormat(helper.createDataFormat().getFormat("yyyy-mm-dd"));
        CellStyle builtinDate = wb.createCellStyle();
        builtinDate.setDataFormat((short) 14);
        CellStyle text = wb.createCellStyle();
        text.setDataFormat((short) 49);

        Row header = sheet.createRow(1); // Excel row 2
        String[] names = {"身份证号", "区划", "人数", "入党日期", "报送日期", "序号日期", "是否", "名称"};
        for (int i = 0; i < names.length; i++) {
            header.createCell(i).setCellValue(names[i]);
        }
        Row r3 = sheet.createRow(2);
        r3.createCell(0).setCellValue("35010219900307123x");
        r3.createCell(1).setCellValue(350102);
        r3.createCell(2).setCellValue(3.0);
        r3.createCell(3).setCellValue(LocalDate.of(2006, 3, 20));
        r3.getCell(3).setCellStyle(isoDate);
        r3.createCell(4).setCellValue(LocalDate.of(2025, 2, 19));
        r3.getCell(4).setCellStyle(builtinDate);
        r3.createCell(5).setCellValue(45102);
        r3.createCell(6).setCellValue(true);
        r3.createCell(7).setCellValue("\u00A0福州（鼓楼）商行\u200B");

        sheet.createRow(3); // an empty row element
        Row r5 = sheet.createRow(4);
        r5.createCell(0).setCellValue(" \u3000");
        r5.createCell(7).setCellValue("");

        Row r6 = sheet.createRow(5);
        r6.createCell(0).setCellValue(350123200105019000d);
        r6.createCell(1).setCellValue("350102.0");
        r6.createCell(2).setCellValue(-3.5);
        r6.createCell(3).setCellValue("2024年3月5日");
        r6.createCell(7).setCellValue("ＡＢＣ");
        r6.getCell(7).setCellStyle(text);

        Row r9 = sheet.createRow(8); // after two missing rows
        r9.createCell(0).setCellValue(3.50124196504139E+17);
        r9.createCell(3).setCellFormula("DATE(2024,3,5)");
        r9.getCell(3).setCellStyle(isoDate);
        r9.createCell(7).setCellFormula("\"合\"&\"计\"");
        wb.getCreationHelper().createFormulaEvaluator().evaluateAll();

        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        wb.close();
        return file;
    }

    @Test
    void readsTypedCellsWithSharedStrings() throws Exception {
        assertTypedCells(typedWorkbook(new XSSFWorkbook(), "party-members.xlsx"));
    }

    @Test
    void readsTypedCellsWithInlineStrings() throws Exception {
        Path file = typedWorkbook(new SXSSFWorkbook(), "party-members.xlsx");
        assertThat(entry(file, "xl/worksheets/sheet1.xml")).contains("inlineStr");
        assertTypedCells(file);
    }

    private void assertTypedCells(Path file) {
        try (TableReader r = TableReaders.open(file, ReadLimits.defaults())) {
            assertThat(r.headerRowNumber()).isEqualTo(2);
            assertThat(r.header()).containsExactly("身份证号", "区划", "人数", "入党日期", "报送日期", "序号日期", "是否", "名称");

            RawRow first = r.next();
            assertThat(first.rowNumber()).isEqualTo(3);
            assertThat(first.values()).containsExactly("35010219900307123x", "350102", "3", "2006-03-20",
                    "2025-02-19", "45102", "TRUE", "福州(鼓楼)商行");
            assertThat(first.numeric()).containsExactly(false, true, true, false, false, true, false, false);

            RawRow second = r.next();
            assertThat(second.rowNumber()).isEqualTo(6);
            // POI stores the double as Double.toString gives it; Excel would store 350123200105019000.
            assertThat(second.values()).containsExactly("3.5012320010501901E17", "350102.0", "-3.5", "2024年3月5日",
                    null, null, null, "ABC");
            assertThat(second.numeric()[0]).isTrue();
            assertThat(second.numeric()[1]).isFalse();

            RawRow third = r.next();
            assertThat(third.rowNumber()).isEqualTo(9);
            assertThat(third.value(0)).startsWith("3.50124196504139").contains("E17");
            assertThat(third.isNumeric(0)).isTrue();
            assertThat(third.value(3)).isEqualTo("2024-03-05");
            assertThat(third.value(7)).isEqualTo("合计");

            assertThat(r.next()).isNull();
            assertThat(r.rowsRead()).isEqualTo(3);
        }
    }

    @Test
    void readsSharedStringsWithoutCountAttributesAndWithoutPhoneticGuides() throws Exception {
        String sst = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<si><t>市场编号</t></si>"
                + "<si><r><t>南安</t></r><r><rPr><b/></rPr><t>家具市场</t></r><rPh sb=\"0\" eb=\"2\"><t>nan an</t></rPh></si>"
                + "</sst>";
        String sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"
                + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>1</v></c></row>"
                + "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>7</v></c></row>"
                + "</sheetData></worksheet>";
        Path base = typedWorkbook(new XSSFWorkbook(), "base.xlsx");
        Path file = replaceEntry(replaceEntry(base, "step.xlsx", "xl/sharedStrings.xml",
                sst.getBytes(StandardCharsets.UTF_8), false), "markets.xlsx", "xl/worksheets/sheet1.xml",
                sheet.getBytes(StandardCharsets.UTF_8), false);
        try (TableReader r = TableReaders.open(file, ReadLimits.defaults())) {
            assertThat(r.header()).containsExactly("市场编号");
            assertThat(r.next().values()).containsExactly("南安家具市场");
            RawRow bad = r.next();
            assertThat(bad.rowNumber()).isEqualTo(3);
            assertThat(bad.damage()).contains("共享字符串索引无效");
            assertThat(r.next()).isNull();
        }
    }

    @Test
    void sharedStringsLargerThanTheLimitRejectTheFileBeforeTheyAreLoaded() throws Exception {
        StringBuilder sst = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>市场编号</t></si>");
        java.util.Random random = new java.util.Random(6);
        for (int i = 0; i < 40_000; i++) {
            sst.append("<si><t>").append(Long.toHexString(random.nextLong())).append("</t></si>");
        }
        sst.append("</sst>");
        String sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"
                + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>1</v></c></row>"
                + "</sheetData></worksheet>";
        Path base = typedWorkbook(new XSSFWorkbook(), "base.xlsx");
        Path file = replaceEntry(replaceEntry(base, "step.xlsx", "xl/sharedStrings.xml",
                sst.toString().getBytes(StandardCharsets.UTF_8), false), "markets.xlsx", "xl/worksheets/sheet1.xml",
                sheet.getBytes(StandardCharsets.UTF_8), false);
        assertThatThrownBy(() -> TableReaders.open(file, new ReadLimits(1 << 30, 100, 50, 1000, 1000, 10, 1 << 20)))
                .isInstanceOf(InputFileException.class)
                .hasMessageContaining("markets.xlsx")
                .hasMessageContaining("共享字符串表解压后 1.")
                .hasMessageContaining("超过上限 1.0 MB");
        try (TableReader r = TableReaders.open(file, ReadLimits.defaults())) {
            assertThat(r.header()).containsExactly("市场编号");
        }
    }

    @Test
    void prefersTheSheetNamedLikeTheSource() throws Exception {
        Path file = dir.resolve("riders-meituan.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            wb.createSheet("说明").createRow(0).createCell(0).setCellValue("填表说明");
            wb.createSheet("Riders").createRow(0).createCell(0).setCellValue("骑手编号");
            wb.write(out);
        }
        try (TableReader r = TableReaders.open(file, ReadLimits.defaults(), "riders")) {
            assertThat(r.header()).containsExactly("骑手编号");
        }
        try (TableReader r = TableReaders.open(file, ReadLimits.defaults(), "markets")) {
            assertThat(r.header()).containsExactly("填表说明");
        }
    }

    @Test
    void enforcesTheRowAndColumnLimits() throws Exception {
        Path file = dir.resolve("markets.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet();
            for (int i = 0; i < 5; i++) {
                s.createRow(i).createCell(i).setCellValue("v" + i);
            }
            wb.write(out);
        }
        assertThatThrownBy(() -> drain(file, new ReadLimits(1 << 20, 2, 50, 100, 100, 10)))
                .isInstanceOf(InputFileException.class)
                .hasMessageContaining("markets.xlsx")
                .hasMessageContaining("行数超过上限 2");
        // A row reaching past the column limit is a bad row; the rows after it are read.
        try (TableReader r = TableReaders.open(file, new ReadLimits(1 << 20, 100, 3, 100, 100, 10))) {
            assertThat(r.next().isDamaged()).isFalse();
            assertThat(r.next().isDamaged()).isFalse();
            RawRow wide = r.next();
            assertThat(wide.rowNumber()).isEqualTo(4);
            assertThat(wide.damage()).contains("列数超过上限 3");
            assertThat(r.next().damage()).contains("列数超过上限 3");
            assertThat(r.next()).isNull();
        }
    }

    @Test
    void aTruncatedWorkbookIsAClearError() throws Exception {
        Path good = typedWorkbook(new XSSFWorkbook(), "good.xlsx");
        byte[] bytes = Files.readAllBytes(good);
        Path file = Files.write(dir.resolve("annual-reports.xlsx"), Arrays.copyOf(bytes, bytes.length / 2));
        assertThatThrownBy(() -> drain(file, ReadLimits.defaults()))
                .isInstanceOf(InputFileException.class)
                .hasMessageContaining("annual-reports.xlsx");
    }

    @Test
    void textRenamedToXlsxIsAClearError() throws Exception {
        Path file = Files.writeString(dir.resolve("markets.xlsx"), "市场编号,市场名称\n");
        assertThatThrownBy(() -> drain(file, ReadLimits.defaults()))
                .isInstanceOf(InputFileException.class)
                .hasMessageContaining("markets.xlsx")
                .hasMessageContaining("不是有效的.xlsx");
    }

    @Test
    void anOldXlsWorkbookIsNamedAsSuch() throws Exception {
        Path file = dir.resolve("markets.xlsx");
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            wb.createSheet().createRow(0).createCell(0).setCellValue("市场编号");
            wb.write(out);
        }
        assertThatThrownBy(() -> drain(file, ReadLimits.defaults()))
                .isInstanceOf(InputFileException.class)
                .hasMessageContaining(".xls");
    }

    @Test
    void refusesExternalEntities() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
        String sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row>"
                + "</sheetData></worksheet>";
        Path file = replaceEntry(typedWorkbook(new XSSFWorkbook(), "base.xlsx"), "markets.xlsx",
                "xl/worksheets/sheet1.xml", sheet.getBytes(StandardCharsets.UTF_8), false);
        assertThatThrownBy(() -> drain(file, ReadLimits.defaults()))
                .isInstanceOf(InputFileException.class)
                .hasMessageContaining("markets.xlsx")
                .hasMessageNotContaining("TOP-SECRET");
    }

    @Test
    void refusesAZipBomb() throws Exception {
        byte[] padding = new byte[40 << 20];
        Arrays.fill(padding, (byte) ' ');
        String open = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet "
                + "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
        byte[] sheet = CsvTableReaderTest.concat(open.getBytes(StandardCharsets.UTF_8), padding,
                "</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
        Path file = replaceEntry(typedWorkbook(new XSSFWorkbook(), "base.xlsx"), "registrations.xlsx",
                "xl/worksheets/sheet1.xml", sheet, true);
        assertThat(Files.size(file)).isLessThan(1 << 20);
        assertThatThrownBy(() -> drain(file, ReadLimits.defaults()))
                .isInstanceOf(InputFileException.class)
                .hasMessageContaining("registrations.xlsx")
                .hasMessageContaining("压缩炸弹");
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(textBlock = """
            350102,               350102
            350102.0,             350102
            3,                    3
            3.5,                  3.5
            -3.0,                 -3
            0.0,                  0
            1.5E3,                1500
            3.5012E5,             350120
            3.50124196504139E+17, 3.50124196504139E+17
            3.50124196504139E17,  3.50124196504139E17
            350123200105019000,   350123200105019000
            1.0E-3,               1.0E-3
            """)
    void writesNumbersAsAPersonWouldTypeThem(String stored, String text) {
        assertThat(XlsxTableReader.numberText(stored)).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            A1, 0
            H9, 7
            Z3, 25
            AA10, 26
            AB2, 27
            XFD1, 16383
            """)
    void readsColumnLettersOfCellReferences(String ref, int column) {
        assertThat(XlsxTableReader.columnIndex(ref)).isEqualTo(column);
    }

    private static List<RawRow> drain(Path file, ReadLimits limits) {
        try (TableReader r = TableReaders.open(file, limits)) {
            List<RawRow> rows = new ArrayList<>();
            RawRow row;
            while ((row = r.next()) != null) {
                rows.add(row);
            }
            return rows;
        }
    }

    private static String entry(Path xlsx, String name) throws Exception {
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            return new String(zip.getInputStream(zip.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private Path replaceEntry(Path xlsx, String newName, String entry, byte[] content, boolean best)
            throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(xlsx));
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.setLevel(best ? 9 : 6);
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(e.getName().equals(entry) ? content : in.readAllBytes());
                out.closeEntry();
            }
        }
        return Files.write(dir.resolve(newName), bytes.toByteArray());
    }
}
