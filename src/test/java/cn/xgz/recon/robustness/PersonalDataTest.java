package cn.xgz.recon.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xgz.recon.acceptance.AcceptanceSets;
import cn.xgz.recon.common.PersonKeys;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Personal data (outputs.md, 个人信息) on the {@link CorpusRun}: the generated secret is owner-only and reused; no ID
 * or phone number of the inputs appears unmasked in any output file (workbooks unzipped), the data directory's logs,
 * run-summary.json or the console; {@code --reveal-pii} marks every sheet and the run summary.
 */
@Tag("long") // child JVMs: runs in verify (failsafe), not in the fast mvn test
class PersonalDataTest {

    private static final List<String> PII_COLUMNS = List.of("身份证号", "法定代表人证件号码", "手机号");

    @Test
    void generatedSecretIsOwnerOnlyAndReusedByTheNextRun() throws Exception {
        CorpusRun run = CorpusRun.get();
        Path secret = run.data.resolve(PersonKeys.SECRET_FILE);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secret))).isEqualTo("rw-------");
        assertThat(Files.readString(secret).trim()).matches("[0-9a-f]{64}");

        CorpusRun.Reveal reveal = run.reveal();
        assertThat(reveal.secretAfter()).isEqualTo(reveal.secretBefore());
        PersonKeys installation = new PersonKeys(reveal.secretBefore().trim().getBytes(StandardCharsets.UTF_8));
        Set<String> inputKeys = new LinkedHashSet<>();
        try (Stream<Path> files = Files.list(AcceptanceSets.set("basic/input"))) {
            for (Path f : files.toList()) {
                for (String column : List.of("身份证号", "法定代表人证件号码")) {
                    columnValues(f, column).forEach(id -> inputKeys.add(installation.keyOf(id)));
                }
            }
        }
        for (Path runDir : List.of(run.runDir(), reveal.runDir())) {
            List<String> personKeys = personKeys(runDir.resolve("findings.csv"));
            assertThat(personKeys).as(runDir.toString()).isNotEmpty();
            assertThat(inputKeys).as("person keys are HMACs with the installation's secret").containsAll(personKeys);
        }
    }

    @Test
    void noIdOrPhoneNumberOfTheInputsAppearsInOutputsLogsSummaryOrConsole() throws Exception {
        CorpusRun run = CorpusRun.get();
        Set<String> values = personalValues(run.input);
        assertThat(values).hasSizeGreaterThan(1000);
        assertThat(leaks(Files.readString(run.input.resolve("party-members.csv")), values, "input"))
                .as("the scan finds the values where they are").hasSizeGreaterThan(800);

        List<Path> scanned = new ArrayList<>(RunFiles.regularFiles(run.runDir()));
        scanned.addAll(RunFiles.regularFiles(run.data.resolve("logs")));
        assertThat(scanned).anyMatch(p -> p.getFileName().toString().equals("run-summary.json"))
                .anyMatch(p -> p.getFileName().toString().endsWith(".xlsx"))
                .anyMatch(p -> p.toString().endsWith(".log"));
        List<String> leaks = new ArrayList<>();
        for (Path f : scanned) {
            leaks.addAll(leaks(RunFiles.text(f), values, run.root.relativize(f).toString()));
        }
        leaks.addAll(leaks(run.result.console(), values, "console"));
        assertThat(leaks).isEmpty();
    }

    @Test
    void revealPiiPutsTheBannerOnEverySheetAndIsRecordedInTheSummary() throws Exception {
        CorpusRun run = CorpusRun.get();
        CorpusRun.Reveal reveal = run.reveal();
        assertThat(RunFiles.summary(reveal.runDir()).get("revealPii").asBoolean()).isTrue();
        assertThat(RunFiles.summary(run.runDir()).get("revealPii").asBoolean()).isFalse();
        List<String> sheets = new ArrayList<>();
        for (Path wb : workbooks(reveal.runDir())) {
            forEachSheet(wb, (name, sheet) -> {
                sheets.add(name);
                assertThat(firstCell(sheet)).as(name).isEqualTo("内部资料 注意保密");
                assertThat(((XSSFSheet) sheet).getHeader().getCenter()).as(name + " printed header").contains("内部资料 注意保密");
            });
        }
        assertThat(sheets).hasSizeGreaterThan(10);
        Set<String> values = personalValues(run.input);
        Path revealed = reveal.runDir().resolve("gap-report-" + reveal.runDir().getFileName().toString().replace("-", "") + ".xlsx");
        assertThat(leaks(RunFiles.text(revealed), values, "revealed workbook"))
                .as("an analyst who asked for full values sees ID numbers in the workbook").isNotEmpty();
        assertThat(leaks(RunFiles.text(reveal.runDir().resolve("findings.csv")), values, "findings.csv"))
                .as("the CSVs stay masked").isEmpty();
        for (Path wb : workbooks(run.runDir())) {
            forEachSheet(wb, (name, sheet) -> assertThat(firstCell(sheet)).as(name).isNotEqualTo("内部资料 注意保密"));
        }
    }

    /** Every non-blank ID and phone value in the input folder's readable CSV files, in both letter cases. */
    private static Set<String> personalValues(Path input) throws Exception {
        Set<String> values = new LinkedHashSet<>();
        try (Stream<Path> files = Files.list(input)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".csv") && Files.isRegularFile(p)).toList()) {
                for (String column : PII_COLUMNS) {
                    for (String v : columnValues(f, column)) {
                        if (v.length() >= 11) {
                            values.add(v);
                            values.add(v.toLowerCase());
                        }
                    }
                }
            }
        }
        return values;
    }

    private static List<String> columnValues(Path csv, String column) {
        List<String[]> rows;
        try {
            rows = FormulaPayloads.read(csv);
        } catch (Exception unreadable) {
            return List.of(); // a hostile file: the run rejected it whole
        }
        if (rows.isEmpty()) {
            return List.of();
        }
        int c = Arrays.asList(rows.get(0)).indexOf(column);
        if (c < 0) {
            return List.of();
        }
        return rows.stream().skip(1).filter(r -> r.length > c && !r[c].isBlank()).map(r -> r[c].trim()).toList();
    }

    private static List<String> leaks(String text, Set<String> values, String where) {
        List<String> found = new ArrayList<>();
        for (String v : values) {
            if (text.contains(v)) {
                found.add(where + " contains " + v.substring(0, 3) + "…");
            }
        }
        return found;
    }

    private static List<String> personKeys(Path findings) throws Exception {
        List<String[]> rows = FormulaPayloads.read(findings);
        int type = Arrays.asList(rows.get(0)).indexOf("subject_type");
        int key = Arrays.asList(rows.get(0)).indexOf("subject_key");
        return rows.stream().skip(1).filter(r -> r[type].equals("PERSON")).map(r -> r[key]).toList();
    }

    private static List<Path> workbooks(Path runDir) throws Exception {
        return RunFiles.regularFiles(runDir).stream().filter(p -> p.toString().endsWith(".xlsx")).toList();
    }

    private interface SheetCheck {
        void check(String name, Sheet sheet);
    }

    private static void forEachSheet(Path wbFile, SheetCheck check) throws Exception {
        try (InputStream in = Files.newInputStream(wbFile); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Sheet s : wb) {
                // The banner is for what a reader sees; the hidden scope-signature sheet (feedback.md) holds only the
                // scope code, the run date and an HMAC, and the leak scans below cover its text with the rest.
                if (!wb.isSheetHidden(wb.getSheetIndex(s)) && !wb.isSheetVeryHidden(wb.getSheetIndex(s))) {
                    check.check(wbFile.getFileName() + "!" + s.getSheetName(), s);
                }
            }
        }
    }

    private static String firstCell(Sheet sheet) {
        Row r = sheet.getRow(0);
        Cell c = r == null ? null : r.getCell(0);
        return c == null ? "" : c.getStringCellValue();
    }
}
