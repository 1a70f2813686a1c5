package cn.xgz.recon.report;

import cn.xgz.recon.common.DisplayWidth;
import cn.xgz.recon.lifecycle.RunPoint;
import cn.xgz.recon.reference.Region;
import cn.xgz.recon.submission.Rates;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;

/**
 * 趋势: per city (per county in a city's workbook) over the latest nightly runs (at most {@link #MAX_NIGHTLY}, this
 * one included) and every half-year period in the history: 党组织覆盖率, findings still open, NEW and RESOLVED. A
 * filterable table, one row per run and area, and beside it the coverage per run and area that the line chart draws.
 */
final class TrendSheet {

    static final String NAME = "趋势";
    static final int MAX_NIGHTLY = 30;
    static final String NIGHTLY = "每日核查";
    static final String HALF_YEAR = "半年报送";
    private static final String[] HEADERS = {"运行日期", "类型", "地区代码", "地区", Labels.COVERAGE, Labels.OPEN_NOW, "新发现", "已销号"};
    /** The chart's data begins one empty column right of the table. */
    private static final int WIDE_FIRST = HEADERS.length + 1;
    private static final int CHART_ROWS = 20;
    /** Distinct line colours, one per city (a city's counties are at most 13). */
    private static final PresetColor[] PALETTE = {PresetColor.STEEL_BLUE, PresetColor.DARK_ORANGE, PresetColor.FOREST_GREEN,
        PresetColor.CRIMSON, PresetColor.MEDIUM_PURPLE, PresetColor.SADDLE_BROWN, PresetColor.HOT_PINK, PresetColor.GRAY,
        PresetColor.OLIVE, PresetColor.DARK_TURQUOISE, PresetColor.NAVY, PresetColor.GOLD, PresetColor.BLACK};

    private TrendSheet() {}

    /** The points the sheet shows, oldest first: earlier runs from the history and this run. */
    static List<RunPoint> points(ReportContext ctx) {
        List<RunPoint> nightly = new ArrayList<>();
        List<RunPoint> halfYears = new ArrayList<>();
        for (RunPoint p : ctx.input().history()) {
            if (!p.runDate().isBefore(ctx.runDate()) && p.nightly()) {
                continue; // this run stands for its date; an older run of the same date is replaced
            }
            (p.nightly() ? nightly : halfYears).add(p);
        }
        nightly.sort(Comparator.comparing(RunPoint::runDate));
        List<RunPoint> kept = new ArrayList<>(nightly.subList(Math.max(0, nightly.size() - (MAX_NIGHTLY - 1)), nightly.size()));
        kept.add(ctx.currentPoint());
        kept.addAll(halfYears);
        kept.sort(Comparator.comparing(RunPoint::runDate).thenComparing(p -> p.nightly() ? 0 : 1));
        return kept;
    }

    /** The areas of a scope: code → name, with the code of every county each one sums. */
    record Area(String code, String name, List<String> counties) {}

    static List<Area> areas(ReportContext ctx, Scope scope) {
        List<Area> areas = new ArrayList<>();
        if (scope.whole()) {
            for (Region city : ctx.regions().cities()) {
                areas.add(new Area(city.code(), city.name(), ctx.regions().counties().stream()
                        .filter(c -> city.code().equals(Region.cityOf(c.code()))).map(Region::code).toList()));
            }
        } else {
            for (Region c : ctx.regions().counties()) {
                if (scope.includesCounty(c.code())) {
                    areas.add(new Area(c.code(), c.name(), List.of(c.code())));
                }
            }
        }
        if (areas.size() > 1) {
            areas.add(new Area("", scope.whole() ? "合计" : scope.label() + "合计",
                    areas.stream().flatMap(a -> a.counties().stream()).toList()));
        }
        return areas;
    }

    static RunPoint.CountyPoint sum(RunPoint p, Area a) {
        RunPoint.CountyPoint s = RunPoint.CountyPoint.ZERO;
        for (String c : a.counties()) {
            RunPoint.CountyPoint x = p.counties().get(c);
            if (x != null) {
                s = s.plus(x);
            }
        }
        return s;
    }

    static String label(RunPoint p) {
        if (p.nightly()) {
            return p.runDate().toString();
        }
        String period = p.halfYear();
        return period.substring(0, 4) + (period.endsWith("H1") ? "年上半年" : "年下半年");
    }

    static void write(SXSSFWorkbook wb, Styles st, ReportContext ctx, Scope scope) {
        SXSSFSheet sheet = wb.createSheet(NAME);
        List<RunPoint> points = points(ctx);
        List<Area> areas = areas(ctx, scope);
        int lastCol = HEADERS.length - 1;
        int r = SheetFrame.top(sheet, st, ctx, scope, NAME + "（最近" + MAX_NIGHTLY + "次每日核查及各半年报送期）", lastCol);
        int header = r++;
        Row h = sheet.createRow(header);
        h.setHeightInPoints(30);
        for (int c = 0; c < HEADERS.length; c++) {
            text(h, c, HEADERS[c], st.header);
        }
        text(h, WIDE_FIRST, "覆盖率（%）", st.header);
        for (int a = 0; a < areas.size(); a++) {
            text(h, WIDE_FIRST + 1 + a, areas.get(a).name(), st.header);
        }
        // Rows hold the long table (points × areas) and, in their first rows, the chart's data (one per point).
        int longRows = points.size() * areas.size();
        int rows = Math.max(longRows, points.size());
        for (int i = 0; i < rows; i++) {
            Row row = sheet.createRow(r + i);
            if (i < longRows) {
                RunPoint p = points.get(i / areas.size());
                Area a = areas.get(i % areas.size());
                RunPoint.CountyPoint s = sum(p, a);
                boolean total = a.code().isEmpty();
                text(row, 0, label(p), style(st, Col.Kind.TEXT, total));
                text(row, 1, p.nightly() ? NIGHTLY : HALF_YEAR + "（" + p.runDate() + "运行）", style(st, Col.Kind.TEXT, total));
                text(row, 2, a.code(), style(st, Col.Kind.TEXT, total));
                text(row, 3, a.name(), style(st, Col.Kind.TEXT, total));
                BigDecimal cov = Rates.percent(s.covered(), s.inScope());
                if (cov != null) {
                    number(row, 4, cov.doubleValue(), style(st, Col.Kind.PERCENT, total));
                }
                number(row, 5, s.open(), style(st, Col.Kind.COUNT, total));
                number(row, 6, s.newFindings(), style(st, Col.Kind.COUNT, total));
                number(row, 7, s.resolved(), style(st, Col.Kind.COUNT, total));
            }
            if (i < points.size()) {
                RunPoint p = points.get(i);
                text(row, WIDE_FIRST, label(p), st.body(Col.Kind.TEXT));
                for (int a = 0; a < areas.size(); a++) {
                    RunPoint.CountyPoint s = sum(p, areas.get(a));
                    BigDecimal cov = Rates.percent(s.covered(), s.inScope());
                    if (cov != null) {
                        number(row, WIDE_FIRST + 1 + a, cov.doubleValue(), st.body(Col.Kind.PERCENT));
                    }
                }
            }
        }
        int[] widths = {12, 16, 10, 12, 12, 10, 8, 8};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, DisplayWidth.poiWidth(widths[c], 40));
        }
        sheet.setColumnWidth(WIDE_FIRST, DisplayWidth.poiWidth(12, 40));
        for (int a = 0; a < areas.size(); a++) {
            sheet.setColumnWidth(WIDE_FIRST + 1 + a, DisplayWidth.poiWidth(Math.max(8, DisplayWidth.of(areas.get(a).name())), 40));
        }
        sheet.setAutoFilter(new CellRangeAddress(header, Math.max(header, r + longRows - 1), 0, lastCol));
        SheetFrame.finishLayout(sheet, header, header, 0);
        chart(wb, sheet, areas, points, header + 1, r + points.size() + 1, scope);
    }

    /** One line per area (without the total when there are several), over the runs in order. */
    private static void chart(SXSSFWorkbook wb, SXSSFSheet sheet, List<Area> areas, List<RunPoint> points, int first,
            int top, Scope scope) {
        int last = first + points.size() - 1;
        String q = "'" + NAME + "'!";
        String[] labels = points.stream().map(TrendSheet::label).toArray(String[]::new);
        String catRef = q + ref(first, WIDE_FIRST) + ":" + ref(last, WIDE_FIRST);
        XSSFDrawing drawing = wb.getXSSFWorkbook().getSheet(NAME).createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, WIDE_FIRST, top, WIDE_FIRST + 12, top + CHART_ROWS);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText((scope.whole() ? "各地市" : scope.label() + "各县（市、区）") + "党组织覆盖率趋势（%）");
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis cat = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis val = chart.createValueAxis(AxisPosition.LEFT);
        val.setCrosses(AxisCrosses.AUTO_ZERO);
        val.setTitle("覆盖率（%）");
        XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, cat, val);
        for (int a = 0; a < areas.size(); a++) {
            Area area = areas.get(a);
            if (area.code().isEmpty() && areas.size() > 1) {
                continue;
            }
            int col = WIDE_FIRST + 1 + a;
            Double[] values = points.stream().map(p -> {
                RunPoint.CountyPoint s = sum(p, area);
                BigDecimal cov = Rates.percent(s.covered(), s.inScope());
                return cov == null ? null : cov.doubleValue();
            }).toArray(Double[]::new);
            var series = (XDDFLineChartData.Series) data.addSeries(XDDFDataSourcesFactory.fromArray(labels, catRef),
                    XDDFDataSourcesFactory.fromArray(values, q + ref(first, col) + ":" + ref(last, col)));
            series.setTitle(area.name(), null);
            series.setSmooth(false);
            // A single run is one point: a marker makes it visible where a line needs two.
            series.setMarkerStyle(MarkerStyle.CIRCLE);
            // Without explicit line properties LibreOffice and WPS draw the markers only.
            XDDFLineProperties line = new XDDFLineProperties();
            line.setWidth(1.75);
            line.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(PALETTE[a % PALETTE.length])));
            XDDFShapeProperties shape = new XDDFShapeProperties();
            shape.setLineProperties(line);
            series.setShapeProperties(shape);
        }
        chart.plot(data);
    }

    private static String ref(int row, int col) {
        return new CellReference(row, col, true, true).formatAsString(false);
    }

    private static CellStyle style(Styles st, Col.Kind kind, boolean total) {
        return total ? st.bold(kind) : st.body(kind);
    }

    private static void text(Row row, int col, String v, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellValue(v);
        c.setCellStyle(style);
    }

    private static void number(Row row, int col, double v, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellValue(v);
        c.setCellStyle(style);
    }
}
