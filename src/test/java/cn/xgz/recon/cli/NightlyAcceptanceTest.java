package cn.xgz.recon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xgz.recon.acceptance.AcceptanceCheck;
import cn.xgz.recon.acceptance.AcceptanceSets;
import cn.xgz.recon.common.ExitCodes;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.util.FileSystemUtils;

/**
 * The commands end to end on the public acceptance sets, judged by the contract's checker (its Java port,
 * {@link AcceptanceCheck}): the nightly job (day 1, then day 2 on the same data directory for the lifecycle), the
 * messy set, and both half-year submissions. Person keys need the acceptance secret, which the run reads from the environment; these tests
 * therefore run with {@code XGZ_PII_SECRET=test-secret} set by the build (see the pom's surefire settings).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NightlyAcceptanceTest {

    /** Kept after the build so that .ci/run can judge the same run folders with check.py too, when it is at hand. */
    static final Path work = Path.of("target", "acceptance-runs").toAbsolutePath();

    @BeforeAll
    static void freshFolder() throws Exception {
        FileSystemUtils.deleteRecursively(work);
        Files.createDirectories(work);
    }

    @Test
    @Order(1)
    void basicDayOneAndDayTwoMatchTheExpectedFindingsProposalsAndRejects() throws Exception {
        Path out = work.resolve("out");
        Path data = work.resolve("data");
        assertThat(Main.execute("nightly", "--input", AcceptanceSets.set("basic/input").toString(), "--out", out.toString(),
                "--date", "2025-09-30", "--data-dir", data.toString())).isZero();
        assertChecked(AcceptanceSets.set("basic/expected"), out.resolve("2025-09-30"));

        assertThat(Main.execute("nightly", "--input", AcceptanceSets.set("basic/input-day2").toString(), "--out",
                out.toString(), "--date", "2025-10-01", "--data-dir", data.toString())).isZero();
        Path day2 = out.resolve("2025-10-01");
        assertChecked(AcceptanceSets.set("basic/expected-day2"), day2);
        JsonNode summary = RunSummaries.summary(day2);
        assertThat(summary.get("previousRunDate").asText()).isEqualTo("2025-09-30");
        assertThat(summary.get("findings").get("R13").get("RESOLVED").asLong()).isPositive();
    }

    @Test
    @Order(2)
    void rerunForTheSameDateReplacesItAndNeverComparesWithItself() throws Exception {
        Path out = work.resolve("out");
        Path data = work.resolve("data");
        assertThat(Main.execute("nightly", "--input", AcceptanceSets.set("basic/input-day2").toString(), "--out",
                out.toString(), "--date", "2025-10-01", "--data-dir", data.toString())).isZero();
        assertChecked(AcceptanceSets.set("basic/expected-day2"), out.resolve("2025-10-01"));
        assertThat(RunSummaries.summary(out.resolve("2025-10-01")).get("previousRunDate").asText()).isEqualTo("2025-09-30");
    }

    @Test
    @Order(3)
    void messySetMatchesAndItsHalfYearSubmissionToo() throws Exception {
        Path out = work.resolve("messy-out");
        Path data = work.resolve("messy-data");
        assertThat(Main.execute("nightly", "--input", AcceptanceSets.set("messy/input").toString(), "--out",
                out.toString(), "--date", "2025-07-01", "--data-dir", data.toString())).isZero();
        Path run = out.resolve("2025-07-01");
        assertThat(Main.execute("half-year", "--period", "2025H1", "--out", out.toString(), "--data-dir",
                data.toString())).isZero();
        AcceptanceCheck.Report r = AcceptanceCheck.run(AcceptanceSets.set("messy/expected"), run,
                out.resolve("half-year/2025H1/half-year-2025H1.csv"));
        assertThat(r.failures()).as(r.toString()).isEmpty();
        assertThat(RunSummaries.summaryFiles(run)).isEqualTo(RunSummaries.expectedFiles(AcceptanceSets.set("messy/expected")));
        JsonNode summary = RunSummaries.summary(run);
        java.util.Map<String, Long> stepReads = new java.util.HashMap<>();
        summary.get("steps").forEach(st -> stepReads.put(st.get("step").asText(), st.get("readCount").asLong()));
        java.util.Map<String, Long> fileReads = new java.util.HashMap<>();
        summary.get("files").forEach(f -> fileReads.merge("ingest-" + f.get("source").asText(), f.get("read").asLong(), Long::sum));
        assertThat(fileReads).hasSize(6);
        fileReads.forEach((step, read) -> assertThat(stepReads.get(step)).as(step).isEqualTo(read));
        assertThat(summary.get("rowsRejected").asLong()).isEqualTo(52);
        assertWorkbookMatchesFindings(run.resolve("gap-report-20250701.xlsx"), run.resolve("findings.csv"));
        List<String> outputs = new ArrayList<>();
        RunSummaries.summary(run).get("outputs").forEach(n -> outputs.add(n.asText()));
        assertThat(outputs).contains("findings.csv", "joint-branch-proposals.csv", "rejects.csv", "gap-report-20250701.xlsx")
                .anyMatch(o -> o.startsWith("by-city/"));
    }

    @Test
    @Order(4)
    void halfYearWithAnInputFolderRunsTheReconciliationAsOfThePeriodsLastDay() throws Exception {
        Path out = work.resolve("hy-out");
        Path data = work.resolve("hy-data");
        assertThat(Main.execute("half-year", "--period", "2025H2", "--input", AcceptanceSets.set("basic/input").toString(),
                "--out", out.toString(), "--data-dir", data.toString())).isZero();
        assertThat(out.resolve("2025-12-31/findings.csv")).exists();
        Path csv = out.resolve("half-year/2025H2/half-year-2025H2.csv");
        AcceptanceCheck.Report r = AcceptanceCheck.run(AcceptanceSets.set("basic/expected"), out.resolve("2025-12-31"), csv,
                Set.of(AcceptanceCheck.Part.HALF_YEAR), false);
        assertThat(r.failures()).as(r.toString()).isEmpty();
        assertThat(r.passed()).as(r.toString()).isGreaterThan(20);

        byte[] first = Files.readAllBytes(csv);
        assertThat(Main.execute("half-year", "--period", "2025H2", "--out", out.toString(), "--data-dir", data.toString()))
                .as("a written period is not overwritten").isEqualTo(ExitCodes.FAILED);
        assertThat(Files.readAllBytes(csv)).isEqualTo(first);
        assertThat(Main.execute("half-year", "--period", "2025H2", "--out", out.toString(), "--data-dir", data.toString(),
                "--replace")).isZero();
        try (var folders = Files.list(out.resolve("half-year"))) {
            assertThat(folders.map(p -> p.getFileName().toString()))
                    .contains("2025H2").anyMatch(n -> n.startsWith("2025H2.replaced-"));
        }
    }

    @Test
    @Order(5)
    void halfYearWithoutARunInItsWindowFailsWithAClearMessage() throws Exception {
        Path data = work.resolve("data");
        assertThat(Main.execute("half-year", "--period", "2024H1", "--out", work.resolve("none").toString(), "--data-dir",
                data.toString())).isEqualTo(ExitCodes.FAILED);
        assertThat(work.resolve("none/half-year/2024H1")).doesNotExist();
    }

    /** Each rule sheet lists exactly that rule's rows of findings.csv; no cell anywhere is a formula. */
    private static void assertWorkbookMatchesFindings(Path xlsx, Path findingsCsv) throws Exception {
        java.util.Map<String, Long> perRule = new java.util.TreeMap<>();
        for (String line : Files.readAllLines(findingsCsv).subList(1, Files.readAllLines(findingsCsv).size())) {
            perRule.merge(line.substring(line.indexOf(',') + 1, line.indexOf(',') + 4), 1L, Long::sum);
        }
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(xlsx.toFile())) {
            assertThat(wb.getSheetName(0)).isEqualTo("汇总");
            java.util.Map<String, Long> sheetRows = new java.util.TreeMap<>();
            for (org.apache.poi.ss.usermodel.Sheet sheet : wb) {
                for (org.apache.poi.ss.usermodel.Row row : sheet) {
                    for (org.apache.poi.ss.usermodel.Cell cell : row) {
                        assertThat(cell.getCellType()).as("%s!%s", sheet.getSheetName(), cell.getAddress())
                                .isNotEqualTo(org.apache.poi.ss.usermodel.CellType.FORMULA);
                    }
                }
                String name = sheet.getSheetName();
                if (name.matches("R\\d\\d .*")) {
                    assertThat(sheet.getPaneInformation().isFreezePane()).as(name).isTrue();
                    assertThat(sheet.getRepeatingRows()).as(name).isNotNull();
                    int header = sheet.getRepeatingRows().getLastRow();
                    sheetRows.merge(name.substring(0, 3), (long) (sheet.getLastRowNum() - header), Long::sum);
                }
            }
            assertThat(sheetRows).isEqualTo(perRule);
        }
    }

    private static void assertChecked(Path expected, Path run) throws Exception {
        AcceptanceCheck.Report r = AcceptanceCheck.run(expected, run);
        assertThat(r.failures()).as(r.toString()).isEmpty();
        assertThat(RunSummaries.summaryFiles(run)).isEqualTo(RunSummaries.expectedFiles(expected));
    }
}
