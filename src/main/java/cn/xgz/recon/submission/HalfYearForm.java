package cn.xgz.recon.submission;

import cn.xgz.recon.reference.Region;
import cn.xgz.recon.rules.CountyFigures;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
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

    /** A figure column: its group header (null when it stands alone) and sub-header. */
    record Column(String group, String header, ToIntFunction<CountyFigures> count, RateOf rate) {}

    /** A rate column's numerator and denominator. */
    record RateOf(ToIntFunction<CountyFigures> num, ToIntFunction<CountyFigures> den) {}

    static final List<Column> COLUMNS = List.of(
            count("经营主体数", "小微企业", CountyFigures::microEnterprises),
            count("经营主体数", "个体工商户", CountyFigures::individualBusinesses),
            count(null, "专业市场数", CountyFigures::markets),
            count("党员情况", "有党员的经营主体数", CountyFigures::entitiesWithMembers),
            count("党员情况", "党员底数", CountyFigures::memberBase),
            count("党员情况", "其中名册在册党员数", CountyFigures::rosterMembers),
            count(null, "已建党组织经营主体数", CountyFigures::coveredEntities),
            count("党组织数", "单独建", CountyFigures::orgsSingle),
            count("党组织数", "联合建", CountyFigures::orgsJoint),
            count("党组织数", "挂靠建", CountyFigures::orgsAttached),
            count("党组织数", "行业建", CountyFigures::orgsSector),
            count("党组织数", "合计", CountyFigures::orgsTotal),
            count("符合单独组建条件", "主体数", CountyFigures::eligibleEntities),
            count("符合单独组建条件", "其中已建党组织数", CountyFigures::eligibleCovered),
            count(null, "有党员但不足3名主体数", CountyFigures::entitiesBelowThree),
            rate("覆盖率（%）", "党组织覆盖率", CountyFigures::coveredEntities, CountyFigures::inScopeEntities),
            rate("覆盖率（%）", "应建已建率", CountyFigures::eligibleCovered, CountyFigures::eligibleEntities),
            count("专业市场", "已建党组织数", CountyFigures::coveredMarkets),
            rate("专业市场", "党组织覆盖率（%）", CountyFigures::coveredMarkets, CountyFigures::markets),
            count("网约配送员", "党员数", CountyFigures::riderMembers),
            count("网约配送员", "配送站点党组织数", CountyFigures::coveredStations),
            count("需核实党员", "口袋党员数", CountyFigures::pocketMembers),
            count("需核实党员", "隐形党员数", CountyFigures::hiddenMembers));

    private static final int FIRST_FIGURE = 2;

    private HalfYearForm() {}

    private static Column count(String group, String header, ToIntFunction<CountyFigures> f) {
        return new Column(group, header, f, null);
    }

    private static Column rate(String group, String header, ToIntFunction<CountyFigures> num, ToIntFunction<CountyFigures> den) {
        return new Column(group, header, null, new RateOf(num, den));
    }

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
            merged(sheet, 2, 0, lastCol, s.sourceRunText(), st.info);

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
            Map<String, CountyFigures> byCounty = HalfYearCsv.byCounty(s.counties());
            List<CountyFigures> all = new ArrayList<>();
            for (Region city : s.regions().cities()) {
                List<CountyFigures> inCity = new ArrayList<>();
                for (Region county : s.regions().counties()) {
                    if (!city.code().equals(Region.cityOf(county.code()))) {
                        continue;
                    }
                    CountyFigures f = byCounty.getOrDefault(county.code(), HalfYearCsv.zero(county.code()));
                    figures(sheet.createRow(r++), county.code(), county.name(), f, st, false);
                    inCity.add(f);
                }
                CountyFigures subtotal = sum(city.code(), inCity);
                figures(sheet.createRow(r++), city.code(), city.name() + "小计", subtotal, st, true);
                all.add(subtotal);
            }
            String province = s.regions().province().code();
            figures(sheet.createRow(r++), province, s.regions().province().name() + "合计", sum(province, all), st, true);
            r++;
            Row sign = sheet.createRow(r);
            cell(sign, 0, "填报人：", st.info);
            cell(sign, 6, "审核人：", st.info);
            cell(sign, 12, "联系电话：", st.info);
            Row note = sheet.createRow(r + 1);
            cell(note, 0, "说明：覆盖率为百分数，保留一位小数（四舍五入），除数为0时空白；网约配送员及站点按站点所在县级区划统计。", st.info);

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
            wb.write(out);
        }
    }

    private static void figures(Row row, String code, String name, CountyFigures f, Styles st, boolean bold) {
        cell(row, 0, code, bold ? st.boldText : st.text);
        cell(row, 1, name, bold ? st.boldText : st.text);
        for (int i = 0; i < COLUMNS.size(); i++) {
            Column c = COLUMNS.get(i);
            Cell cell = row.createCell(FIRST_FIGURE + i);
            if (c.rate() == null) {
                cell.setCellValue(c.count().applyAsInt(f));
                cell.setCellStyle(bold ? st.boldCount : st.count);
            } else {
                BigDecimal p = Rates.percent(c.rate().num().applyAsInt(f), c.rate().den().applyAsInt(f));
                if (p != null) {
                    cell.setCellValue(p.doubleValue());
                }
                cell.setCellStyle(bold ? st.boldRate : st.rate);
            }
        }
    }

    /** A subtotal: every count added up (rates are recomputed from the sums, never averaged). */
    static CountyFigures sum(String code, List<CountyFigures> fs) {
        int[] t = new int[20];
        for (CountyFigures f : fs) {
            int[] v = {f.microEnterprises(), f.individualBusinesses(), f.markets(), f.entitiesWithMembers(), f.memberBase(),
                f.rosterMembers(), f.coveredEntities(), f.orgsSingle(), f.orgsJoint(), f.orgsAttached(), f.orgsSector(),
                f.eligibleEntities(), f.eligibleCovered(), f.entitiesBelowThree(), f.coveredMarkets(), f.riderMembers(),
                f.coveredStations(), f.pocketMembers(), f.hiddenMembers(), f.inScopeEntities()};
            for (int i = 0; i < t.length; i++) {
                t[i] += v[i];
            }
        }
        return new CountyFigures(code, t[0], t[1], t[2], t[3], t[4], t[5], t[6], t[7], t[8], t[9], t[10], t[11], t[12], t[13],
                t[14], t[15], t[16], t[17], t[18], t[19]);
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
