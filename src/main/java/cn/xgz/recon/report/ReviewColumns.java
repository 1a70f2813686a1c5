package cn.xgz.recon.report;

import cn.xgz.recon.feedback.Columns;
import cn.xgz.recon.feedback.MatchVerdict;
import cn.xgz.recon.feedback.Outcome;
import cn.xgz.recon.feedback.ReviewStatus;
import cn.xgz.recon.rules.Finding;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;

/**
 * The review columns that end every rule sheet (feedback.md): 核查情况 (what the review in force means today), then
 * 发现编号, 核查结论, 核查日期, 核查单位, 核查说明 pre-filled with the review in force, so that a workbook returned
 * twice changes nothing. 核查结论 and 人工确认 get a drop-down list (Excel data validation, which WPS reads too).
 */
final class ReviewColumns {

    private static final String[] OUTCOMES = Arrays.stream(Outcome.values()).map(Outcome::label).toArray(String[]::new);
    private static final String[] VERDICTS = Arrays.stream(MatchVerdict.values()).map(MatchVerdict::label)
            .toArray(String[]::new);

    private ReviewColumns() {}

    static List<Col<Finding>> of(ReportContext ctx) {
        return List.of(
                Col.text("核查情况", f -> shown(ctx.reviews().of(f))),
                Col.text(Columns.FINDING_ID, Finding::findingId),
                Col.text(Columns.OUTCOME, f -> standing(ctx.reviews().of(f)) ? ctx.reviews().of(f).review().outcome().label() : null),
                Col.of(Columns.DATE, Col.Kind.DATE, f -> standing(ctx.reviews().of(f)) ? ctx.reviews().of(f).review().reviewDate() : null),
                Col.text(Columns.UNIT, f -> standing(ctx.reviews().of(f)) ? ctx.reviews().of(f).review().unit() : null),
                Col.of(Columns.NOTE, Col.Kind.LONG_TEXT, f -> standing(ctx.reviews().of(f)) ? ctx.reviews().of(f).review().note() : null));
    }

    /** A lapsed exclusion is no longer a review: its row is blank again for the next check. */
    private static boolean standing(ReviewStatus s) {
        return s != null && s.state() != ReviewStatus.State.EXCLUSION_LAPSED;
    }

    private static String shown(ReviewStatus s) {
        return s == null ? "未核查" : s.state().shown();
    }

    /** Adds the drop-down lists to a sheet's 核查结论 / 人工确认 column over the given rows. */
    static <T> void dropDowns(Sheet sheet, List<Col<T>> cols, int firstRow, int lastRow) {
        for (int i = 0; i < cols.size(); i++) {
            String h = cols.get(i).header();
            if (h.equals(Columns.OUTCOME)) {
                list(sheet, OUTCOMES, firstRow, lastRow, i, "核查结论应为：" + Outcome.LIST);
            } else if (h.equals(Columns.VERDICT)) {
                list(sheet, VERDICTS, firstRow, lastRow, i, "人工确认应为：" + MatchVerdict.LIST);
            }
        }
    }

    private static void list(Sheet sheet, String[] values, int firstRow, int lastRow, int col, String message) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidationConstraint c = helper.createExplicitListConstraint(values);
        DataValidation v = helper.createValidation(c, new CellRangeAddressList(firstRow, lastRow, col, col));
        v.setSuppressDropDownArrow(true); // for .xlsx this shows the arrow
        v.setShowErrorBox(true);
        v.setEmptyCellAllowed(true);
        v.createErrorBox("核查反馈", message);
        sheet.addValidationData(v);
    }
}
