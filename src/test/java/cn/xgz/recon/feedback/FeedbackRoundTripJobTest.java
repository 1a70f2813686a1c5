package cn.xgz.recon.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The round trip an analyst makes: the night's gap workbook, a few rows filled in (here with POI, as Excel or WPS
 * would save them), imported, and the next night's outputs showing the reviews; the next workbook returned as it
 * came changes nothing.
 */
class FeedbackRoundTripJobTest {

    @TempDir
    Path work;

    @Test
    void aFilledInGapWorkbookComesBackIntoTheNextNight() throws Exception {
        Path input = work.resolve("input");
        Path data = work.resolve("data");
        Path out = work.resolve("out");
        assertThat(FeedbackRun.execute("generate", "--entities", "600", "--seed", "7", "--out", input.toString()).exitCode())
                .isZero();
        night(input, out, data, "2025-09-30");
        Path book = out.resolve("2025-09-30/gap-report-20250930.xlsx");
        Path returned = work.resolve("returned.xlsx");
        String untrue;
        String confirmed;
        try (InputStream in = Files.newInputStream(book); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet scope = wb.getSheet(ScopeSignature.SHEET);
            assertThat(scope).isNotNull();
            assertThat(wb.getSheetVisibility(wb.getSheetIndex(scope))).isEqualTo(SheetVisibility.VERY_HIDDEN);
            XSSFSheet r13 = (XSSFSheet) sheetStartingWith(wb, "R13");
            Row header = headerRow(r13);
            Map<String, Integer> col = columns(header);
            assertThat(col).containsKeys("核查情况", Columns.FINDING_ID, Columns.OUTCOME, Columns.DATE, Columns.UNIT, Columns.NOTE);
            assertThat(r13.getDataValidations()).anySatisfy(v -> {
                assertThat(v.getValidationConstraint().getExplicitListValues()).containsExactly("属实", "暂缓核查", "已整改", "不属实");
                assertThat(v.getRegions().getCellRangeAddress(0).getFirstColumn()).isEqualTo(col.get(Columns.OUTCOME));
            });
            assertThat(sheetStartingWith(wb, "匹配说明")).isNotNull();
            assertThat(sheetStartingWith(wb, "核查进度")).isNotNull();
            Row first = r13.getRow(header.getRowNum() + 1);
            Row second = r13.getRow(header.getRowNum() + 2);
            untrue = text(first, col.get(Columns.FINDING_ID));
            confirmed = text(second, col.get(Columns.FINDING_ID));
            fill(first, col, "不属实", "已核实经营者已于9月补报");
            fill(second, col, "属实", "=电话核实"); // typed text that starts like a formula
            try (OutputStream o = Files.newOutputStream(returned)) {
                wb.write(o);
            }
        }
        FeedbackRun.Result imp = FeedbackRun.execute("feedback", returned.toString(), "--data-dir", data.toString());
        assertThat(imp.exitCode()).as(imp.console()).isZero();
        assertThat(imp.console()).contains("应用 2").contains("范围 350000");

        List<Map<String, String>> next = night(input, out, data, "2025-10-01");
        assertThat(next).filteredOn(f -> f.get("finding_id").equals(untrue)).singleElement()
                .satisfies(f -> assertThat(f.get("review")).isEqualTo("不属实"));
        assertThat(next).filteredOn(f -> f.get("finding_id").equals(confirmed)).singleElement()
                .satisfies(f -> assertThat(f.get("review")).isEqualTo("属实"));

        Path book2 = out.resolve("2025-10-01/gap-report-20251001.xlsx");
        try (InputStream in = Files.newInputStream(book2); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet r13 = sheetStartingWith(wb, "R13");
            Map<String, Integer> col = columns(headerRow(r13));
            Row c = rowOf(r13, col.get(Columns.FINDING_ID), confirmed);
            assertThat(text(c, col.get(Columns.OUTCOME))).isEqualTo("属实");
            assertThat(text(c, col.get("核查情况"))).isEqualTo("已核实");
            Cell note = c.getCell(col.get(Columns.NOTE));
            assertThat(note.getCellType()).isEqualTo(CellType.STRING);
            assertThat(note.getStringCellValue()).isEqualTo("=电话核实");
            assertThat(rowOf(r13, col.get(Columns.FINDING_ID), untrue)).isNull();
            Sheet excluded = sheetStartingWith(wb, "已排除");
            Map<String, Integer> ex = columns(headerRow(excluded));
            assertThat(rowOf(excluded, ex.get(Columns.FINDING_ID), untrue)).isNotNull();
        }
        // The next workbook, returned as it came: its pre-filled rows are the reviews already stored.
        FeedbackRun.Result again = FeedbackRun.execute("feedback", book2.toString(), "--data-dir", data.toString());
        assertThat(again.exitCode()).as(again.console()).isZero();
        assertThat(again.console()).contains("应用 0").contains("未变 2");
    }

    static List<Map<String, String>> night(Path input, Path out, Path data, String date) throws Exception {
        FeedbackRun.Result r = FeedbackRun.execute("nightly", "--input", input.toString(), "--out", out.toString(), "--date",
                date, "--data-dir", data.toString());
        assertThat(r.exitCode()).as(r.console()).isZero();
        return FeedbackRun.csv(out.resolve(date).resolve("findings.csv"));
    }

    static void fill(Row row, Map<String, Integer> col, String outcome, String note) {
        row.createCell(col.get(Columns.OUTCOME)).setCellValue(outcome);
        row.createCell(col.get(Columns.DATE)).setCellValue("2025-09-30");
        row.createCell(col.get(Columns.UNIT)).setCellValue("鼓楼区市场监管所");
        row.createCell(col.get(Columns.NOTE)).setCellValue(note);
    }

    static Sheet sheetStartingWith(XSSFWorkbook wb, String prefix) {
        for (Sheet s : wb) {
            if (s.getSheetName().startsWith(prefix)) {
                return s;
            }
        }
        return null;
    }

    static Row headerRow(Sheet s) {
        for (int i = 0; i < 20; i++) {
            Row r = s.getRow(i);
            if (r != null && columns(r).containsKey(Columns.FINDING_ID)) {
                return r;
            }
        }
        throw new AssertionError("no header with 发现编号 on " + s.getSheetName());
    }

    static Map<String, Integer> columns(Row header) {
        Map<String, Integer> m = new java.util.HashMap<>();
        for (Cell c : header) {
            m.put(new DataFormatter().formatCellValue(c), c.getColumnIndex());
        }
        return m;
    }

    static Row rowOf(Sheet s, int col, String value) {
        for (Row r : s) {
            if (value.equals(text(r, col))) {
                return r;
            }
        }
        return null;
    }

    static String text(Row r, int col) {
        Cell c = r.getCell(col);
        return c == null ? "" : new DataFormatter().formatCellValue(c);
    }
}
