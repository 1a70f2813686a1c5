package cn.xgz.recon.report;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/** What every sheet has around its table: the banner, the title rows, frozen headers and the print set-up. */
final class SheetFrame {

    static final String BANNER = "内部资料 注意保密";

    /** Cells longer than this are refused by Excel. */
    static final int MAX_CELL_TEXT = 32_767;

    private SheetFrame() {}

    /**
     * Writes the banner (when personal data is revealed), the title and the dates line from row 0, merged over
     * the table's width; returns the next free row.
     */
    static int top(Sheet sheet, Styles styles, ReportContext ctx, Scope scope, String title, int lastCol) {
        int r = 0;
        if (ctx.input().revealPii()) {
            line(sheet, styles.banner, r++, BANNER, lastCol).setHeightInPoints(22);
            // Printed pages carry it too, as the header of every page.
            sheet.getHeader().setCenter(BANNER);
        }
        String full = ReportContext.REPORT_TITLE + " · " + title + (scope.whole() ? "" : "（" + scope.label() + "）");
        boolean back = !SummarySheet.NAME.equals(sheet.getSheetName()) && lastCol >= 2;
        // Every sheet but 汇总 links back to it from the title row's last cell.
        Row titleRow = line(sheet, styles.title, r++, full, back ? lastCol - 1 : lastCol);
        titleRow.setHeightInPoints(22);
        if (back) {
            Cell link = titleRow.createCell(lastCol);
            link.setCellValue(Labels.BACK_TO_SUMMARY);
            link.setCellStyle(styles.backLink);
            Hyperlink h = sheet.getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
            h.setAddress(SheetNames.a1(SummarySheet.NAME));
            link.setHyperlink(h);
        }
        String dates = ctx.datesLine() + (scope.whole() ? "" : "　本表仅含" + scope.label() + "的对象；拒收记录与数据引用问题见全辖区报告");
        line(sheet, styles.subtitle, r++, dates, lastCol);
        return r;
    }

    private static Row line(Sheet sheet, org.apache.poi.ss.usermodel.CellStyle style, int rowIndex, String text, int lastCol) {
        Row row = sheet.createRow(rowIndex);
        Cell c = row.createCell(0);
        c.setCellValue(text);
        c.setCellStyle(style);
        if (lastCol > 0) {
            sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, 0, lastCol));
        }
        return row;
    }

    /** Landscape, fit to one page wide, the header rows repeated on every printed page, the headers frozen. */
    static void finishLayout(Sheet sheet, int headerFirst, int headerLast, int frozenCols) {
        sheet.createFreezePane(frozenCols, headerLast + 1);
        sheet.setRepeatingRows(new CellRangeAddress(headerFirst, headerLast, -1, -1));
        PrintSetup ps = sheet.getPrintSetup();
        ps.setLandscape(true);
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.getFooter().setCenter("第 &P 页，共 &N 页");
    }

    static String clip(String s) {
        return s.length() <= MAX_CELL_TEXT ? s : s.substring(0, MAX_CELL_TEXT - 1) + "…";
    }
}
