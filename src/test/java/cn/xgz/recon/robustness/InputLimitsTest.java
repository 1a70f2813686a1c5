package cn.xgz.recon.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xgz.recon.acceptance.AcceptanceSets;
import cn.xgz.recon.common.ExitCodes;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The per-file limits {@code xgz.limits.max-rows} and {@code xgz.limits.max-file-bytes}, set through the environment
 * ({@code XGZ_LIMITS_MAXROWS}, {@code XGZ_LIMITS_MAXFILEBYTES}), stop a file that exceeds them with a message naming
 * the file, in both nightly and validate; the files within the limits load as usual.
 */
@Tag("long") // child JVMs: runs in verify (failsafe), not in the fast mvn test
class InputLimitsTest {

    @TempDir
    Path dir;

    @Test
    void nightlyStopsAFileAtTheRowLimitNamingTheFileAndTheRow() throws Exception {
        Path out = dir.resolve("out");
        ChildJvm.Result r = ChildJvm.withTestSecret().env("XGZ_LIMITS_MAXROWS", "500")
                .run(Baseline.nightly(AcceptanceSets.set("basic/input"), out, dir.resolve("data"), "2025-09-30"));
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.FILE_REJECTED);
        // Progress and the closing summary are on stderr; stdout carries only the run folder.
        assertThat(r.stderr()).contains("registrations.csv", "数据行数超过上限 500 行");
        assertThat(r.stdout().strip()).isEqualTo(out.resolve("2025-09-30").toString());
        assertThat(RunFiles.stackTraceLines(r.console())).isEmpty();

        Path run = out.resolve("2025-09-30");
        List<String[]> rejects = FormulaPayloads.read(run.resolve("rejects.csv"));
        // One reject line stands for the 1,500 rows not read, so that read = loaded + rejected holds (inputs.md).
        assertThat(rejects).anySatisfy(row -> assertThat(row).containsExactly("registrations", "registrations.csv", "502",
                "", "自第502行起未能读取（共 1500 行）：数据行数超过上限 500 行", ""));
        JsonNode registrations = file(run, "registrations.csv");
        assertThat(registrations.get("rejectedWhole").asBoolean()).isFalse();
        assertThat(registrations.get("stoppedPartWay").asBoolean()).isTrue();
        assertThat(registrations.get("problem").asText()).contains("数据行数超过上限 500 行");
        assertThat(registrations.get("loaded").asLong()).isEqualTo(500);
        assertThat(registrations.get("rejected").asLong()).isEqualTo(1500);
        assertThat(registrations.get("read").asLong()).isEqualTo(2000);
        assertThat(RunFiles.summary(run).get("incompleteSources").get("registrations").asText())
                .contains("registrations.csv 未能读完");
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                run.resolve("gap-report-20250930.xlsx").toFile())) {
            assertThat(DamagedLineHistoryTest.text(wb.getSheet("汇总")))
                    .contains("数据源不完整：经营主体登记信息", "registrations.csv 未能读完", "不销号");
        }
        assertThat(file(run, "riders-eleme.csv").get("rejectedWhole").asBoolean()).as("244 rows: within the limit").isFalse();
    }

    @Test
    void validateStopsAFileAtTheRowLimitToo() throws Exception {
        ChildJvm.Result r = ChildJvm.plain().env("XGZ_LIMITS_MAXROWS", "500").run("validate", "--input",
                AcceptanceSets.set("basic/input").toString(), "--out", dir.resolve("checked").toString(), "--date", "2025-09-30");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.FILE_REJECTED);
        assertThat(r.stdout()).containsPattern("registrations.csv .*未能读完：数据行数超过上限 500 行");
        assertThat(file(dir.resolve("checked"), "riders-eleme.csv").get("rejectedWhole").asBoolean()).isFalse();
    }

    @Test
    void aFileOverTheSizeLimitIsRejectedWholeNamingItsSize() throws Exception {
        ChildJvm.Result r = ChildJvm.plain().env("XGZ_LIMITS_MAXFILEBYTES", "100000").run("validate", "--input",
                AcceptanceSets.set("basic/input").toString(), "--out", dir.resolve("checked").toString(), "--date", "2025-09-30");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.FILE_REJECTED);
        assertThat(r.stdout()).containsPattern("registrations.csv .*整体拒绝：文件大小 \\d+ 字节超过上限 100000 字节");
        JsonNode markets = file(dir.resolve("checked"), "markets.csv");
        assertThat(markets.get("rejectedWhole").asBoolean()).as("a small file is read as usual").isFalse();
        assertThat(markets.get("loaded").asLong()).isEqualTo(12);
    }

    @Test
    void anXlsxWhoseSharedStringsTheHeapCannotHoldIsRejectedNotACrash() throws Exception {
        StringBuilder sst = new StringBuilder(HostileCorpus.XML_DECL + "<sst xmlns=\"" + HostileCorpus.NS + "\">");
        for (String h : HostileCorpus.REG_COLUMNS) {
            sst.append("<si><t>").append(h).append("</t></si>");
        }
        java.util.Random random = new java.util.Random(15);
        while (sst.length() < 40 << 20) {
            sst.append("<si><t>").append(Long.toHexString(random.nextLong())).append(Long.toHexString(random.nextLong()))
                    .append("</t></si>");
        }
        sst.append("</sst>");
        StringBuilder header = new StringBuilder("<row r=\"1\">");
        for (int c = 0; c < HostileCorpus.REG_COLUMNS.length; c++) {
            header.append("<c r=\"").append((char) ('A' + c)).append("1\" t=\"s\"><v>").append(c).append("</v></c>");
        }
        Map<String, String> parts = HostileCorpus.parts(HostileCorpus.sheet(header.append("</row>").toString()));
        parts.put("xl/sharedStrings.xml", sst.toString());
        Path input = Files.createDirectories(dir.resolve("big-strings"));
        Files.write(input.resolve("registrations.xlsx"), HostileCorpus.zip(parts));
        ChildJvm.Result r = ChildJvm.plain().jvmOption("-Xmx128m").run("validate", "--input", input.toString(), "--out",
                dir.resolve("checked-big").toString(), "--date", "2025-09-30");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.FILE_REJECTED);
        assertThat(r.stdout()).contains("registrations.xlsx", "整体拒绝：共享字符串表解压后", "超过最大堆内存");
        assertThat(RunFiles.stackTraceLines(r.console())).isEmpty();
    }

    private static JsonNode file(Path runDir, String name) throws Exception {
        for (JsonNode f : RunFiles.summary(runDir).get("files")) {
            if (f.get("file").asText().equals(name)) {
                return f;
            }
        }
        throw new AssertionError(name + " not in run-summary.json");
    }
}
