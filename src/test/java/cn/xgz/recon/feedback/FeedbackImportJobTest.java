package cn.xgz.recon.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xgz.recon.common.PersonKeys;
import cn.xgz.recon.store.TestStores;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code feedback} command on a real run's findings: what is applied, what is rejected and why, what is kept,
 * and that nothing of a refused file or a second import of the same file changes the history.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FeedbackImportJobTest {

    @TempDir
    static Path work;
    static Path data;
    static List<Map<String, String>> findings;
    static String cityA;
    static String cityB;

    @BeforeAll
    static void runOneNight() throws IOException {
        Path input = work.resolve("input");
        data = work.resolve("data");
        assertThat(FeedbackRun.execute("generate", "--entities", "600", "--seed", "7", "--out", input.toString()).exitCode())
                .isZero();
        FeedbackRun.Result night = FeedbackRun.execute("nightly", "--input", input.toString(), "--out",
                work.resolve("out").toString(), "--date", "2025-09-30", "--data-dir", data.toString());
        assertThat(night.exitCode()).as(night.console()).isIn(0, 4);
        findings = FeedbackRun.csv(work.resolve("out/2025-09-30/findings.csv"));
        List<String> cities = findings.stream().map(f -> f.get("city_code")).filter(c -> !c.isEmpty()).distinct().sorted().toList();
        assertThat(cities).hasSizeGreaterThan(1);
        cityA = cities.get(0);
        cityB = cities.get(1);
    }

    static Map<String, String> findingOf(String rule, String city) {
        return findings.stream().filter(f -> f.get("rule_code").equals(rule) && f.get("city_code").equals(city))
                .findFirst().orElseThrow(() -> new AssertionError("no " + rule + " finding in " + city));
    }

    static Map<String, String> findingIn(String city, int skip) {
        return findings.stream().filter(f -> f.get("city_code").equals(city)).skip(skip).findFirst().orElseThrow();
    }

    @Test
    @Order(1)
    void findingsCsvCarriesFindingIdAndBlankReviewsWithoutFeedback() {
        assertThat(findings).isNotEmpty().allSatisfy(f -> {
            assertThat(f.get("finding_id")).isEqualTo(f.get("rule_code") + ":" + f.get("subject_key"));
            assertThat(f.get("review")).isEmpty();
            assertThat(f.get("review_date")).isEmpty();
        });
    }

    @Test
    @Order(2)
    void csvRowsAreAppliedOrRejectedOneByOneWithChineseReasons() throws Exception {
        String good = findingIn(cityA, 0).get("finding_id");
        String good2 = findingIn(cityA, 1).get("finding_id");
        String dup = findingIn(cityA, 2).get("finding_id");
        String other = findingIn(cityB, 0).get("finding_id");
        Path csv = work.resolve("returned-reviews.csv");
        write(csv, StandardCharsets.UTF_8, true, String.join("\n",
                "核查单位,发现编号,备注,核查结论,核查日期,核查说明", // reordered, with an extra column
                "鼓楼所," + good + ",x,不属实,2025-09-30,经电话核实并非党员",
                "鼓楼所," + good2 + ",, 属实 ,2025/9/30,\"=HYPERLINK(\"\"http://x\"\")\"",
                "鼓楼所,,,属实,2025-09-30,",
                "鼓楼所,R99:NOPE,,属实,2025-09-30,",
                "鼓楼所," + good + "X,,待定,2025-09-30,",
                "鼓楼所," + good2 + "Y,,属实,2025-13-01,",
                "鼓楼所," + good2 + "Z,,属实,2099-01-01,",
                "鼓楼所," + dup + ",,属实,2025-09-30,",
                "鼓楼所," + dup + ",,不属实,2025-09-30,",
                "鼓楼所," + other + ",,属实,2025-09-30,",
                "鼓楼所," + good2 + ",,,,", // blank 核查结论: skipped silently
                ""));
        FeedbackRun.Result r = FeedbackRun.execute("feedback", csv.toString(), "--scope", cityA, "--data-dir", data.toString());
        assertThat(r.exitCode()).as(r.console()).isZero();
        assertThat(r.console()).contains("应用 2").contains("拒绝 8").doesNotContain("经电话核实").doesNotContain("HYPERLINK");

        Path folder = FeedbackRun.newestImport(data);
        assertThat(folder.getFileName().toString()).matches("\\d{8}T\\d{6}-[0-9a-f]{8}");
        assertThat(folder.resolve("returned-reviews.csv")).hasSameBinaryContentAs(csv);
        String summary = Files.readString(folder.resolve("import-summary.json"));
        assertThat(summary).contains("\"rowsApplied\" : 2", "\"rowsRejected\" : 8", "\"rowsRead\" : 11",
                "\"sha256\" : \"" + cn.xgz.recon.common.FileDigest.sha256(csv) + "\"");
        List<Map<String, String>> rejects = FeedbackRun.csv(folder.resolve("feedback-rejects.csv"));
        assertThat(rejects).allSatisfy(x -> assertThat(x.get("file")).isEqualTo("returned-reviews.csv"));
        assertThat(reasonAt(rejects, 4)).contains("缺少发现编号");
        assertThat(reasonAt(rejects, 5)).contains("发现编号不存在");
        assertThat(reasonAt(rejects, 6)).contains("核查结论不在可选范围");
        assertThat(reasonAt(rejects, 7)).contains("不是有效日期");
        assertThat(reasonAt(rejects, 8)).contains("晚于今天");
        assertThat(reasonAt(rejects, 9)).contains("相互矛盾");
        assertThat(reasonAt(rejects, 10)).contains("相互矛盾");
        assertThat(reasonAt(rejects, 11)).contains("不在本文件的范围");

        assertThat(count("SELECT COUNT(*) FROM FINDING_REVIEW")).isEqualTo(2);
        // Free text is stored as typed; it is made formula-safe only where it is written.
        assertThat(string("SELECT REVIEW_NOTE FROM FINDING_REVIEW WHERE FINDING_ID = '" + good2 + "'"))
                .isEqualTo("=HYPERLINK(\"http://x\")");
        assertThat(string("SELECT OUTCOME FROM FINDING_REVIEW WHERE FINDING_ID = '" + good + "'")).isEqualTo("不属实");
        assertThat(count("SELECT COUNT(*) FROM FINDING_REVIEW WHERE METRIC_AT_REVIEW IS NOT NULL")).isEqualTo(2);
    }

    @Test
    @Order(3)
    void theSameFileTwiceChangesNothingAndSaysSo() throws Exception {
        long folders = FeedbackRun.importFolders(data);
        FeedbackRun.Result r = FeedbackRun.execute("feedback", work.resolve("returned-reviews.csv").toString(), "--scope",
                cityA, "--data-dir", data.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.console()).contains("已于").contains("未作任何更改");
        assertThat(FeedbackRun.importFolders(data)).isEqualTo(folders);
        assertThat(count("SELECT COUNT(*) FROM FEEDBACK_IMPORT")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM FINDING_REVIEW")).isEqualTo(2);
    }

    @Test
    @Order(4)
    void aCsvWithoutScopeIsRefusedWholeAndNothingIsApplied() throws Exception {
        Path csv = work.resolve("no-scope.csv");
        write(csv, Charset.forName("GB18030"), false, "发现编号,核查结论,核查日期,核查单位,核查说明\n"
                + findingIn(cityA, 3).get("finding_id") + ",属实,2025-09-30,台江所,已核实\n");
        FeedbackRun.Result r = FeedbackRun.execute("feedback", csv.toString(), "--data-dir", data.toString());
        assertThat(r.exitCode()).isEqualTo(4);
        assertThat(r.console()).contains("整体拒绝").contains("--scope");
        assertThat(count("SELECT COUNT(*) FROM FINDING_REVIEW")).isEqualTo(2);
        assertThat(FeedbackRun.csv(FeedbackRun.newestImport(data).resolve("feedback-rejects.csv")).get(0).get("reason"))
                .contains("--scope");

        // The same GB18030 file with the operator's scope is read and applied.
        FeedbackRun.Result ok = FeedbackRun.execute("feedback", csv.toString(), "--scope", cityA, "--data-dir", data.toString());
        assertThat(ok.exitCode()).as(ok.console()).isZero();
        assertThat(string("SELECT REVIEW_UNIT FROM FINDING_REVIEW WHERE FINDING_ID = '" + findingIn(cityA, 3).get("finding_id") + "'"))
                .isEqualTo("台江所");
    }

    @Test
    @Order(5)
    void truncatedEncryptedAndUnsignedWorkbooksAreRefusedWhole() throws Exception {
        Path gap = Files.list(work.resolve("out/2025-09-30")).filter(p -> p.getFileName().toString().startsWith("gap-report"))
                .findFirst().orElseThrow();
        Path truncated = work.resolve("truncated.xlsx");
        byte[] all = Files.readAllBytes(gap);
        Files.write(truncated, java.util.Arrays.copyOf(all, all.length / 2));
        Path encrypted = work.resolve("encrypted.xlsx");
        byte[] ole = new byte[4096];
        System.arraycopy(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1},
                0, ole, 0, 8);
        Files.write(encrypted, ole);
        Path unsigned = work.resolve("unsigned.xlsx");
        writeWorkbook(unsigned, null, null, List.of(List.of(findingIn(cityA, 4).get("finding_id"), "属实", "2025-09-30")));
        long before = count("SELECT COUNT(*) FROM FINDING_REVIEW");
        for (Path p : List.of(truncated, encrypted, unsigned)) {
            FeedbackRun.Result r = FeedbackRun.execute("feedback", p.toString(), "--data-dir", data.toString());
            assertThat(r.exitCode()).as(p + "\n" + r.console()).isEqualTo(4);
            assertThat(r.console()).contains("整体拒绝 " + p.getFileName());
        }
        assertThat(count("SELECT COUNT(*) FROM FINDING_REVIEW")).isEqualTo(before);
    }

    @Test
    @Order(6)
    void aSignedCityWorkbookIsReadByHeaderAndCannotTouchAnotherCity() throws Exception {
        String mine = findingIn(cityA, 5).get("finding_id");
        String theirs = findingIn(cityB, 1).get("finding_id");
        String signature = new ScopeSignature(new PersonKeys(FeedbackRun.TEST_SECRET)).sign(cityA, LocalDate.of(2025, 9, 30));
        Path book = work.resolve("city-returned.xlsx");
        writeWorkbook(book, cityA, signature, List.of(List.of(mine, "暂缓核查", "2025-09-30"), List.of(theirs, "不属实", "2025-09-30")));
        // --scope of the province does not widen a validly signed city workbook.
        FeedbackRun.Result r = FeedbackRun.execute("feedback", book.toString(), "--scope", "350000", "--data-dir", data.toString());
        assertThat(r.exitCode()).as(r.console()).isZero();
        assertThat(string("SELECT OUTCOME FROM FINDING_REVIEW WHERE FINDING_ID = '" + mine + "'")).isEqualTo("暂缓核查");
        assertThat(count("SELECT COUNT(*) FROM FINDING_REVIEW WHERE FINDING_ID = '" + theirs + "'")).isZero();
        List<Map<String, String>> rejects = FeedbackRun.csv(FeedbackRun.newestImport(data).resolve("feedback-rejects.csv"));
        assertThat(rejects).singleElement().satisfies(x -> {
            assertThat(x.get("sheet")).isEqualTo("R99 测试");
            assertThat(x.get("row")).isEqualTo("5");
            assertThat(x.get("reason")).contains("不在本文件的范围");
        });

        // The same workbook claiming the other city, with the signature left as it was: refused whole.
        Path altered = work.resolve("city-altered.xlsx");
        writeWorkbook(altered, cityB, signature, List.of(List.of(theirs, "不属实", "2025-09-30")));
        FeedbackRun.Result a = FeedbackRun.execute("feedback", altered.toString(), "--data-dir", data.toString());
        assertThat(a.exitCode()).isEqualTo(4);
        assertThat(a.console()).contains("签名无效");
        assertThat(count("SELECT COUNT(*) FROM FINDING_REVIEW WHERE FINDING_ID = '" + theirs + "'")).isZero();
    }

    @Test
    @Order(7)
    void matchDecisionsAreCheckedAndKeyedByNormalisedName() throws Exception {
        String province = "350000";
        Path csv = work.resolve("names.csv");
        String valid = FeedbackRun.csv(work.resolve("input/registrations.csv")).stream().map(x -> x.get("统一社会信用代码"))
                .filter(u -> u.substring(2, 6).equals(cityA.substring(0, 4))).findFirst().orElseThrow();
        String badCheck = valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0');
        // Well formed, with a right check character, but no registration of the run has it.
        String first17 = "91" + cityA.substring(0, 4) + "00MA2Y8X3K1";
        String unregistered = first17 + cn.xgz.recon.common.UsccCode.checkChar(first17);
        write(csv, StandardCharsets.UTF_8, true, String.join("\n", Columns.NAMES_CSV.stream().reduce((x, y) -> x + "," + y).orElseThrow(),
                "党员工作单位,福州市 某某贸易有限公司,指定主体," + valid + ",2025-09-30,鼓楼所",
                "党员工作单位,某某餐饮店,指定主体," + badCheck + ",2025-09-30,鼓楼所",
                "党员单位,某某餐饮店,指定主体," + valid + ",2025-09-30,鼓楼所",
                "党组织覆盖单位,某某超市,确认匹配,,2025-09-30,鼓楼所",
                "党组织覆盖单位,某某超市,拒绝,,2025-09-30,鼓楼所",
                "党员工作单位,某某五金店,指定主体," + unregistered + ",2025-09-30,鼓楼所", ""));
        FeedbackRun.Result r = FeedbackRun.execute("feedback", csv.toString(), "--scope", province, "--data-dir", data.toString());
        assertThat(r.exitCode()).as(r.console()).isZero();
        List<Map<String, String>> rejects = FeedbackRun.csv(FeedbackRun.newestImport(data).resolve("feedback-rejects.csv"));
        assertThat(reasonAt(rejects, 3)).contains("校验位错误");
        assertThat(reasonAt(rejects, 4)).contains("名称来源");
        assertThat(reasonAt(rejects, 5)).contains("须有匹配主体");
        assertThat(reasonAt(rejects, 6)).contains("人工确认不在可选范围");
        assertThat(rejects).filteredOn(x -> x.get("row").equals("7")).singleElement().satisfies(x -> {
            assertThat(x.get("file")).isEqualTo("names.csv");
            assertThat(x.get("column")).isEqualTo(Columns.ASSIGNED_USCC);
            assertThat(x.get("value")).isEqualTo(unregistered);
            assertThat(x.get("reason")).contains("不在最近一次比对运行（2025-09-30）的经营主体登记中");
        });
        assertThat(count("SELECT COUNT(*) FROM MATCH_DECISION")).isEqualTo(1);
        assertThat(string("SELECT VERDICT FROM MATCH_DECISION")).isEqualTo("指定主体");
        assertThat(string("SELECT NORMALIZED_NAME FROM MATCH_DECISION")).doesNotContain(" ");
    }

    // ---- helpers ----

    static String reasonAt(List<Map<String, String>> rejects, int row) {
        return rejects.stream().filter(x -> x.get("row").equals(Integer.toString(row))).map(x -> x.get("reason"))
                .findFirst().orElseThrow(() -> new AssertionError("no reject for row " + row + " in " + rejects));
    }

    static void write(Path file, Charset cs, boolean bom, String text) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            if (bom) {
                out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
            out.write(text.getBytes(cs));
        }
    }

    /**
     * A returned rule sheet as an analyst leaves it: a title row, notes, the header on row 3 with an inserted column
     * and the review columns in another order; and (when {@code scope} is given) the hidden signed scope sheet.
     */
    static void writeWorkbook(Path file, String scope, String signature, List<List<String>> rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("R99 测试");
            s.createRow(0).createCell(0).setCellValue("标题");
            s.createRow(1).createCell(0).setCellValue("说明");
            Row h = s.createRow(2);
            String[] header = {"主体名称", "核查结论", "我的备注", "发现编号", "核查单位", "核查日期", "核查说明"};
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            int n = 3;
            for (List<String> r : rows) {
                Row row = s.createRow(n++);
                row.createCell(0).setCellValue("某某");
                row.createCell(1).setCellValue(r.get(1));
                row.createCell(3).setCellValue(r.get(0));
                row.createCell(4).setCellValue("鼓楼所");
                row.createCell(5).setCellValue(r.get(2));
            }
            if (scope != null) {
                Sheet sig = wb.createSheet(ScopeSignature.SHEET);
                String[][] kv = {{ScopeSignature.LABEL_SCOPE, scope}, {ScopeSignature.LABEL_RUN_DATE, "2025-09-30"},
                    {ScopeSignature.LABEL_SIGNATURE, signature}};
                for (int i = 0; i < kv.length; i++) {
                    Row row = sig.createRow(i);
                    row.createCell(0).setCellValue(kv[i][0]);
                    row.createCell(1).setCellValue(kv[i][1]);
                }
                wb.setSheetVisibility(wb.getSheetIndex(sig), SheetVisibility.VERY_HIDDEN);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
    }

    static long count(String sql) throws Exception {
        try (Connection c = connect(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static String string(String sql) throws Exception {
        try (Connection c = connect(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** The history of the data directory, wherever the test store lives (H2 file, or a PostgreSQL schema). */
    static Connection connect() throws Exception {
        return TestStores.connect(data);
    }
}
