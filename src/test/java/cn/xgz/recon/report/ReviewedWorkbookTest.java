package cn.xgz.recon.report;

import static cn.xgz.recon.report.GapWorkbookWriterTest.cell;
import static cn.xgz.recon.report.GapWorkbookWriterTest.dataRows;
import static cn.xgz.recon.report.GapWorkbookWriterTest.headerRow;
import static cn.xgz.recon.report.GapWorkbookWriterTest.read;
import static org.assertj.core.api.Assertions.assertThat;

import cn.xgz.recon.feedback.FeedbackSettings;
import cn.xgz.recon.feedback.Outcome;
import cn.xgz.recon.feedback.Review;
import cn.xgz.recon.feedback.RunReviews;
import cn.xgz.recon.feedback.WorkbookFeedback;
import cn.xgz.recon.rules.FindingStatus;
import cn.xgz.recon.rules.RuleCode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbook once analysts' reviews are in force (feedback.md): 汇总 leaves out what was excluded as 不属实, 任务清单
 * shows each task's review and leaves the excluded ones out, 已销号 names 已整改 as the reason where that was the review.
 */
class ReviewedWorkbookTest {

    /** 思明区's R03 of 厦门思明示例餐饮店: reviewed 已整改 seventy days before the run, so 整改逾期 now. */
    static final String OVERDUE = "R03:" + Fixtures.uscc(Fixtures.SIMING, 4);
    /** 鼓楼区's R03 of 福州鼓楼示例茶叶店: excluded. */
    static final String EXCLUDED = "R03:" + Fixtures.uscc(Fixtures.GULOU, 2);
    /** 鼓楼区's R13 of the same shop: confirmed. */
    static final String CONFIRMED = "R13:" + Fixtures.uscc(Fixtures.GULOU, 2);
    /** 思明区's R13 of 厦门思明示例餐饮店, resolved in this run after a review 已整改. */
    static final String RESOLVED_RECTIFIED = "R13:" + Fixtures.uscc(Fixtures.SIMING, 4);

    @TempDir
    Path dir;

    private final GapWorkbookWriter writer = new GapWorkbookWriter();

    static GapReportInput reviewed() {
        GapReportInput in = ActionableWorkbookTest.withHistory(false);
        LocalDate day = Fixtures.RUN.minusDays(1);
        List<Review> reviews = List.of(
                review(EXCLUDED, Outcome.UNTRUE, day, 1),
                review(CONFIRMED, Outcome.CONFIRMED, day, 2),
                review(OVERDUE, Outcome.RECTIFIED, Fixtures.RUN.minusDays(70), 3),
                review(RESOLVED_RECTIFIED, Outcome.RECTIFIED, day, 4));
        RunReviews runReviews = RunReviews.of(in.findings(), reviews, Fixtures.RUN, FeedbackSettings.DEFAULT);
        return in.withFeedback(new WorkbookFeedback(runReviews, null, null));
    }

    static Review review(String findingId, Outcome outcome, LocalDate date, int seq) {
        return new Review(findingId, outcome, date, "鼓楼区市场监管所", "电话核实", 1, seq, null, null);
    }

    @Test
    void summaryLeavesExcludedFindingsOutOfTheOpenCounts() throws IOException {
        GapReportInput plain = ActionableWorkbookTest.withHistory(false);
        int r03 = 9 + RuleCode.R03.ordinal();
        int fresh = 6 + FindingStatus.NEW.ordinal();
        try (XSSFWorkbook before = read(writer.writeJurisdiction(plain, dir.resolve("plain")));
                XSSFWorkbook after = read(writer.writeJurisdiction(reviewed(), dir.resolve("reviewed")))) {
            Row fuzhouBefore = row(before.getSheet("汇总"), "福州市");
            Row fuzhou = row(after.getSheet("汇总"), "福州市");
            assertThat(fuzhouBefore.getCell(r03).getNumericCellValue()).isEqualTo(2);
            assertThat(fuzhou.getCell(r03).getNumericCellValue()).isEqualTo(1);
            assertThat(fuzhou.getCell(fresh).getNumericCellValue())
                    .isEqualTo(fuzhouBefore.getCell(fresh).getNumericCellValue() - 1);
            assertThat(row(after.getSheet("汇总"), "合计").getCell(r03).getNumericCellValue())
                    .isEqualTo(row(before.getSheet("汇总"), "合计").getCell(r03).getNumericCellValue() - 1);
            // The county ranking counts open findings the same way (鼓楼区: 8 open, one of them excluded).
            Sheet s = after.getSheet("汇总");
            int ranking = ActionableWorkbookTest.rowOf(s, SummarySheet.RANKING_TITLE) + 1;
            assertThat(ActionableWorkbookTest.text(s, ranking + 2, 2)).isEqualTo("鼓楼区");
            assertThat(ActionableWorkbookTest.text(s, ranking + 2, 8)).isEqualTo("7");
        }
        try (XSSFWorkbook city = read(writer.writeCity(reviewed(), "350100", dir.resolve("city")))) {
            assertThat(row(city.getSheet("汇总"), "鼓楼区").getCell(r03).getNumericCellValue()).isEqualTo(1);
        }
    }

    @Test
    void taskListShowsTheReviewInForceAndLeavesExcludedFindingsOut() throws IOException {
        try (XSSFWorkbook wb = read(writer.writeJurisdiction(reviewed(), dir))) {
            Sheet s = wb.getSheet(TaskSheet.NAME);
            Map<String, String> byTask = new HashMap<>();
            List<String> keys = new ArrayList<>();
            for (int i = 0; i < dataRows(s); i++) {
                String key = cell(s, i, "规则") + ":" + cell(s, i, "统一社会信用代码/市场编号");
                keys.add(key);
                byTask.put(key, cell(s, i, "核查结论"));
            }
            assertThat(keys).doesNotContain(EXCLUDED).hasSize(7);
            assertThat(byTask).containsEntry(CONFIRMED, "已核实").containsEntry(OVERDUE, "整改逾期")
                    .containsEntry("R01:SC350102001", "");
        }
    }

    @Test
    void aFindingClosedUnderAReviewRectifiedSaysSo() throws IOException {
        try (XSSFWorkbook wb = read(writer.writeJurisdiction(reviewed(), dir))) {
            Sheet s = wb.getSheet(OtherSheets.RESOLVED);
            Map<String, String> reasons = new HashMap<>();
            for (int i = 0; i < dataRows(s); i++) {
                reasons.put(cell(s, i, "规则"), cell(s, i, "销号原因"));
            }
            // R13 closed on the data too (the 2024 report came in), but the review came first; R06 had no review.
            assertThat(reasons).containsEntry("R13", "核查结论：已整改")
                    .containsEntry("R06", "年报党员数与党员名册已一致（年报2人）");
        }
    }

    private static Row row(Sheet s, String name) {
        for (int r = headerRow(s) + 1; r <= s.getLastRowNum(); r++) {
            Row row = s.getRow(r);
            Cell c = row == null ? null : row.getCell(1);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(name)) {
                return row;
            }
        }
        throw new AssertionError("no line " + name + " on " + s.getSheetName());
    }
}
