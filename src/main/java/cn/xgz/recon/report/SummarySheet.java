package cn.xgz.recon.report;

import cn.xgz.recon.common.DisplayWidth;
import cn.xgz.recon.lifecycle.RunPoint;
import cn.xgz.recon.reference.Region;
import cn.xgz.recon.rules.CountyFigures;
import cn.xgz.recon.rules.Finding;
import cn.xgz.recon.rules.RuleCode;
import cn.xgz.recon.submission.Rates;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The 汇总 sheet: per city and in total the scope, base and coverage figures, the findings by status (新发现 /
 * 持续 / 已销号) and, per rule, the findings still open (新发现 + 持续); then a per-rule table with the status
 * breakdown that links to the rule sheets, and a bar chart of organisation coverage per city. One column per rule
 * rather than three keeps the sheet readable when printed to one page width; the rule sheets carry each finding's
 * status and city for filtering.
 */
final class SummarySheet {

    static final String NAME = "汇总";
    static final String CHART_TITLE = "各地市党组织覆盖率（%）";
    static final String UNKNOWN_REGION = "地区未定";
    static final String COUNTY = "县（市、区）";
    static final String RANKING_TITLE = "各县（市、区）党组织覆盖率排名";
    static final String[] RANKING = {"排名", "县级区划代码", COUNTY, "地市", Labels.IN_SCOPE, "已建党组织经营主体数", Labels.COVERAGE,
        "较上次运行变化", Labels.OPEN_NOW, "其中新发现", "本次销号"};
    private static final int CHART_ROWS = 20;

    private static final String[] FIXED = {"地市代码", "地市", Labels.IN_SCOPE, "党员底数", "已建党组织经营主体数", Labels.COVERAGE};
    private static final String[] STATUS = {"新发现", "持续", "已销号"};
    /** Per rule and city: findings not resolved, i.e. 新发现 + 持续. */
    static final String OPEN_NOW = Labels.OPEN_NOW;
    private static final int COVERAGE_COL = 5;
    private static final int RULE_COLS_START = FIXED.length + 3;

    private SummarySheet() {}

    /** One line of the per-city table. */
    static final class Line {
        final String code;
        final String name;
        int inScope;
        int memberBase;
        int covered;
        final int[][] counts = new int[RuleCode.values().length][3];

        Line(String code, String name) {
            this.code = code;
            this.name = name;
        }

        BigDecimal coverage() {
            return Rates.percent(covered, inScope);
        }

        int total(int status) {
            int t = 0;
            for (int[] c : counts) {
                t += c[status];
            }
            return t;
        }

        void add(Line o) {
            inScope += o.inScope;
            memberBase += o.memberBase;
            covered += o.covered;
            for (int r = 0; r < counts.length; r++) {
                for (int s = 0; s < 3; s++) {
                    counts[r][s] += o.counts[r][s];
                }
            }
        }
    }

    /**
     * The lines of a scope's first table: per city for the whole jurisdiction (then findings without a region), per
     * county of the city for a city, the county itself for a county.
     */
    static List<Line> lines(ReportContext ctx, Scope scope) {
        Map<String, Line> counties = countyLines(ctx, scope);
        if (!scope.whole()) {
            return new ArrayList<>(counties.values());
        }
        Map<String, Line> byCity = new LinkedHashMap<>();
        for (Region city : ctx.regions().cities()) {
            byCity.put(city.code(), new Line(city.code(), city.name()));
        }
        Line unknown = null;
        for (Line c : counties.values()) {
            Line l = c.code.isEmpty() ? null : byCity.get(Region.cityOf(c.code));
            if (l == null) {
                if (unknown == null) {
                    unknown = new Line("", UNKNOWN_REGION);
                }
                l = unknown;
            }
            l.add(c);
        }
        List<Line> lines = new ArrayList<>(byCity.values());
        if (unknown != null) {
            lines.add(unknown);
        }
        return lines;
    }

    /**
     * One line per county of the scope in code order (zeros included), with the findings counted in their
     * region_code's county; findings without a known county of the region table go to a line with a blank code
     * (whole jurisdiction only). Findings excluded as 不属实 are not counted.
     */
    static Map<String, Line> countyLines(ReportContext ctx, Scope scope) {
        Map<String, Line> byCounty = new LinkedHashMap<>();
        for (Region county : ctx.regions().counties()) {
            if (scope.includesCounty(county.code())) {
                byCounty.put(county.code(), new Line(county.code(), county.name()));
            }
        }
        for (CountyFigures c : ctx.input().result().counties()) {
            Line l = byCounty.get(c.countyCode());
            if (l != null) {
                l.inScope += c.inScopeEntities();
                l.memberBase += c.memberBase();
                l.covered += c.coveredEntities();
            }
        }
        Line unknown = new Line("", UNKNOWN_REGION);
        boolean anyUnknown = false;
        boolean anyReviews = !ctx.reviews().isEmpty();
        // The scope's findings rule by rule (a county's from the per-county index, not a scan of all findings per
        // workbook): the counts do not depend on the order.
        for (RuleCode rule : RuleCode.values()) {
            for (Finding f : ctx.findings(rule, scope)) {
                // feedback.md: a finding excluded as 不属实 is no open finding; it is listed on 已排除, not on its rule sheet
                // or 已销号, so it is counted in none of the status columns either.
                if (f.status() == null || anyReviews && ctx.reviews().excluded(f)) {
                    continue;
                }
                Line l = f.regionCode() == null ? null : byCounty.get(f.regionCode());
                if (l == null) {
                    l = unknown;
                    anyUnknown = true;
                }
                l.counts[f.rule().ordinal()][f.status().ordinal()]++;
            }
        }
        if (anyUnknown && scope.whole()) {
            byCounty.put("", unknown);
        }
        return byCounty;
    }

    /** The current run's figures per county, as a point of 趋势. */
    static RunPoint currentPoint(ReportContext ctx) {
        Map<String, RunPoint.CountyPoint> points = new LinkedHashMap<>();
        countyLines(ctx, Scope.all()).forEach((code, l) -> {
            if (!code.isEmpty()) {
                points.put(code, new RunPoint.CountyPoint(l.inScope, l.covered, l.total(0) + l.total(1), l.total(0), l.total(2)));
            }
        });
        return new RunPoint(ctx.runDate(), null, points);
    }

    static void write(SXSSFWorkbook wb, Styles styles, ReportContext ctx, Scope scope, Map<RuleCode, String> ruleSheets) {
        SXSSFSheet sheet = wb.createSheet(NAME);
        List<Line> lines = lines(ctx, scope);
        int lastCol = RULE_COLS_START + RuleCode.values().length - 1;
        int r = SheetFrame.top(sheet, styles, ctx, scope, NAME, lastCol);

        // Block 1: per city (per county in a city's workbook), two-level header (全部规则 over 新发现/持续/已销号; each rule code over 未销号).
        int h1 = r++;
        int h2 = r++;
        Row top = sheet.createRow(h1);
        Row sub = sheet.createRow(h2);
        top.setHeightInPoints(30);
        sub.setHeightInPoints(30);
        for (int c = 0; c < FIXED.length; c++) {
            header(top, c, c == 0 && !scope.whole() ? "县级区划代码" : c == 1 && !scope.whole() ? COUNTY : FIXED[c], styles);
            header(sub, c, "", styles);
            sheet.addMergedRegion(new CellRangeAddress(h1, h2, c, c));
        }
        group(sheet, top, sub, h1, FIXED.length, "全部规则", styles);
        for (RuleCode rule : RuleCode.values()) {
            header(top, RULE_COLS_START + rule.ordinal(), rule.name(), styles);
            header(sub, RULE_COLS_START + rule.ordinal(), OPEN_NOW, styles);
        }
        int firstLine = r;
        for (Line l : lines) {
            line(sheet.createRow(r++), l, styles, false);
        }
        int lastLine = r - 1;
        Line total = new Line("", scope.whole() ? "合计" : scope.label() + "合计");
        lines.forEach(total::add);
        if (!scope.county()) {
            line(sheet.createRow(r++), total, styles, true);
        }

        // Block 2: per rule, with links to the rule sheets; long texts span merged cells of block 1's columns.
        r++;
        int h3 = r++;
        Row ruleHeader = sheet.createRow(h3);
        header(ruleHeader, 0, "规则", styles);
        header(ruleHeader, 1, "规则名称", styles);
        header(ruleHeader, 2, "", styles);
        header(ruleHeader, 3, "", styles);
        sheet.addMergedRegion(new CellRangeAddress(h3, h3, 1, 3));
        String[] figures = {"严重程度", "新发现", "持续", "已销号", "合计"};
        for (int c = 0; c < figures.length; c++) {
            header(ruleHeader, 4 + c, figures[c], styles);
        }
        int linkFirst = 4 + figures.length;
        int linkLast = linkFirst + 7;
        for (int c = linkFirst; c <= linkLast; c++) {
            header(ruleHeader, c, c == linkFirst ? "明细工作表" : "", styles);
        }
        sheet.addMergedRegion(new CellRangeAddress(h3, h3, linkFirst, linkLast));
        for (RuleCode rule : RuleCode.values()) {
            int rowIndex = r++;
            Row row = sheet.createRow(rowIndex);
            String target = ruleSheets.get(rule);
            Cell code = text(row, 0, rule.name(), target == null ? styles.body(Col.Kind.TEXT) : styles.link);
            text(row, 1, rule.ruleName(), styles.body(Col.Kind.TEXT));
            sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, 1, 3));
            text(row, 4, rule.severity().label(), styles.body(Col.Kind.TEXT));
            int sum = 0;
            for (int s = 0; s < 3; s++) {
                number(row, 5 + s, total.counts[rule.ordinal()][s], styles.body(Col.Kind.COUNT));
                sum += total.counts[rule.ordinal()][s];
            }
            number(row, 8, sum, styles.body(Col.Kind.COUNT));
            String skipped = ctx.input().result().skippedRules().get(rule);
            if (target != null) {
                Cell sheetCell = text(row, linkFirst, target, styles.link);
                link(wb, code, target);
                link(wb, sheetCell, target);
            } else {
                text(row, linkFirst, skipped != null ? "本次未运行：" + skipped : "无发现", styles.body(Col.Kind.TEXT));
            }
            sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, linkFirst, linkLast));
        }
        // inputs.md: the 汇总 says which source was incomplete and why (its rules resolved nothing this run).
        for (var e : ctx.input().incompleteSources().entrySet()) {
            Row row = sheet.createRow(r++);
            text(row, 0, "数据源不完整：" + e.getKey().label() + "——" + e.getValue() + "。相关规则本次不销号，既有发现保留至下次运行。",
                    styles.body(Col.Kind.TEXT));
        }
        int chartTop = r + 1;

        // Widths: two CJK characters per unit; the status columns are narrow.
        int[] fixedWidths = {8, 8, 10, 8, 12, 10};
        for (int c = 0; c < FIXED.length; c++) {
            sheet.setColumnWidth(c, DisplayWidth.poiWidth(fixedWidths[c], 40));
        }
        sheet.setColumnWidth(1, DisplayWidth.poiWidth(Math.max(16, DisplayWidth.of(ctx.input().regions().province().name()) + 4), 40));
        for (int c = FIXED.length; c <= lastCol; c++) {
            sheet.setColumnWidth(c, DisplayWidth.poiWidth(6, 40));
        }
        sheet.setAutoFilter(new CellRangeAddress(h2, Math.max(h2, lastLine), 0, lastCol));
        SheetFrame.finishLayout(sheet, h1, h2, 2);

        if (!scope.county()) {
            chart(wb, sheet, lines, firstLine, chartTop, scope.whole() ? "地市" : COUNTY,
                    scope.whole() ? CHART_TITLE : scope.label() + "各县（市、区）党组织覆盖率（%）");
            ranking(sheet, styles, ctx, scope, chartTop + CHART_ROWS + 2);
        }
    }

    /**
     * Block 3: the counties of the scope ranked by 党组织覆盖率 (the 考评 view), with the change in percentage points since
     * the previous nightly run in the history. A county without entities in scope has no rate and comes last, unranked.
     */
    private static int ranking(SXSSFSheet sheet, Styles styles, ReportContext ctx, Scope scope, int r) {
        Map<String, Line> counties = countyLines(ctx, scope);
        counties.remove("");
        Map<String, RunPoint.CountyPoint> before = ctx.previousRun().map(RunPoint::counties).orElse(Map.of());
        List<Line> ranked = new ArrayList<>(counties.values());
        ranked.sort(Comparator.comparing((Line l) -> l.coverage(), Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(l -> l.code));
        Row title = sheet.createRow(r++);
        text(title, 0, RANKING_TITLE + (ctx.previousRun().isPresent()
                ? "（变化为与" + ctx.previousRun().get().runDate() + "运行相比，单位：百分点）" : "（历史中尚无上次运行，变化留空）"),
                styles.bold(Col.Kind.TEXT));
        Row h = sheet.createRow(r++);
        h.setHeightInPoints(30);
        for (int c = 0; c < RANKING.length; c++) {
            header(h, c, RANKING[c], styles);
        }
        int rank = 0;
        BigDecimal last = null;
        int seen = 0;
        for (Line l : ranked) {
            Row row = sheet.createRow(r++);
            BigDecimal cov = l.coverage();
            seen++;
            if (cov != null && !cov.equals(last)) {
                rank = seen; // equal rates share a rank (1, 2, 2, 4)
            }
            last = cov;
            if (cov != null) {
                number(row, 0, rank, styles.body(Col.Kind.PLAIN));
            }
            text(row, 1, l.code, styles.body(Col.Kind.TEXT));
            text(row, 2, l.name, styles.body(Col.Kind.TEXT));
            text(row, 3, ctx.cityName(l.code), styles.body(Col.Kind.TEXT));
            number(row, 4, l.inScope, styles.body(Col.Kind.COUNT));
            number(row, 5, l.covered, styles.body(Col.Kind.COUNT));
            if (cov != null) {
                decimal(row, 6, cov, styles.body(Col.Kind.PERCENT));
            }
            RunPoint.CountyPoint p = before.get(l.code);
            BigDecimal prev = p == null ? null : Rates.percent(p.covered(), p.inScope());
            if (cov != null && prev != null) {
                decimal(row, 7, cov.subtract(prev), styles.change);
            }
            number(row, 8, l.total(0) + l.total(1), styles.body(Col.Kind.COUNT));
            number(row, 9, l.total(0), styles.body(Col.Kind.COUNT));
            number(row, 10, l.total(2), styles.body(Col.Kind.COUNT));
        }
        return r;
    }

    private static void decimal(Row row, int col, BigDecimal value, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellValue(value.doubleValue());
        c.setCellStyle(style);
    }

    private static void group(SXSSFSheet sheet, Row top, Row sub, int h1, int first, String title, Styles styles) {
        header(top, first, title, styles);
        for (int s = 0; s < 3; s++) {
            if (s > 0) {
                header(top, first + s, "", styles);
            }
            header(sub, first + s, STATUS[s], styles);
        }
        sheet.addMergedRegion(new CellRangeAddress(h1, h1, first, first + 2));
    }

    private static void line(Row row, Line l, Styles styles, boolean bold) {
        CellStyle textStyle = bold ? styles.bold(Col.Kind.TEXT) : styles.body(Col.Kind.TEXT);
        CellStyle countStyle = bold ? styles.bold(Col.Kind.COUNT) : styles.body(Col.Kind.COUNT);
        text(row, 0, l.code, textStyle);
        text(row, 1, l.name, textStyle);
        number(row, 2, l.inScope, countStyle);
        number(row, 3, l.memberBase, countStyle);
        number(row, 4, l.covered, countStyle);
        BigDecimal cov = l.coverage();
        if (cov != null) {
            Cell c = row.createCell(COVERAGE_COL);
            c.setCellValue(cov.doubleValue());
            c.setCellStyle(bold ? styles.bold(Col.Kind.PERCENT) : styles.body(Col.Kind.PERCENT));
        }
        for (int s = 0; s < 3; s++) {
            number(row, FIXED.length + s, l.total(s), countStyle);
        }
        for (RuleCode rule : RuleCode.values()) {
            int[] c = l.counts[rule.ordinal()];
            number(row, RULE_COLS_START + rule.ordinal(), c[0] + c[1], countStyle);
        }
    }

    /** A bar per city (county) of the coverage column; the chart refers to the cells and caches their values. */
    private static void chart(SXSSFWorkbook wb, SXSSFSheet sheet, List<Line> lines, int firstLine, int top, String axis,
            String title) {
        List<Line> cities = lines.stream().filter(l -> !l.code.isEmpty()).toList();
        if (cities.isEmpty()) {
            return;
        }
        String[] names = cities.stream().map(l -> l.name).toArray(String[]::new);
        Double[] values = cities.stream().map(l -> l.coverage() == null ? 0.0 : l.coverage().doubleValue()).toArray(Double[]::new);
        int last = firstLine + cities.size() - 1;
        String quoted = "'" + NAME + "'!";
        String catRef = quoted + new CellReference(firstLine, 1, true, true).formatAsString(false) + ":"
                + new CellReference(last, 1, true, true).formatAsString(false);
        String valRef = quoted + new CellReference(firstLine, COVERAGE_COL, true, true).formatAsString(false) + ":"
                + new CellReference(last, COVERAGE_COL, true, true).formatAsString(false);

        // XDDF charts live on the XSSF sheet behind the streaming one.
        XSSFSheet xs = wb.getXSSFWorkbook().getSheet(NAME);
        XSSFDrawing drawing = xs.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, top, 12, top + CHART_ROWS);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        XDDFCategoryAxis cat = chart.createCategoryAxis(AxisPosition.BOTTOM);
        cat.setTitle(axis);
        XDDFValueAxis val = chart.createValueAxis(AxisPosition.LEFT);
        val.setTitle("覆盖率（%）");
        val.setCrosses(AxisCrosses.AUTO_ZERO);
        val.setMinimum(0);
        XDDFChartData data = chart.createData(ChartTypes.BAR, cat, val);
        ((XDDFBarChartData) data).setBarDirection(BarDirection.COL);
        data.setVaryColors(false);
        XDDFChartData.Series series = data.addSeries(
                XDDFDataSourcesFactory.fromArray(names, catRef), XDDFDataSourcesFactory.fromArray(values, valRef));
        series.setTitle("党组织覆盖率（%）", null);
        // Without an explicit fill some viewers (LibreOffice, WPS) draw the bars invisible.
        XDDFShapeProperties shape = new XDDFShapeProperties();
        shape.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(PresetColor.STEEL_BLUE)));
        series.setShapeProperties(shape);
        chart.plot(data);
        var labels = chart.getCTChart().getPlotArea().getBarChartArray(0).getSerArray(0).addNewDLbls();
        labels.addNewShowVal().setVal(true);
        labels.addNewShowLegendKey().setVal(false);
        labels.addNewShowCatName().setVal(false);
        labels.addNewShowSerName().setVal(false);
        labels.addNewShowPercent().setVal(false);
        labels.addNewShowBubbleSize().setVal(false);
    }

    private static void link(SXSSFWorkbook wb, Cell cell, String sheetName) {
        Hyperlink h = wb.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
        h.setAddress(SheetNames.a1(sheetName));
        cell.setHyperlink(h);
    }

    private static void header(Row row, int col, String text, Styles styles) {
        Cell c = row.createCell(col);
        c.setCellValue(text);
        c.setCellStyle(styles.header);
    }

    private static Cell text(Row row, int col, String text, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellValue(text);
        c.setCellStyle(style);
        return c;
    }

    private static void number(Row row, int col, int value, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellValue(value);
        c.setCellStyle(style);
    }
}
