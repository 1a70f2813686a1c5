package cn.xgz.recon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xgz.recon.generate.GeneratorOptions;
import cn.xgz.recon.generate.SyntheticDataGenerator;
import cn.xgz.recon.reference.RegionTable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two nightly runs on one data directory, on a generated set where a third of the entities lack the required annual
 * report: the second run's workbooks read the first from the history (趋势, the change column), list the open
 * findings an office can act on, and put the full lists in one workbook per county.
 */
class WorkbookHistoryTest {

    @TempDir
    static Path work;

    static Path day1;
    static Path day2;

    @BeforeAll
    static void twoRuns() throws Exception {
        Path in = work.resolve("in");
        new SyntheticDataGenerator().generate(new GeneratorOptions(1500, 7, in, false, false)
                .withAsOf(LocalDate.of(2025, 9, 30)).withMissingReports(0.33));
        Path out = work.resolve("out");
        String data = work.resolve("data").toString();
        assertThat(Main.execute("nightly", "--input", in.toString(), "--out", out.toString(), "--date", "2025-09-30",
                "--data-dir", data)).isZero();
        assertThat(Main.execute("nightly", "--input", in.toString(), "--out", out.toString(), "--date", "2025-10-01",
                "--data-dir", data)).isZero();
        day1 = out.resolve("2025-09-30");
        day2 = out.resolve("2025-10-01");
    }

    /** findings.csv's rows as column maps (no field of a generated set holds a comma or a quote). */
    static List<String[]> findings(Path runDir) throws Exception {
        List<String> lines = Files.readAllLines(runDir.resolve("findings.csv"), StandardCharsets.UTF_8);
        List<String[]> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            rows.add(line.split(",", -1));
        }
        return rows;
    }

    static int dataRows(Sheet s) {
        return s.getLastRowNum() - s.getRepeatingRows().getLastRow();
    }

    @Test
    void theGeneratorKnobMakesAThirdOfTheEntitiesDueAReportLackIt() throws Exception {
        // About two thirds of 1,500 entities are active, in scope and due the required year's report; the natural
        // rate leaves some 5 % of all entities without it.
        long r13 = findings(day1).stream().filter(r -> r[1].equals("R13")).count();
        assertThat(r13).isBetween(250L, 420L);
    }

    @Test
    void theTrendShowsEveryRunOfTheHistory() throws Exception {
        try (XSSFWorkbook first = new XSSFWorkbook(day1.resolve("gap-report-20250930.xlsx").toFile());
                XSSFWorkbook second = new XSSFWorkbook(day2.resolve("gap-report-20251001.xlsx").toFile())) {
            int areas = RegionTable.fujian().cities().size() + 1;
            assertThat(dataRows(first.getSheet("趋势"))).isEqualTo(areas);
            Sheet trend = second.getSheet("趋势");
            assertThat(dataRows(trend)).isEqualTo(2 * areas);
            int header = trend.getRepeatingRows().getLastRow();
            DataFormatter fmt = new DataFormatter();
            assertThat(fmt.formatCellValue(trend.getRow(header + 1).getCell(0))).isEqualTo("2025-09-30");
            assertThat(fmt.formatCellValue(trend.getRow(header + 1 + areas).getCell(0))).isEqualTo("2025-10-01");
            assertThat(((org.apache.poi.xssf.usermodel.XSSFSheet) trend).getDrawingPatriarch().getCharts()).hasSize(1);
            Sheet summary = second.getSheet("汇总");
            boolean change = false;
            for (var row : summary) {
                var c = row.getCell(0);
                change |= c != null && c.toString().contains("与2025-09-30运行相比");
            }
            assertThat(change).as("the ranking compares with the first run").isTrue();
        }
    }

    @Test
    void theTaskListHoldsTheOpenFindingsAnOfficeCanActOn() throws Exception {
        long open = findings(day2).stream()
                .filter(r -> (r[4].equals("NEW") || r[4].equals("OPEN")) && (r[6].equals("ENTITY") || r[6].equals("MARKET")))
                .count();
        assertThat(open).isPositive();
        try (XSSFWorkbook wb = new XSSFWorkbook(day2.resolve("gap-report-20251001.xlsx").toFile())) {
            assertThat((long) dataRows(wb.getSheet("任务清单"))).isEqualTo(open);
        }
    }

    @Test
    void everyCountyWithFindingsHasItsWorkbookWithItsFullLists() throws Exception {
        RegionTable regions = RegionTable.fujian();
        java.util.Map<String, Long> r13ByCounty = new java.util.TreeMap<>();
        for (String[] r : findings(day2)) {
            if (regions.isCounty(r[9])) {
                r13ByCounty.merge(r[9], r[1].equals("R13") ? 1L : 0L, Long::sum);
            }
        }
        List<String> files;
        try (Stream<Path> s = Files.list(day2.resolve("by-county"))) {
            files = s.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertThat(files).hasSize(r13ByCounty.size());
        String county = r13ByCounty.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey();
        Path file = day2.resolve("by-county").resolve(files.stream().filter(f -> f.startsWith(county + "-")).findFirst().orElseThrow());
        try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
            Sheet r13 = wb.getSheet("R13 未报送年度报告");
            assertThat((long) dataRows(r13)).as("the county's whole R13 list").isEqualTo(r13ByCounty.get(county));
        }
    }
}
