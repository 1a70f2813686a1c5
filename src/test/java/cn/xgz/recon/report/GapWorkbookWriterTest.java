package cn.xgz.recon.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xgz.recon.rules.Finding;
import cn.xgz.recon.rules.FindingStatus;
import cn.xgz.recon.rules.RuleCode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class GapWorkbookWriterTest {

    @TempDir
    Path dir;

    private final GapWorkbookWriter writer = new GapWorkbookWriter();

    static XSSFWorkbook read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    static List<String> sheetNames(XSSFWorkbook wb) {
        List<String> names = new ArrayList<>();
        wb.forEach(s -> names.add(s.getSheetName()));
        return names;
    }

    /** The (last) header row: the end of the rows repeated on every printed page. */
    static int headerRow(Sheet s) {
        return s.getRepeatingRows().getLastRow();
    }

    static List<String> headers(Sheet s) {
        Row h = s.getRow(headerRow(s));
        List<String> out = new ArrayList<>();
        h.forEach(c -> out.add(c.getStringCellValue()));
        return out;
    }

    static int dataRows(Sheet s) {
        return s.getLastRowNum() - headerRow(s);
    }

    /** The cell under a header, as displayed. */
    static String cell(Sheet s, int dataRow, String header) {
        int col = headers(s).indexOf(header);
        assertThat(col).as("column %s on %s", header, s.getSheetName()).isNotNegative();
        Cell c = s.getRow(headerRow(s) + 1 + dataRow).getCell(col);
        return c == null ? "" : new DataFormatter().formatCellValue(c);
    }

    private XSSFWorkbook writeSample(boolean revealPii) throws IOException {
        return read(writer.writeJurisdiction(Fixtures.sample(revealPii), dir));
    }

    @Test
    void namesTheWorkbookAfterTheRunDate() throws IOException {
        Path p = writer.writeJurisdiction(Fixtures.sample(false), dir);
        assertThat(p.getFileName().toString()).isEqualTo("gap-report-20250930.xlsx");
        assertThat(dir.resolve(".gap-report-20250930.xlsx.tmp")).doesNotExist();
    }

    @Test
    void putsSheetsInTheContractOrder() throws IOException {
        try (XSSFWorkbook wb = writeSample(false)) {
            List<String> expected = new ArrayList<>();
            expected.addAll(List.of("汇总", "趋势", "任务清单"));
            for (RuleCode r : RuleCode.values()) {
                expected.add(r.sheetTitle());
            }
            expected.addAll(List.of("联建建议", "专业市场台账", "已销号", "数据质量", "核查进度", "匹配说明"));
            assertThat(sheetNames(wb)).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void leavesOutRulesWithoutFindings() throws IOException {
        GapReportInput in = Fixtures.sample(false);
        List<Finding> onlyR03 = in.findings().stream().filter(f -> f.rule() == RuleCode.R03).toList();
        try (XSSFWorkbook wb = read(writer.writeJurisdiction(Fixtures.withFindings(in, onlyR03), dir))) {
            assertThat(sheetNames(wb)).containsExactly("汇总", "趋势", "任务清单", RuleCode.R03.sheetTitle(), "联建建议", "专业市场台账", "已销号",
                    "数据质量", "核查进度", "匹配说明");
        }
    }

    @ParameterizedTest
    @EnumSource(RuleCode.class)
    void ruleSheetHasOneRowPerFindingOfTheRule(RuleCode rule) throws IOException {
        GapReportInput in = Fixtures.sample(false);
        long expected = in.findings().stream().filter(f -> f.rule() == rule).count();
        try (XSSFWorkbook wb = writeSample(false)) {
            assertThat(dataRows(wb.getSheet(rule.sheetTitle()))).isEqualTo(expected);
        }
    }

    @ParameterizedTest
    @EnumSource(RuleCode.class)
    void everyRuleSheetShowsStatusFirstSeenAndDaysOpen(RuleCode rule) throws IOException {
        try (XSSFWorkbook wb = writeSample(false)) {
            assertThat(headers(wb.getSheet(rule.sheetTitle()))).contains("县（市、区）", "地市", "状态", "首次发现", "未销号天数", "说明");
        }
    }

    @Test
    void entitySheetShowsTheFiguresBehindTheFinding() throws IOException {
        try (XSSFWorkbook wb = writeSample(false)) {
            Sheet s = wb.getSheet(RuleCode.R02.sheetTitle());
            assertThat(headers(s)).startsWith("主体名称", "统一社会信用代码", "县（市、区）", "地市", "市场监管所", "所在市场",
                    "名册党员数", "其中正式党员", "年报党员数", "党员底数");
            assertThat(cell(s, 0, "县（市、区）")).isEqualTo("鼓楼区");
            assertThat(cell(s, 0, "地市")).isEqualTo("福州市");
            assertThat(cell(s, 0, "所在市场")).isEqualTo("鼓楼示例农贸市场（SC350102001）");
            assertThat(cell(s, 0, "其中正式党员")).isEqualTo("3");
            assertThat(cell(s, 0, "年报党员数")).isEqualTo("2");
            assertThat(cell(s, 0, "依据")).isEqualTo("党员名册（正式党员满3名）");
            assertThat(cell(s, 0, "状态")).isEqualTo("持续");
            assertThat(cell(s, 0, "首次发现")).isEqualTo("2025-09-20");
            assertThat(cell(s, 0, "未销号天数")).isEqualTo("10");
        }
    }

    @Test
    void personSheetShowsHowTheWorkplaceWasMatched() throws IOException {
        try (XSSFWorkbook wb = writeSample(false)) {
            Sheet s = wb.getSheet(RuleCode.R04.sheetTitle());
            assertThat(cell(s, 0, "姓名")).isEqualTo("张*");
            assertThat(cell(s, 0, "单位匹配方式")).isEqualTo("名称模糊匹配");
            assertThat(cell(s, 0, "匹配得分")).isEqualTo("0.925");
            assertThat(cell(s, 0, "匹配到的经营主体")).isEqualTo(Fixtures.FORMULA_NAME);
            assertThat(cell(s, 0, "依据")).isEqualTo("自报党员但不在党员名册");
            assertThat(cell(s, 0, "状态")).isEqualTo("新发现");
        }
    }

    @Test
    void unresolvedNameSheetListsTheCandidates() throws IOException {
        try (XSSFWorkbook wb = writeSample(false)) {
            Sheet s = wb.getSheet(RuleCode.R12.sheetTitle());
            assertThat(cell(s, 0, "无法匹配的名称")).isEqualTo("思明示例贸易公司");
            assertThat(cell(s, 0, "原因")).isEqualTo("多个登记主体名称同样接近，无法确定");
            assertThat(cell(s, 0, "候选主体")).contains("厦门思明示例贸易有限公司（" + Fixtures.uscc(Fixtures.SIMING, 3) + "，相似度0.900）");
            assertThat(cell(s, 1, "对象类型")).isEqualTo("党组织");
            assertThat(cell(s, 1, "无法匹配的名称")).isEqualTo("不存在的示例商行");
        }
    }

    @Test
    void stationSheetSplitsThePlatformFromTheStation() throws IOException {
        try (XSSFWorkbook wb = writeSample(false)) {
            Sheet s = wb.getSheet(RuleCode.R10.sheetTitle());
            assertThat(cell(s, 0, "平台")).isEqualTo("美团");
            assertThat(cell(s, 0, "站点编号")).isEqualTo("ST001");
        }
    }

    @Test
    void resolvedSheetHoldsTheResolvedFindingsOfEveryRule() throws IOException {
        GapReportInput in = Fixtures.sample(false);
        try (XSSFWorkbook wb = writeSample(false)) {
            Sheet s = wb.getSheet("已销号");
            long resolved = in.findings().stream().filter(f -> f.status() == FindingStatus.RESOLVED).count();
            assertThat(dataRows(s)).isEqualTo(resolved).isPositive();
            assertThat(cell(s, 0, "规则")).isEqualTo("R06");
            assertThat(cell(s, 0, "状态")).isEqualTo("已销号");
            assertThat(cell(s, 0, "销号日期")).isEqualTo("2025-09-30");
        }
    }

    @Test
    void proposalSheetHasOneRowPerUnitGroupedByProposal() throws IOException {
        try (XSSFWorkbook wb = writeSample(false)) {
            Sheet s = wb.getSheet("联建建议");
            assertThat(dataRows(s)).isEqualTo(3);
            assertThat(cell(s, 0, "建议编号")).isEqualTo("LJ-350102-0001");
            assertThat(cell(s, 1, "建议编号")).isEqualTo("LJ-350102-0001");
            assertThat(cell(s, 1, "单位序号")).isEqualTo("2");
            assertThat(cell(s, 0, "县（市、区）")).as("a market group's county is its market's").isEqualTo("鼓楼区");
            assertThat(cell(s, 2, "联建方式")).isEqualTo("暂不具备联建条件");
            assertThat(cell(s, 2, "单位名称")).isEqualTo("厦门思明示例餐饮店");
            assertThat(cell(s, 2, "建议")).isEqualTo("暂不具备联建条件，建议纳入流动党员党支部或挂靠建");
            assertThat(cell(s, 2, "行业门类")).isEqualTo("F 批发和零售业");
        }
    }

    @Test
    void marketSheetShowsLedgerTradersAndCoverage() throws IOException {
        try (XSSFWorkbook wb = writeSample(false)) {
            Sheet s = wb.getSheet("专业市场台账");
            assertThat(dataRows(s)).isEqualTo(2);
            assertThat(cell(s, 0, "经营户数量（台账）")).isEqualTo("120");
            assertThat(cell(s, 0, "场内登记经营主体数")).isEqualTo("3");
            assertThat(cell(s, 0, "是否已建党组织")).isEqualTo("否");
            assertThat(cell(s, 1, "开办者登记状态")).isEqualTo("未登记");
            assertThat(cell(s, 1, "覆盖党组织代码")).isEqualTo("D0001");
        }
    }

    @Test
    void qualitySheetListsRejectsNotesAndUnresolvedNames() throws IOException {
        try (XSSFWorkbook wb = writeSample(false)) {
            Sheet s = wb.getSheet("数据质量");
            List<String> kinds = new ArrayList<>();
            for (int i = 0; i < dataRows(s); i++) {
                kinds.add(cell(s, i, "类别"));
            }
            assertThat(kinds).containsExactly("拒收记录", "所在市场编号不在台账中", "党员工作单位无法匹配", "党组织覆盖单位名称无法匹配");
            assertThat(cell(s, 0, "数量")).isEqualTo("3");
            assertThat(cell(s, 0, "说明")).isEqualTo("统一社会信用代码校验位错误");
            assertThat(cell(s, 1, "行号")).isEqualTo("17");
            assertThat(cell(s, 2, "候选主体")).contains("厦门思明示例餐饮店");
        }
    }

    @Nested
    class Layout {

        @Test
        void everySheetHasFrozenHeaderFilterAndPrintSetup() throws IOException {
            try (XSSFWorkbook wb = writeSample(false)) {
                for (Sheet s : wb) {
                    XSSFSheet xs = (XSSFSheet) s;
                    int header = headerRow(s);
                    PaneInformation pane = s.getPaneInformation();
                    assertThat(pane).as(s.getSheetName()).isNotNull();
                    assertThat(pane.isFreezePane()).isTrue();
                    assertThat((int) pane.getHorizontalSplitPosition()).as(s.getSheetName()).isEqualTo(header + 1);
                    assertThat(xs.getCTWorksheet().isSetAutoFilter()).as(s.getSheetName()).isTrue();
                    assertThat(s.getPrintSetup().getLandscape()).isTrue();
                    assertThat(s.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
                    assertThat(s.getPrintSetup().getFitHeight()).isZero();
                    assertThat(s.getFitToPage()).isTrue();
                }
            }
        }

        @Test
        void everySheetNamesTheRunDateAndTheSourcesDates() throws IOException {
            try (XSSFWorkbook wb = writeSample(false)) {
                for (Sheet s : wb) {
                    String dates = s.getRow(1).getCell(0).getStringCellValue();
                    assertThat(dates).as(s.getSheetName())
                            .contains("运行日期 2025-09-30", "经营主体登记信息 2025-09-29", "党员信息 2025-09-28", "网约配送员登记 未提供");
                }
            }
        }

        @Test
        void chineseColumnsAreWiderThanCodeColumns() throws IOException {
            try (XSSFWorkbook wb = writeSample(false)) {
                Sheet s = wb.getSheet(RuleCode.R03.sheetTitle());
                int name = headers(s).indexOf("主体名称");
                int days = headers(s).indexOf("未销号天数");
                // 福州鼓楼示例茶叶店: 9 CJK characters are 18 units; a unit is 256.
                assertThat(s.getColumnWidth(name)).isGreaterThanOrEqualTo(18 * 256);
                assertThat(s.getColumnWidth(days)).isLessThan(s.getColumnWidth(name));
            }
        }

        @ParameterizedTest
        @ValueSource(booleans = {true, false})
        void bannerOnEverySheetExactlyWhenPersonalDataIsRevealed(boolean reveal) throws IOException {
            try (XSSFWorkbook wb = writeSample(reveal)) {
                for (Sheet s : wb) {
                    String first = s.getRow(0).getCell(0).getStringCellValue();
                    assertThat(first.equals("内部资料 注意保密")).as(s.getSheetName()).isEqualTo(reveal);
                    assertThat(s.getHeader().getCenter()).isEqualTo(reveal ? "内部资料 注意保密" : "");
                }
            }
        }

        @Test
        void noCellHoldsAFormulaAndInputTextStaysText() throws IOException {
            try (XSSFWorkbook wb = writeSample(false)) {
                int formulaLike = 0;
                for (Sheet s : wb) {
                    for (Row r : s) {
                        for (Cell c : r) {
                            assertThat(c.getCellType()).as("%s!%s", s.getSheetName(), c.getAddress()).isNotEqualTo(CellType.FORMULA);
                            if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals(Fixtures.FORMULA_NAME)) {
                                formulaLike++;
                            }
                        }
                    }
                }
                assertThat(formulaLike).as("the formula-like name is shown as text").isGreaterThanOrEqualTo(2);
            }
        }
    }

    @Nested
    class Summary {

        @Test
        void hasABarChartOfCoveragePerCity() throws IOException {
            try (XSSFWorkbook wb = writeSample(false)) {
                XSSFSheet s = wb.getSheet("汇总");
                List<XSSFChart> charts = s.getDrawingPatriarch().getCharts();
                assertThat(charts).hasSize(1);
                XSSFChart chart = charts.get(0);
                assertThat(chart.getTitleText().getString()).isEqualTo("各地市党组织覆盖率（%）");
                assertThat(chart.getCTChart().getPlotArea().getBarChartList()).hasSize(1);
                var series = chart.getChartSeries().get(0).getSeries(0);
                assertThat(series.getCategoryData().getPointCount()).isEqualTo(Fixtures.REGIONS.cities().size());
                assertThat(series.getCategoryData().getDataRangeReference()).startsWith("'汇总'!$B$");
                assertThat(series.getValuesData().getPointAt(0)).isEqualTo(12.0); // 福州: 12 of 100
            }
        }

        @Test
        void countsFindingsPerCityRuleAndStatus() throws IOException {
            GapReportInput in = Fixtures.sample(false);
            try (XSSFWorkbook wb = writeSample(false)) {
                Sheet s = wb.getSheet("汇总");
                int header = headerRow(s);
                Row fuzhou = s.getRow(header + 1);
                assertThat(fuzhou.getCell(1).getStringCellValue()).isEqualTo("福州市");
                assertThat(fuzhou.getCell(2).getNumericCellValue()).isEqualTo(100);
                assertThat(fuzhou.getCell(5).getNumericCellValue()).isEqualTo(12.0);
                Row total = findRow(s, "合计");
                Row unknown = findRow(s, "地区未定");
                assertThat(unknown).as("a person without a region is counted apart").isNotNull();
                for (FindingStatus st : FindingStatus.values()) {
                    long all = in.findings().stream().filter(f -> f.status() == st).count();
                    assertThat(total.getCell(6 + st.ordinal()).getNumericCellValue()).as(st.name()).isEqualTo(all);
                }
                int r03 = 9 + RuleCode.R03.ordinal();
                assertThat(s.getRow(header).getCell(r03).getStringCellValue()).isEqualTo("未销号");
                long fuzhouR03Open = in.findings().stream().filter(f -> f.rule() == RuleCode.R03
                        && "350100".equals(f.cityCode()) && f.status() != FindingStatus.RESOLVED).count();
                long allR03Open = in.findings().stream()
                        .filter(f -> f.rule() == RuleCode.R03 && f.status() != FindingStatus.RESOLVED).count();
                assertThat(fuzhouR03Open).as("the fixture has open R03 findings in 福州").isPositive();
                assertThat(fuzhou.getCell(r03).getNumericCellValue()).isEqualTo(fuzhouR03Open);
                assertThat(total.getCell(r03).getNumericCellValue()).isEqualTo(allR03Open);
                assertThat(s.getRow(header).getLastCellNum()).as("one column per rule").isEqualTo((short) (9 + RuleCode.values().length));
                assertThat(total.getCell(2).getNumericCellValue()).isEqualTo(120);
            }
        }

        @Test
        void linksEachRuleToItsSheet() throws IOException {
            try (XSSFWorkbook wb = writeSample(false)) {
                Sheet s = wb.getSheet("汇总");
                Row r01 = findRow(s, "R01", 0);
                assertThat(r01.getCell(0).getHyperlink().getAddress()).isEqualTo("'R01 专业市场未建党组织'!A1");
                assertThat(r01.getCell(9).getStringCellValue()).isEqualTo("R01 专业市场未建党组织");
                assertThat(r01.getCell(9).getHyperlink().getAddress()).isEqualTo("'R01 专业市场未建党组织'!A1");
            }
        }

        private Row findRow(Sheet s, String text) {
            return findRow(s, text, 1);
        }

        private Row findRow(Sheet s, String text, int col) {
            for (Row r : s) {
                Cell c = r.getCell(col);
                if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(text)) {
                    return r;
                }
            }
            return null;
        }
    }

    @Test
    void namesRulesThatDidNotRunAndWhy() throws IOException {
        GapReportInput base = Fixtures.sample(false);
        var r = base.result();
        var skipped = new cn.xgz.recon.rules.ReconciliationResult(r.runDate(), r.findings(), r.proposals(), r.entities(), r.markets(),
                r.counties(), r.resolutions(), r.notes(), java.util.Map.of(RuleCode.R10, "缺少网约配送员登记"));
        List<Finding> withoutR10 = base.findings().stream().filter(f -> f.rule() != RuleCode.R10).toList();
        GapReportInput in = new GapReportInput(skipped, withoutR10, base.sourceDates(), base.rejects(), base.regions(), false);
        try (XSSFWorkbook wb = read(writer.writeJurisdiction(in, dir))) {
            assertThat(wb.getSheet(RuleCode.R10.sheetTitle())).isNull();
            Sheet summary = wb.getSheet("汇总");
            Row r10 = null;
            for (Row row : summary) {
                Cell c = row.getCell(0);
                if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals("R10")) {
                    r10 = row;
                }
            }
            assertThat(r10).isNotNull();
            assertThat(r10.getCell(9).getStringCellValue()).isEqualTo("本次未运行：缺少网约配送员登记");
            assertThat(r10.getCell(0).getHyperlink()).isNull();
            Sheet quality = wb.getSheet("数据质量");
            assertThat(cell(quality, 1, "类别")).isEqualTo("规则未运行");
            assertThat(cell(quality, 1, "说明")).isEqualTo("缺少网约配送员登记");
        }
    }

    @Nested
    class RowLimit {

        @Test
        void continuesALongRuleOnNumberedSheets() throws IOException {
            GapReportInput base = Fixtures.sample(false);
            List<Finding> findings = Fixtures.manyR13(25, Fixtures.GULOU);
            // 10 rows per sheet: the title, the dates line and the header leave 7 data rows per sheet.
            GapWorkbookWriter small = new GapWorkbookWriter(10, 4, false);
            try (XSSFWorkbook wb = read(small.writeJurisdiction(Fixtures.withFindings(base, findings), dir))) {
                String t = RuleCode.R13.sheetTitle();
                assertThat(sheetNames(wb)).containsSubsequence(t, t + " (2)", t + " (3)", t + " (4)", "联建建议");
                assertThat(wb.getSheet(t + " (5)")).isNull();
                int rows = 0;
                for (int i = 1; i <= 4; i++) {
                    Sheet s = wb.getSheet(i == 1 ? t : t + " (" + i + ")");
                    assertThat(s.getLastRowNum()).isLessThan(10);
                    assertThat(headers(s)).contains("主体名称", "应报年报年度");
                    assertThat(s.getPaneInformation().isFreezePane()).isTrue();
                    rows += dataRows(s);
                }
                assertThat(rows).isEqualTo(25);
                Sheet last = wb.getSheet(t + " (4)");
                assertThat(last.getRow(headerRow(last) + 1).getCell(0).getStringCellValue()).isEqualTo("示例个体户21");
            }
        }

        @Test
        void fillsASheetExactlyToTheLimitBeforeContinuing() throws IOException {
            GapWorkbookWriter small = new GapWorkbookWriter(10, 4, false);
            GapReportInput in = Fixtures.withFindings(Fixtures.sample(false), Fixtures.manyR13(7, Fixtures.GULOU));
            try (XSSFWorkbook wb = read(small.writeJurisdiction(in, dir))) {
                assertThat(wb.getSheet(RuleCode.R13.sheetTitle()).getLastRowNum()).isEqualTo(9);
                assertThat(wb.getSheet(RuleCode.R13.sheetTitle() + " (2)")).isNull();
            }
        }
    }

    @Nested
    class ByCity {

        @Test
        void writesOneWorkbookPerCityAndPerCountyWithFindings() throws IOException {
            GapReportInput in = Fixtures.sample(false);
            assertThat(GapWorkbookWriter.citiesWithFindings(in)).containsExactly("350100", "350200");
            assertThat(GapWorkbookWriter.countiesWithFindings(in)).containsExactly("350102", "350203");
            ExecutorService pool = Executors.newFixedThreadPool(3);
            try {
                List<Path> paths = writer.writeAll(in, dir, pool);
                assertThat(paths).containsExactly(dir.resolve("gap-report-20250930.xlsx"),
                        dir.resolve("by-city/350100-福州市.xlsx"), dir.resolve("by-city/350200-厦门市.xlsx"),
                        dir.resolve("by-county/350102-鼓楼区.xlsx"), dir.resolve("by-county/350203-思明区.xlsx"));
            } finally {
                pool.shutdown();
            }
        }

        @Test
        void cityWorkbookHoldsOnlyThatCitysSubjects() throws IOException {
            GapReportInput in = Fixtures.sample(false);
            try (XSSFWorkbook wb = read(writer.writeCity(in, "350200", dir))) {
                Sheet r03 = wb.getSheet(RuleCode.R03.sheetTitle());
                assertThat(dataRows(r03)).isEqualTo(1);
                assertThat(cell(r03, 0, "地市")).isEqualTo("厦门市");
                assertThat(wb.getSheet(RuleCode.R01.sheetTitle())).as("the only market finding is in 福州").isNull();
                assertThat(dataRows(wb.getSheet("专业市场台账"))).isEqualTo(1);
                assertThat(dataRows(wb.getSheet("联建建议"))).isEqualTo(1);
                Sheet summary = wb.getSheet("汇总");
                assertThat(dataRows(summary)).isGreaterThan(0);
                assertThat(summary.getRow(headerRow(summary) + 1).getCell(1).getStringCellValue()).isEqualTo("思明区");
                Sheet quality = wb.getSheet("数据质量");
                assertThat(cell(quality, 0, "类别")).as("rejects stay in the jurisdiction's workbook").isEqualTo("党员工作单位无法匹配");
                assertThat(dataRows(quality)).isEqualTo(2);
            }
        }

        @Test
        void parallelWorkbooksMatchOnesWrittenAlone() throws IOException {
            GapReportInput in = Fixtures.sample(true);
            Path alone = Files.createDirectories(dir.resolve("alone"));
            Path together = Files.createDirectories(dir.resolve("together"));
            writer.writeJurisdiction(in, alone);
            for (String city : GapWorkbookWriter.citiesWithFindings(in)) {
                writer.writeCity(in, city, alone);
            }
            ExecutorService pool = Executors.newFixedThreadPool(3);
            try {
                writer.writeAll(in, together, pool);
            } finally {
                pool.shutdown();
            }
            for (String f : List.of("gap-report-20250930.xlsx", "by-city/350100-福州市.xlsx", "by-city/350200-厦门市.xlsx")) {
                assertThat(text(together.resolve(f))).as(f).isEqualTo(text(alone.resolve(f)));
            }
        }

        private String text(Path file) throws IOException {
            DataFormatter fmt = new DataFormatter();
            try (XSSFWorkbook wb = read(file)) {
                StringBuilder b = new StringBuilder();
                for (Sheet s : wb) {
                    b.append('#').append(s.getSheetName()).append('\n');
                    for (Row r : s) {
                        for (Cell c : r) {
                            b.append(fmt.formatCellValue(c)).append('\t');
                        }
                        b.append('\n');
                    }
                }
                return b.toString();
            }
        }
    }

    @Test
    void removesItsTemporaryFiles() throws IOException {
        Path tmp = Files.createDirectories(dir.resolve("poi-tmp"));
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(tmp.toFile()));
        try {
            Path out = Files.createDirectories(dir.resolve("out"));
            writer.writeJurisdiction(Fixtures.withFindings(Fixtures.sample(false), Fixtures.manyR13(500, Fixtures.GULOU)), out);
            try (Stream<Path> left = Files.walk(tmp)) {
                assertThat(left.filter(Files::isRegularFile).map(Path::toString).collect(Collectors.toList())).isEmpty();
            }
        } finally {
            TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
        }
    }
}
