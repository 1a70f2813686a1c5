package cn.xgz.recon.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xgz.recon.common.PersonKeys;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reviews and match decisions coming back into the next nights: imported by {@code nightly --feedback}, shown in
 * findings.csv, unchanged by a second import, 已整改 turning 整改逾期, an exclusion lapsing when its metric changes,
 * and a 指定主体 decision moving a member to the decided entity with the rules following.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FeedbackNightlyJobTest {

    @TempDir
    static Path work;
    static Path input;
    static Path data;
    static Path returned;
    static List<Map<String, String>> day1;
    static String untrue;
    static String rectified;
    static String confirmed;

    @BeforeAll
    static void firstNight() throws IOException {
        input = work.resolve("input");
        data = work.resolve("data");
        returned = work.resolve("returned");
        Files.createDirectories(returned);
        assertThat(FeedbackRun.execute("generate", "--entities", "600", "--seed", "7", "--out", input.toString()).exitCode())
                .isZero();
        day1 = night("2025-09-30", data, null);
        untrue = day1.stream().filter(f -> f.get("rule_code").equals("R13")).findFirst().orElseThrow().get("finding_id");
        rectified = day1.stream().filter(f -> f.get("rule_code").equals("R03")).findFirst().orElseThrow().get("finding_id");
        confirmed = day1.stream().filter(f -> f.get("rule_code").equals("R04")).findFirst().orElseThrow().get("finding_id");
    }

    static List<Map<String, String>> night(String date, Path dataDir, Path feedbackDir) throws IOException {
        return night(date, dataDir, feedbackDir, work.resolve("out"));
    }

    static List<Map<String, String>> night(String date, Path dataDir, Path feedbackDir, Path out) throws IOException {
        List<String> args = new java.util.ArrayList<>(List.of("nightly", "--input", input.toString(), "--out",
                out.toString(), "--date", date, "--data-dir", dataDir.toString()));
        if (feedbackDir != null) {
            args.addAll(List.of("--feedback", feedbackDir.toString()));
        }
        FeedbackRun.Result r = FeedbackRun.execute(args.toArray(String[]::new));
        assertThat(r.exitCode()).as(r.console()).isZero();
        return FeedbackRun.csv(out.resolve(date).resolve("findings.csv"));
    }

    static Map<String, String> row(List<Map<String, String>> findings, String id) {
        return findings.stream().filter(f -> f.get("finding_id").equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no finding " + id));
    }

    static JsonNode summary(String date) throws IOException {
        return new ObjectMapper().readTree(work.resolve("out").resolve(date).resolve("run-summary.json").toFile());
    }

    @Test
    @Order(1)
    void aReturnedWorkbookImportedByTheNightShowsItsReviewsInFindingsCsv() throws Exception {
        String signature = new ScopeSignature(new PersonKeys(FeedbackRun.TEST_SECRET)).sign("350000", LocalDate.of(2025, 9, 30));
        FeedbackImportJobTest.writeWorkbook(returned.resolve("gap-report-returned.xlsx"), "350000", signature, List.of(
                List.of(untrue, "不属实", "2025-09-30"), List.of(rectified, "已整改", "2025-09-30"),
                List.of(confirmed, "属实", "2025-09-30")));
        List<Map<String, String>> day2 = night("2025-10-01", data, returned);
        assertThat(row(day2, untrue)).containsEntry("review", "不属实").containsEntry("review_date", "2025-09-30");
        assertThat(row(day2, rectified)).containsEntry("review", "已整改");
        assertThat(row(day2, confirmed)).containsEntry("review", "属实");
        assertThat(day2.stream().filter(f -> !f.get("review").isEmpty()).count()).isEqualTo(3);

        JsonNode imports = summary("2025-10-01").get(NightlyFeedback.SUMMARY_KEY);
        assertThat(imports).hasSize(1);
        assertThat(imports.get(0).get("status").asText()).isEqualTo("IMPORTED");
        assertThat(imports.get(0).get("rowsApplied").asInt()).isEqualTo(3);
        assertThat(work.resolve("out/2025-10-01/feedback-rejects.csv")).exists();
    }

    @Test
    @Order(2)
    void theSameFolderAgainChangesNothing() throws Exception {
        List<Map<String, String>> day3 = night("2025-10-02", data, returned);
        assertThat(summary("2025-10-02").get(NightlyFeedback.SUMMARY_KEY).get(0).get("status").asText())
                .isEqualTo("ALREADY_IMPORTED");
        assertThat(row(day3, untrue)).containsEntry("review", "不属实");
        assertThat(day3.stream().filter(f -> !f.get("review").isEmpty()).count()).isEqualTo(3);
    }

    @Test
    @Order(3)
    void theTrendShowsANightsOpenFindingsTheSameOnTheNextNight() throws Exception {
        // 2025-10-01 left the exclusion out of its own open counts; the 2025-10-02 workbook draws that night from the
        // stored counts, which must agree.
        Map<String, String> thatNight = trendPoint(work.resolve("out/2025-10-01/gap-report-20251001.xlsx"), "2025-10-01");
        Map<String, String> nextNight = trendPoint(work.resolve("out/2025-10-02/gap-report-20251002.xlsx"), "2025-10-01");
        assertThat(thatNight).isNotEmpty();
        assertThat(nextNight).isEqualTo(thatNight);
    }

    /** 趋势's open findings per area for the nightly run of a date. */
    static Map<String, String> trendPoint(Path book, String date) throws IOException {
        Map<String, String> open = new java.util.TreeMap<>();
        try (var in = Files.newInputStream(book); var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            var fmt = new org.apache.poi.ss.usermodel.DataFormatter();
            for (var row : wb.getSheet("趋势")) {
                if (date.equals(fmt.formatCellValue(row.getCell(0))) && "每日核查".equals(fmt.formatCellValue(row.getCell(1)))) {
                    open.put(fmt.formatCellValue(row.getCell(2)) + fmt.formatCellValue(row.getCell(3)),
                            fmt.formatCellValue(row.getCell(5)));
                }
            }
        }
        return open;
    }

    @Test
    @Order(4)
    void rectifiedBecomesOverdueSixtyDaysAfterTheReview() throws Exception {
        List<Map<String, String>> later = night("2025-11-29", data, null);
        assertThat(row(later, rectified)).containsEntry("review", "整改逾期").containsEntry("review_date", "2025-09-30");
        assertThat(row(later, untrue)).containsEntry("review", "不属实");
    }

    @Test
    @Order(5)
    void anExclusionLapsesWhenItsMetricChanges() throws Exception {
        // From 1 July the required annual-report year moves on: the same gap, a new metric.
        List<Map<String, String>> next = night("2026-07-01", data, null);
        Map<String, String> f = row(next, untrue);
        assertThat(f.get("metric")).isNotEqualTo(row(day1, untrue).get("metric"));
        assertThat(f.get("review")).isEmpty();
        assertThat(f.get("status")).isNotEqualTo("RESOLVED");
    }

    @Test
    @Order(6)
    void assigningAnEntityMovesTheMembersCountThereAndTheRulesFollow() throws Exception {
        Path data2 = work.resolve("data2");
        Path out2 = work.resolve("out2");
        List<Map<String, String>> before = night("2025-09-30", data2, null, out2);
        Map<String, String> unresolved = before.stream()
                .filter(f -> f.get("rule_code").equals("R12") && f.get("basis").equals("WORKPLACE")).findFirst().orElseThrow();
        String workplace = workplaceOf(unresolved.get("subject_key"));
        Set<String> entityRules = Set.of("R02", "R03", "R08");
        Map<String, Set<String>> rulesBySubject = before.stream().collect(Collectors.groupingBy(f -> f.get("subject_key"),
                Collectors.mapping(f -> f.get("rule_code"), Collectors.toSet())));
        String entity = rulesBySubject.entrySet().stream()
                .filter(e -> e.getValue().contains("R07") && e.getValue().stream().noneMatch(entityRules::contains))
                .map(Map.Entry::getKey).findFirst().orElseThrow();

        Path csv = work.resolve("names.csv");
        Files.writeString(csv, String.join(",", Columns.NAMES_CSV) + "\n党员工作单位," + workplace + ",指定主体," + entity
                + ",2025-09-30,测试所\n", StandardCharsets.UTF_8);
        FeedbackRun.Result imp = FeedbackRun.execute("feedback", csv.toString(), "--scope", "350000", "--data-dir", data2.toString());
        assertThat(imp.exitCode()).as(imp.console()).isZero();
        assertThat(imp.console()).contains("应用 1");

        List<Map<String, String>> after = night("2025-10-01", data2, null, out2);
        assertThat(row(after, unresolved.get("finding_id"))).containsEntry("status", "RESOLVED");
        assertThat(after).anySatisfy(f -> {
            assertThat(f.get("subject_key")).isEqualTo(entity);
            assertThat(f.get("rule_code")).isIn("R02", "R03");
            assertThat(f.get("status")).isEqualTo("NEW");
        });
        JsonNode summary = new ObjectMapper().readTree(out2.resolve("2025-10-01/run-summary.json").toFile());
        assertThat(summary.get("resolution").get("MANUAL").asLong()).isPositive();
    }

    /** The 工作单位 of the roster member with this person key (the key is the HMAC of the ID under the test secret). */
    static String workplaceOf(String personKey) throws IOException {
        PersonKeys keys = new PersonKeys(FeedbackRun.TEST_SECRET);
        return FeedbackRun.csv(input.resolve("party-members.csv")).stream()
                .filter(m -> keys.keyOf(m.get("身份证号")).equals(personKey))
                .map(m -> m.get("工作单位")).findFirst().orElseThrow();
    }
}
