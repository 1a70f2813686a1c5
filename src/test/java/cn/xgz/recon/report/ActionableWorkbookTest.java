package cn.xgz.recon.report;

import static cn.xgz.recon.report.GapWorkbookWriterTest.cell;
import static cn.xgz.recon.report.GapWorkbookWriterTest.dataRows;
import static cn.xgz.recon.report.GapWorkbookWriterTest.headerRow;
import static cn.xgz.recon.report.GapWorkbookWriterTest.headers;
import static cn.xgz.recon.report.GapWorkbookWriterTest.read;
import static cn.xgz.recon.report.GapWorkbookWriterTest.sheetNames;
import static org.assertj.core.api.Assertions.assertThat;

import cn.xgz.recon.lifecycle.RunPoint;
import cn.xgz.recon.reference.Region;
import cn.xgz.recon.rules.Finding;
import cn.xgz.recon.rules.FindingStatus;
import cn.xgz.recon.rules.RuleCode;
import cn.xgz.recon.rules.SubjectType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an office needs to act: counties ranked, a task list, the trend, why findings closed, workbooks it can open. */
class ActionableWorkbookTest {

    static final String CANGSHAN = "350104"; // 福州市仓山区

    @TempDir
    Path dir;

    private final GapWorkbookWriter writer = new GapWorkbookWriter();

    /** An earlier nightly run where 思明区 covered 4 of 20 and 鼓楼区 12 of 100, and a half-year point. */
    static List<RunPoint> history() {
        Map<String, RunPoint.CountyPoint> before = new HashMap<>();
        before.put(Fixtures.SIMING, new RunPoint.CountyPoint(20, 4, 3, 1, 0));
        before.put(Fixtures.GULOU, new RunPoint.CountyPoint(100, 12, 5, 5, 0));
        return List.of(new RunPoint(LocalDate.of(2025, 7, 3), "2025H1", before),
                new RunPoint(LocalDate.of(2025, 7, 3), null, before),
                new RunPoint(Fixtures.RUN.minusDays(1), null, before));
    }

    static GapReportInput withHistory(boolean reveal) {
        return Fixtures.sample(reveal).with(history(), EntityContacts.of(Map.of(Fixtures.uscc(Fixtures.GULOU, 2), "福州市鼓楼区示例路1号")));
    }

    /** The row index of the first cell holding exactly {@code text} in column 0, or -1. */
    static int rowOf(Sheet s, String prefix) {
        for (Row r : s) {
            Cell c = r.getCell(0);
            if (c != null && c.toString().startsWith(prefix)) {
                return r.getRowNum();
            }
        }
        return -1;
    }

    static String text(Sheet s, int row, int col) {
        Row r = s.getRow(row);
        Cell c = r == null ? null : r.getCell(col);
        return c == null ? "" : new DataFormatter().formatCellValue(c);
    }

    @Nested
    class Counties {

        @Test
        void provinceSummaryRanksEveryCountyByCoverageWithTheChangeSinceTheLastRun() throws IOException {
            try (XSSFWorkbook wb = read(writer.writeJurisdiction(withHistory(false), dir))) {
                Sheet s = wb.getSheet("汇总");
                int title = rowOf(s, SummarySheet.RANKING_TITLE);
                assertThat(title).isPositive();
                assertThat(text(s, title, 0)).contains(Fixtures.RUN.minusDays(1).toString());
                int header = title + 1;
                assertThat(text(s, header, 0)).isEqualTo("排名");
                assertThat(text(s, header, 7)).isEqualTo("较上次运行变化");
                int counties = Fixtures.REGIONS.counties().size();
                assertThat(s.getLastRowNum() - header).isEqualTo(counties);
                // 思明区 25.0 % (5 of 20) before 鼓楼区 12.0 % (12 of 100); the others have no entities and no rank.
                assertThat(text(s, header + 1, 0)).isEqualTo("1");
                assertThat(text(s, header + 1, 2)).isEqualTo("思明区");
                assertThat(text(s, header + 1, 6)).isEqualTo("25.0");
                assertThat(text(s, header + 1, 7)).isEqualTo("+5.0");
                assertThat(text(s, header + 2, 2)).isEqualTo("鼓楼区");
                assertThat(text(s, header + 2, 0)).isEqualTo("2");
                assertThat(text(s, header + 2, 7)).isEqualTo("0.0");
                assertThat(text(s, header + 3, 0)).isEmpty();
                // 鼓楼区: R01, R02, R03 ×2, R04, R09, R10, R13 open; 思明区's open ones are counted on its own line.
                assertThat(text(s, header + 2, 8)).isEqualTo("8");
            }
        }

        @Test
        void withoutAnEarlierRunTheChangeIsBlankAndSaysWhy() throws IOException {
            try (XSSFWorkbook wb = read(writer.writeJurisdiction(Fixtures.sample(false), dir))) {
                Sheet s = wb.getSheet("汇总");
                int title = rowOf(s, SummarySheet.RANKING_TITLE);
                assertThat(text(s, title, 0)).contains("尚无上次运行");
                assertThat(text(s, title + 2, 7)).isEmpty();
            }
        }

        @Test
        void cityWorkbookSummarisesAndChartsPerCountyOfTheCity() throws IOException {
            Region fuzhou = Fixtures.REGIONS.find("350100").orElseThrow();
            List<Region> counties = Fixtures.REGIONS.counties().stream().filter(c -> c.code().startsWith("3501")).toList();
            try (XSSFWorkbook wb = read(writer.writeCity(withHistory(false), fuzhou.code(), dir))) {
                XSSFSheet s = wb.getSheet("汇总");
                int header = headerRow(s);
                assertThat(text(s, header - 1, 1)).isEqualTo("县（市、区）");
                for (int i = 0; i < counties.size(); i++) {
                    assertThat(text(s, header + 1 + i, 1)).isEqualTo(counties.get(i).name());
                }
                assertThat(text(s, header + 1 + counties.size(), 1)).isEqualTo("福州市合计");
                XSSFChart chart = s.getDrawingPatriarch().getCharts().get(0);
                assertThat(chart.getTitleText().getString()).isEqualTo("福州市各县（市、区）党组织覆盖率（%）");
                assertThat(chart.getChartSeries().get(0).getSeries(0).getCategoryData().getPointCount()).isEqualTo(counties.size());
                int ranking = rowOf(s, SummarySheet.RANKING_TITLE);
                assertThat(s.getLastRowNum() - ranking - 1).isEqualTo(counties.size());
            }
        }
    }

    @Nested
    class Tasks {

        private List<Finding> expected(GapReportInput in) {
            return in.findings().stream().filter(TaskSheet::actionable).toList();
        }

        @Test
        void holdsEveryOpenActionableFindingOrderedByCountyOfficeAndSeverity() throws IOException {
            GapReportInput in = withHistory(false);
            try (XSSFWorkbook wb = read(writer.writeJurisdiction(in, dir))) {
                Sheet s = wb.getSheet(TaskSheet.NAME);
                assertThat(dataRows(s)).isEqualTo(expected(in).size()).isEqualTo(8);
                List<String> order = new ArrayList<>();
                for (int i = 0; i < dataRows(s); i++) {
                    order.add(cell(s, i, "县（市、区）") + " " + cell(s, i, "严重程度") + " " + cell(s, i, "规则"));
                }
                assertThat(order).containsExactly("鼓楼区 高 R01", "鼓楼区 高 R02", "鼓楼区 中 R03", "鼓楼区 中 R03", "鼓楼区 低 R13",
                        "思明区 高 R07", "思明区 中 R03", "思明区 低 R08");
                assertThat(headers(s)).containsSubsequence("住所", "法定代表人（经营者）", "需办理事项", "核查结论");
                assertThat(cell(s, 2, "住所")).isEqualTo("福州市鼓楼区示例路1号");
                assertThat(cell(s, 2, "法定代表人（经营者）")).isEqualTo("王**");
                assertThat(cell(s, 2, "市场监管所")).isEqualTo("350102市场监管所");
                assertThat(cell(s, 0, "需办理事项")).contains("鼓楼示例农贸市场");
                assertThat(cell(s, 0, "核查结论")).isEmpty();
            }
        }

        @Test
        void showsTheLegalRepresentativeInFullOnlyWhenTold() throws IOException {
            try (XSSFWorkbook wb = read(writer.writeJurisdiction(withHistory(true), dir))) {
                assertThat(cell(wb.getSheet(TaskSheet.NAME), 2, "法定代表人（经营者）")).isEqualTo("王小明");
            }
        }

        @Test
        void cityWorkbookHoldsItsCitysTasks() throws IOException {
            GapReportInput in = withHistory(false);
            try (XSSFWorkbook wb = read(writer.writeCity(in, "350200", dir))) {
                assertThat(dataRows(wb.getSheet(TaskSheet.NAME)))
                        .isEqualTo(expected(in).stream().filter(f -> "350200".equals(f.cityCode())).count()).isEqualTo(3);
            }
        }
    }

    @Nested
    class Trend {

        @Test
        void theFirstRunShowsOnePointPerArea() throws IOException {
            try (XSSFWorkbook wb = read(writer.writeJurisdiction(Fixtures.sample(false), dir))) {
                XSSFSheet s = wb.getSheet(TrendSheet.NAME);
                int areas = Fixtures.REGIONS.cities().size() + 1;
                assertThat(dataRows(s)).isEqualTo(areas);
                assertThat(cell(s, 0, "运行日期")).isEqualTo("2025-09-30");
                XSSFChart chart = s.getDrawingPatriarch().getCharts().get(0);
                assertThat(chart.getCTChart().getPlotArea().getLineChartList()).hasSize(1);
                assertThat(chart.getChartSeries().get(0).getSeriesCount()).isEqualTo(Fixtures.REGIONS.cities().size());
                assertThat(chart.getChartSeries().get(0).getSeries(0).getCategoryData().getPointCount()).isEqualTo(1);
            }
        }

        @Test
        void showsEveryRunOfTheHistoryAndTheHalfYearsThenThisRun() throws IOException {
            try (XSSFWorkbook wb = read(writer.writeJurisdiction(withHistory(false), dir))) {
                XSSFSheet s = wb.getSheet(TrendSheet.NAME);
                int areas = Fixtures.REGIONS.cities().size() + 1;
                assertThat(dataRows(s)).isEqualTo(4 * areas);
                List<String> dates = new ArrayList<>();
                for (int p = 0; p < 4; p++) {
                    dates.add(cell(s, p * areas, "运行日期") + "/" + cell(s, p * areas, "类型"));
                }
                assertThat(dates).containsExactly("2025-07-03/每日核查", "2025年上半年/半年报送（2025-07-03运行）",
                        "2025-09-29/每日核查", "2025-09-30/每日核查");
                // 厦门市 in the last point: 5 of 20 covered; its open findings now.
                int xiamen = Fixtures.REGIONS.cities().stream().map(Region::code).toList().indexOf("350200");
                assertThat(cell(s, 3 * areas + xiamen, "地区")).isEqualTo("厦门市");
                assertThat(cell(s, 3 * areas + xiamen, Labels.COVERAGE)).isEqualTo("25.0");
                assertThat(cell(s, 2 * areas + xiamen, Labels.COVERAGE)).isEqualTo("20.0");
                assertThat(s.getDrawingPatriarch().getCharts().get(0).getChartSeries().get(0).getSeries(0)
                        .getCategoryData().getPointCount()).isEqualTo(4);
            }
        }

        @Test
        void keepsTheLatestThirtyNightlyRuns() throws IOException {
            List<RunPoint> many = new ArrayList<>();
            for (int i = 40; i >= 1; i--) {
                many.add(new RunPoint(Fixtures.RUN.minusDays(i), null, Map.of()));
            }
            GapReportInput in = Fixtures.sample(false).with(many, EntityContacts.NONE);
            try (XSSFWorkbook wb = read(writer.writeCounty(in, Fixtures.GULOU, dir))) {
                XSSFSheet s = wb.getSheet(TrendSheet.NAME);
                assertThat(dataRows(s)).isEqualTo(30);
                assertThat(cell(s, 0, "运行日期")).isEqualTo(Fixtures.RUN.minusDays(29).toString());
            }
        }
    }

    @Test
    void resolvedFindingsSayWhyTheyClosed() throws IOException {
        List<Finding> findings = new ArrayList<>(Fixtures.sample(false).findings());
        findings.add(Fixtures.finding(RuleCode.R09, SubjectType.ORG, "D0009", "中共示例支部", Fixtures.GULOU, null, 1, null,
                FindingStatus.RESOLVED, Fixtures.RUN.minusDays(3)));
        try (XSSFWorkbook wb = read(writer.writeJurisdiction(Fixtures.withFindings(Fixtures.sample(false), findings), dir))) {
            Sheet s = wb.getSheet(OtherSheets.RESOLVED);
            Map<String, String> reasons = new HashMap<>();
            for (int i = 0; i < dataRows(s); i++) {
                reasons.put(cell(s, i, "规则"), cell(s, i, "销号原因"));
            }
            assertThat(reasons).containsEntry("R06", "年报党员数与党员名册已一致（年报2人）")
                    .containsEntry("R13", "已补报2024年度年报")
                    .containsEntry("R09", "数据中不再出现");
        }
    }

    @Nested
    class ProvinceScale {

        /** 300 unfiled reports in each of two 福州 counties: too many for a small cap in the province workbook. */
        private GapReportInput mass() {
            List<Finding> findings = new ArrayList<>(Fixtures.sample(false).findings());
            findings.addAll(Fixtures.manyR13(300, Fixtures.GULOU));
            findings.addAll(Fixtures.manyR13(300, CANGSHAN));
            findings.sort(Finding.CSV_ORDER);
            return Fixtures.withFindings(Fixtures.sample(false), findings);
        }

        @Test
        void aRulePastTheCapIsCountedPerCountyWithAPointerAndListedInFullPerCounty() throws IOException {
            GapWorkbookWriter capped = new GapWorkbookWriter(GapWorkbookWriter.EXCEL_MAX_ROWS, 64, false, 700);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Path> written;
            try {
                written = capped.writeAll(mass(), dir, pool);
            } finally {
                pool.shutdownNow();
            }
            Path gulou = dir.resolve("by-county/350102-鼓楼区.xlsx");
            assertThat(written).contains(gulou, dir.resolve("by-county/350104-仓山区.xlsx"), dir.resolve("by-county/350203-思明区.xlsx"));
            try (XSSFWorkbook wb = read(dir.resolve(GapWorkbookWriter.fileName(Fixtures.RUN)))) {
                Sheet r13 = wb.getSheet(RuleCode.R13.sheetTitle());
                assertThat(headers(r13)).containsExactly("县级区划代码", "县（市、区）", "地市", "新发现", "持续", "已销号", "合计", "完整清单");
                assertThat(dataRows(r13)).isEqualTo(3);
                assertThat(cell(r13, 0, "县（市、区）")).isEqualTo("鼓楼区");
                assertThat(cell(r13, 0, "新发现")).isEqualTo("301");
                assertThat(cell(r13, 0, "完整清单")).isEqualTo("by-county/350102-鼓楼区.xlsx");
                // The task list and 已销号 leave the counted rule out; the other rules stay listed.
                Sheet tasks = wb.getSheet(TaskSheet.NAME);
                for (int i = 0; i < dataRows(tasks); i++) {
                    assertThat(cell(tasks, i, "规则")).isNotEqualTo("R13");
                }
                assertThat(dataRows(tasks)).isEqualTo(7);
                assertThat(dataRows(wb.getSheet(RuleCode.R03.sheetTitle()))).isEqualTo(3);
                assertThat(totalDataRows(wb)).isLessThanOrEqualTo(700);
            }
            try (XSSFWorkbook wb = read(gulou)) {
                assertThat(dataRows(wb.getSheet(RuleCode.R13.sheetTitle()))).isEqualTo(301);
                assertThat(headers(wb.getSheet(RuleCode.R13.sheetTitle()))).contains("主体名称");
                assertThat(dataRows(wb.getSheet(TaskSheet.NAME))).isEqualTo(5 + 300);
                assertThat(sheetNames(wb)).startsWith("汇总", "趋势", "任务清单");
            }
        }

        @Test
        void namesMatchedExactlyDoNotCountAgainstTheCap() throws IOException {
            // Exact matches appear on no sheet: a province's half a million of them must not turn every list into counts.
            GapWorkbookWriter capped = new GapWorkbookWriter(GapWorkbookWriter.EXCEL_MAX_ROWS, 64, false, 700);
            GapReportInput in = Fixtures.withExactMatches(mass(), 5_000);
            try (XSSFWorkbook wb = read(capped.writeCounty(in, Fixtures.GULOU, dir))) {
                assertThat(dataRows(wb.getSheet(RuleCode.R13.sheetTitle()))).isEqualTo(301);
                assertThat(headers(wb.getSheet(RuleCode.R13.sheetTitle()))).contains("主体名称");
                assertThat(dataRows(wb.getSheet(TaskSheet.NAME))).isEqualTo(5 + 300);
            }
        }

        @Test
        void withoutACapEverythingIsListed() throws IOException {
            try (XSSFWorkbook wb = read(writer.writeJurisdiction(mass(), dir))) {
                assertThat(dataRows(wb.getSheet(RuleCode.R13.sheetTitle()))).isEqualTo(602);
            }
            assertThat(Files.exists(dir.resolve("by-county"))).isFalse();
        }

        private long totalDataRows(XSSFWorkbook wb) {
            long rows = 0;
            for (Sheet s : wb) {
                if (!s.getSheetName().equals("汇总")) {
                    rows += dataRows(s);
                }
            }
            return rows;
        }
    }
}
