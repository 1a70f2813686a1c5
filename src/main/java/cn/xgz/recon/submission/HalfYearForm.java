package cn.xgz.recon.submission;

import cn.xgz.recon.common.CsvText;
import cn.xgz.recon.reference.Region;
import cn.xgz.recon.source.Source;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The printed form {@code 小个专及网约配送员党建数据-<yyyy>H<n>.xlsx}: one row per county, a subtotal per city and a
 * total, under a title, 填报单位, 统计截止日期, 填报日期, the source run, and two-level merged headers. A hundred
 * rows, so the plain XSSF model is used.
 */
final class HalfYearForm {

    static final String SHEET = "半年报送";
    static final String PLATFORM_SHEET = "网约配送员平台";
    static final String NOT_SUBMITTED = "未报送";

    /** The figure columns, after 区划代码 and 区划名称. */
    static final List<Column> COLUMNS = Column.ALL;

    private static final int FIRST_FIGURE = 2;

    private HalfYearForm() {}

    static void write(HalfYearSubmission s, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Styles st = new Styles(wb);
            XSSFSheet sheet = wb.createSheet(SHEET);
            int lastCol = FIRST_FIGURE + COLUMNS.size() - 1;

            merged(sheet, 0, 0, lastCol, "小个专及网约配送员党建数据统计表（" + s.period().chineseName() + "）", st.title);
            sheet.getRow(0).setHeightInPoints(28);
            int third = (lastCol + 1) / 3;
            merged(sheet, 1, 0, third - 1, "填报单位：" + s.reportingUnit(), st.info);
            merged(sheet, 1, third, 2 * third - 1, "统计截止日期：" + chinese(s.statisticsDate()), st.info);
            merged(sheet, 1, 2 * third, lastCol, "填报日期：" + chinese(s.filledDate()), st.info);
            merged(sheet, 2, 0, lastCol, s.provenance().isEmpty() ? "" : s.provenance().get(0), st.info);

            int h1 = 3;
            int h2 = 4;
            Row top = sheet.createRow(h1);
            Row sub = sheet.createRow(h2);
            top.setHeightInPoints(24);
            sub.setHeightInPoints(42);
            header(sheet, top, sub, 0, "区划代码", st);
            header(sheet, top, sub, 1, "区划名称", st);
            for (int i = 0; i < COLUMNS.size(); i++) {
                Column c = COLUMNS.get(i);
                int col = FIRST_FIGURE + i;
                if (c.group() == null) {
                    header(sheet, top, sub, col, c.header(), st);
                } else {
                    cell(top, col, c.group(), st.header);
                    cell(sub, col, c.header(), st.header);
                }
            }
            for (int i = 0; i < COLUMNS.size(); ) {
                String g = COLUMNS.get(i).group();
                int j = i;
                while (g != null && j + 1 < COLUMNS.size() && g.equals(COLUMNS.get(j + 1).group())) {
                    j++;
                }
                if (j > i) {
                    sheet.addMergedRegion(new CellRangeAddress(h1, h1, FIRST_FIGURE + i, FIRST_FIGURE + j));
                }
                i = j + 1;
            }

            int r = h2 + 1;
            List<Figures> submitted = new ArrayList<>();
            for (Region city : s.jurisdiction().cities()) {
                boolean missing = s.notSubmitted().contains(city.code());
                List<Figures> inCity = new ArrayList<>();
                for (Region county : s.jurisdiction().counties()) {
                    if (city.code().equals(Region.cityOf(county.code()))) {
                        Figures f = s.figuresOf(county.code());
                        figures(sheet.createRow(r++), county.code(), county.name(), f, missing, st, false);
                        inCity.add(f);
                    }
                }
                Figures subtotal = Figures.sum(inCity);
                if (!missing) {
                    submitted.add(subtotal);
                }
                if (s.jurisdiction().isProvince()) {
                    figures(sheet.createRow(r++), city.code(), city.name() + "小计", subtotal, missing, st, true);
                }
            }
            Region area = s.jurisdiction().area();
            figures(sheet.createRow(r++), area.code(), area.name() + "合计", Figures.sum(submitted), false, st, true);
            r++;
            Row sign = sheet.createRow(r++);
            cell(sign, 0, "填报人：", st.info);
            cell(sign, 6, "审核人：", st.info);
            cell(sign, 12, "联系电话：", st.info);
            for (String line : explanation(s)) {
                cell(sheet.createRow(r++), 0, line, st.info);
            }

            sheet.setColumnWidth(0, 9 * 256);
            sheet.setColumnWidth(1, 16 * 256);
            for (int i = 0; i < COLUMNS.size(); i++) {
                sheet.setColumnWidth(FIRST_FIGURE + i, 9 * 256);
            }
            sheet.createFreezePane(2, h2 + 1);
            sheet.setRepeatingRows(new CellRangeAddress(h1, h2, -1, -1));
            PrintSetup ps = sheet.getPrintSetup();
            ps.setLandscape(true);
            ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
            ps.setFitWidth((short) 1);
            ps.setFitHeight((short) 0);
            sheet.setFitToPage(true);
            sheet.setHorizontallyCenter(true);
            sheet.getFooter().setCenter("第 &P 页，共 &N 页");
            platformSheet(wb, s, st);
            wb.write(out);
        }
    }

    /** The second sheet: per county and platform, riders, party members among them, stations and covered stations. */
    private static void platformSheet(XSSFWorkbook wb, HalfYearSubmission s, Styles st) {
        XSSFSheet sheet = wb.createSheet(PLATFORM_SHEET);
        List<String> header = PlatformsCsv.HEADER;
        int lastCol = header.size() - 1;
        merged(sheet, 0, 0, lastCol, "网约配送员及配送站点分平台统计表（" + s.period().chineseName() + "）", st.title);
        sheet.getRow(0).setHeightInPoints(28);
        merged(sheet, 1, 0, lastCol, "填报单位：" + s.reportingUnit() + "    统计截止日期：" + chinese(s.statisticsDate()), st.info);
        Row top = sheet.createRow(2);
        top.setHeightInPoints(30);
        for (int c = 0; c <= lastCol; c++) {
            cell(top, c, header.get(c), st.header);
        }
        int r = 3;
        Integer[] total = {0, 0, 0, 0};
        for (PlatformRow p : s.platforms()) {
            Row row = sheet.createRow(r++);
            cell(row, 0, p.countyCode(), st.text);
            cell(row, 1, s.regions().nameOf(p.countyCode()), st.text);
            cell(row, 2, CsvText.inert(p.platform()), st.text);
            Integer[] v = {p.riders(), p.riderMembers(), p.stations(), p.coveredStations()};
            for (int i = 0; i < v.length; i++) {
                Cell c = row.createCell(3 + i);
                if (v[i] != null) {
                    c.setCellValue(v[i]);
                }
                c.setCellStyle(st.count);
                total[i] = total[i] == null || v[i] == null ? null : total[i] + v[i];
            }
        }
        Row sum = sheet.createRow(r++);
        cell(sum, 0, s.jurisdiction().area().code(), st.boldText);
        cell(sum, 1, s.jurisdiction().area().name() + "合计", st.boldText);
        cell(sum, 2, "", st.boldText);
        for (int i = 0; i < total.length; i++) {
            Cell c = sum.createCell(3 + i);
            if (total[i] != null) {
                c.setCellValue(total[i]);
            }
            c.setCellStyle(st.boldCount);
        }
        r++;
        cell(sheet.createRow(r++), 0, "说明：网约配送员数为在岗骑手（按身份证号去重），同一人在两个平台各计一次；党员数为在党员名册中或自报中共党员、"
                + "中共预备党员者；站点按所在县级区划统计；配送站点党组织数为运营企业已被党组织覆盖的站点数。", st.info);
        if (s.absentSources().contains(Source.RIDERS)) {
            cell(sheet.createRow(r++), 0, "本期比对缺少网约配送员登记数据，本表无数据。", st.info);
        } else if (!Figure.RIDER_MEMBERS.countable(s.absentSources()) || !Figure.COVERED_STATIONS.countable(s.absentSources())) {
            cell(sheet.createRow(r++), 0, "本期比对缺少数据源，空白栏目无法统计（不是0）。", st.info);
        }
        if (!s.notSubmitted().isEmpty()) {
            cell(sheet.createRow(r++), 0, NOT_SUBMITTED + "的地市无数据：" + String.join("、", s.jurisdiction().cities().stream()
                    .filter(c -> s.notSubmitted().contains(c.code())).map(Region::name).toList()) + "。", st.info);
        }
        sheet.setColumnWidth(0, 9 * 256);
        sheet.setColumnWidth(1, 16 * 256);
        sheet.setColumnWidth(2, 12 * 256);
        for (int c = 3; c <= lastCol; c++) {
            sheet.setColumnWidth(c, 14 * 256);
        }
        sheet.createFreezePane(0, 3);
        sheet.setRepeatingRows(new CellRangeAddress(2, 2, -1, -1));
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }

    /** 说明: how rates are made, what 疑似 means, the sources the run lacked, the cities not submitted, and so on. */
    static List<String> explanation(HalfYearSubmission s) {
        List<String> lines = new ArrayList<>();
        lines.add("说明：1. 覆盖率为百分数，保留一位小数（四舍五入），除数为0时空白；“纳入统计合计”为纳入统计的经营主体数"
                + "（含在专业市场内经营的其他主体），即党组织覆盖率的分母；网约配送员及站点按站点所在县级区划统计。");
        lines.add("2. 疑似口袋党员数、疑似隐形党员数是比对发现的线索，尚待核实，不是确认的党员人数；经核实不属实的不计入。");
        int n = 3;
        if (!s.absentSources().isEmpty()) {
            List<String> sources = new ArrayList<>();
            List<String> columns = new ArrayList<>();
            for (Source src : Source.values()) {
                if (s.absentSources().contains(src)) {
                    sources.add(src.label());
                }
            }
            for (Column c : COLUMNS) {
                if (c.counts().stream().anyMatch(f -> !f.countable(s.absentSources()))) {
                    columns.add((c.group() == null ? "" : c.group() + "·") + c.header());
                }
            }
            lines.add(n++ + ". 本期比对缺少数据源：" + String.join("、", sources) + "。以下栏目无法统计，空白（不是0）："
                    + String.join("、", columns) + "。");
        }
        if (!s.notSubmitted().isEmpty()) {
            List<String> cities = s.jurisdiction().cities().stream().filter(c -> s.notSubmitted().contains(c.code()))
                    .map(Region::name).toList();
            lines.add(n++ + ". " + NOT_SUBMITTED + "：" + String.join("、", cities) + "。其所辖县级区划各栏空白，"
                    + s.jurisdiction().area().name() + "合计不含这些地市。");
        }
        for (String note : s.notes()) {
            lines.add(n++ + ". " + note);
        }
        lines.addAll(s.provenance().subList(Math.min(1, s.provenance().size()), s.provenance().size()));
        return lines;
    }

    private static void figures(Row row, String code, String name, Figures f, boolean notSubmitted, Styles st, boolean bold) {
        cell(row, 0, code, bold ? st.boldText : st.text);
        cell(row, 1, notSubmitted ? name + "（" + NOT_SUBMITTED + "）" : name, bold ? st.boldText : st.text);
        for (int i = 0; i < COLUMNS.size(); i++) {
            Column c = COLUMNS.get(i);
            Cell cell = row.createCell(FIRST_FIGURE + i);
            Number v = c.value(f);
            if (v instanceof BigDecimal p) {
                cell.setCellValue(p.doubleValue());
            } else if (v != null) {
                cell.setCellValue(v.intValue());
            }
            cell.setCellStyle(c.rate() ? (bold ? st.boldRate : st.rate) : (bold ? st.boldCount : st.count));
        }
    }

    static String chinese(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    private static void header(XSSFSheet sheet, Row top, Row sub, int col, String text, Styles st) {
        cell(top, col, text, st.header);
        cell(sub, col, "", st.header);
        sheet.addMergedRegion(new CellRangeAddress(top.getRowNum(), sub.getRowNum(), col, col));
    }

    private static void merged(XSSFSheet sheet, int row, int from, int to, String text, CellStyle style) {
        Row r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
        cell(r, from, text, style);
        if (to > from) {
            sheet.addMergedRegion(new CellRangeAddress(row, row, from, to));
        }
    }

    private static void cell(Row row, int col, String text, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellValue(text);
        c.setCellStyle(style);
    }

    /** The form's styles. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle info;
        final CellStyle header;
        final CellStyle text;
        final CellStyle boldText;
        final CellStyle count;
        final CellStyle boldCount;
        final CellStyle rate;
        final CellStyle boldRate;

        Styles(XSSFWorkbook wb) {
            Font titleFont = wb.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 16);
            title = wb.createCellStyle();
            title.setFont(titleFont);
            title.setAlignment(HorizontalAlignment.CENTER);
            title.setVerticalAlignment(VerticalAlignment.CENTER);
            info = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            header = bordered(wb);
            header.setFont(bold);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            header.setWrapText(true);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            text = bordered(wb);
            boldText = bordered(wb);
            boldText.setFont(bold);
            short intFmt = wb.createDataFormat().getFormat("0");
            short rateFmt = wb.createDataFormat().getFormat("0.0");
            count = bordered(wb);
            count.setDataFormat(intFmt);
            boldCount = bordered(wb);
            boldCount.setDataFormat(intFmt);
            boldCount.setFont(bold);
            rate = bordered(wb);
            rate.setDataFormat(rateFmt);
            boldRate = bordered(wb);
            boldRate.setDataFormat(rateFmt);
            boldRate.setFont(bold);
        }

        private static CellStyle bordered(XSSFWorkbook wb) {
            CellStyle s = wb.createCellStyle();
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
            return s;
        }
    }
}
