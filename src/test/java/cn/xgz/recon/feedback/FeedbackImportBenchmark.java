package cn.xgz.recon.feedback;

import cn.xgz.recon.common.PersonKeys;
import cn.xgz.recon.match.NameNormalizer;
import cn.xgz.recon.reference.RegionTable;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a returned province workbook of N findings with M filled review rows and prints the time (issue 10's
 * target: 1M findings, 100k reviews, ≤ 60 s at -Xmx2g). Not a test: run it by hand, e.g.
 *
 * <pre>
 * mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx2g -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     cn.xgz.recon.feedback.FeedbackImportBenchmark 1000000 100000 /tmp/xgz-feedback-bench
 * </pre>
 *
 * The workbook has the shape of a rule sheet (title rows, 15 finding columns, the five review columns) split over
 * sheets of at most 1,000,000 rows, and the signed scope sheet. The findings the import checks against are held in
 * memory here; in the command they come from the history (one decode of the latest run), which this does not time.
 */
public final class FeedbackImportBenchmark {

    private FeedbackImportBenchmark() {}

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int reviewed = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        Path dir = Files.createDirectories(Path.of(args.length > 2 ? args[2] : "target/feedback-bench"));
        LocalDate runDate = LocalDate.of(2025, 9, 30);
        PersonKeys keys = new PersonKeys("bench-secret".getBytes(StandardCharsets.UTF_8));
        String[] cities = {"350100", "350200", "350300", "350400", "350500", "350600", "350700", "350800", "350900"};

        long t0 = System.nanoTime();
        Path book = dir.resolve("returned-" + n + ".xlsx");
        Map<String, KnownFindings.Facts> facts = new HashMap<>(n * 2);
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
            Sheet s = null;
            int row = 0;
            int every = Math.max(1, n / Math.max(1, reviewed));
            for (int i = 0; i < n; i++) {
                if (s == null || row >= 1_000_000) {
                    s = wb.createSheet("R13 未报送年度报告" + (wb.getNumberOfSheets() == 0 ? "" : "（续" + wb.getNumberOfSheets() + "）"));
                    s.createRow(0).createCell(0).setCellValue("R13 未报送年度报告（严重程度：低）");
                    Row h = s.createRow(2);
                    String[] header = {"序号", "统一社会信用代码", "主体名称", "主体类型", "县区", "市场监管所", "住所", "法定代表人",
                        "应报年度", "成立日期", "登记状态", "状态", "首次发现", "持续天数", "说明",
                        "发现编号", "核查结论", "核查日期", "核查单位", "核查说明"};
                    for (int c = 0; c < header.length; c++) {
                        h.createCell(c).setCellValue(header[c]);
                    }
                    row = 3;
                }
                String uscc = String.format("9135%014d", i);
                String id = "R13:" + uscc;
                String city = cities[i % cities.length];
                facts.put(id, new KnownFindings.Facts(city, 2024, null));
                Row r = s.createRow(row++);
                r.createCell(0).setCellValue(i + 1);
                r.createCell(1).setCellValue(uscc);
                r.createCell(2).setCellValue("福州某某贸易有限公司" + i);
                r.createCell(3).setCellValue("有限责任公司");
                r.createCell(4).setCellValue(city.substring(0, 4) + "02");
                r.createCell(5).setCellValue("某某市场监管所");
                r.createCell(6).setCellValue("福建省福州市鼓楼区某某路" + i + "号");
                r.createCell(7).setCellValue("张*");
                r.createCell(8).setCellValue(2024);
                r.createCell(9).setCellValue("2019-05-01");
                r.createCell(10).setCellValue("存续");
                r.createCell(11).setCellValue("OPEN");
                r.createCell(12).setCellValue("2025-07-01");
                r.createCell(13).setCellValue(91);
                r.createCell(14).setCellValue("该主体未报送2024年度报告，请督促补报。");
                r.createCell(15).setCellValue(id);
                if (i % every == 0) {
                    r.createCell(16).setCellValue(i % 4 == 0 ? "不属实" : "属实");
                    r.createCell(17).setCellValue("2025-09-30");
                    r.createCell(18).setCellValue("某某市场监管所");
                    r.createCell(19).setCellValue("已电话核实，经营者称已于本月补报。");
                }
            }
            Sheet sig = wb.createSheet(ScopeSignature.SHEET);
            String[][] kv = {{ScopeSignature.LABEL_SCOPE, "350000"}, {ScopeSignature.LABEL_RUN_DATE, runDate.toString()},
                {ScopeSignature.LABEL_SIGNATURE, new ScopeSignature(keys).sign("350000", runDate)}};
            for (int i = 0; i < kv.length; i++) {
                Row r = sig.createRow(i);
                r.createCell(0).setCellValue(kv[i][0]);
                r.createCell(1).setCellValue(kv[i][1]);
            }
            wb.setSheetVisibility(wb.getSheetIndex(ScopeSignature.SHEET), SheetVisibility.VERY_HIDDEN);
            try (OutputStream out = Files.newOutputStream(book)) {
                wb.write(out);
            }
            wb.dispose();
        }
        System.out.printf("workbook: %,d findings, every %,d-th reviewed, %,d MB, written in %s%n", n,
                Math.max(1, n / Math.max(1, reviewed)), Files.size(book) >> 20, Duration.ofNanos(System.nanoTime() - t0));

        DriverManagerDataSource ds = new DriverManagerDataSource("jdbc:h2:file:" + dir.resolve("db/bench-" + System.nanoTime()), "sa", "");
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        String ddl = new String(FeedbackImportBenchmark.class.getResourceAsStream("/db/migration/V30__verification_feedback.sql")
                .readAllBytes(), StandardCharsets.UTF_8);
        for (String stmt : ddl.replaceAll("(?m)--.*$", "").split(";")) {
            if (!stmt.isBlank()) {
                jdbc.execute(stmt);
            }
        }
        FeedbackStore store = new FeedbackStore(jdbc, new TransactionTemplate(new DataSourceTransactionManager(ds)));
        KnownFindings known = new KnownFindings() {
            @Override
            public boolean anyRun() {
                return true;
            }

            @Override
            public Facts current(String findingId, LocalDate workbookRunDate) {
                return facts.get(findingId);
            }

            @Override
            public Facts asOf(String findingId, LocalDate date) {
                return facts.get(findingId);
            }
        };
        KnownRegistrations registrations = new KnownRegistrations() {
            @Override
            public LocalDate runDate() {
                return runDate;
            }

            @Override
            public boolean registered(String uscc) {
                return true;
            }
        };
        FeedbackImporter importer = new FeedbackImporter(store, known, registrations, new ScopeSignature(keys),
                new NameNormalizer(RegionTable.fujian()), "350000", dir, Clock.systemDefaultZone());
        System.gc();
        long tr = System.nanoTime();
        ReturnedFileReader.Content content = ReturnedFileReader.read(book);
        System.out.printf("read alone: %,d rows, %,d filled, in %s%n", content.rowsRead(), content.reviews().size(),
                Duration.ofNanos(System.nanoTime() - tr));
        content = null;
        long t1 = System.nanoTime();
        ImportResult r = importer.importFile(book, null);
        long t2 = System.nanoTime();
        System.out.printf("import: %s in %s (read %,d rows, applied %,d, rejected %,d); heap max %,d MB%n", r.status(),
                Duration.ofNanos(t2 - t1), r.rowsRead(), r.applied(), r.rejected(), Runtime.getRuntime().maxMemory() >> 20);
        ImportResult again = importer.importFile(book, null);
        System.out.printf("second import of the same file: %s in %s%n", again.status(), Duration.ofNanos(System.nanoTime() - t2));
    }
}
