package cn.xgz.recon.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xgz.recon.common.ExitCodes;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15's reproduction: three nights on the same data, the second with one damaged registration line (row 10 with
 * 250 extra commas, and the row of an entity that has a finding). The damaged rows are rejected and every other row
 * loaded; nothing is RESOLVED because of them; the night exits 4; the next clean night brings back nothing as NEW
 * that was open before, and keeps first_seen.
 */
@Tag("long") // child JVMs or several nightly runs: runs in verify (failsafe), not in the fast mvn test
class DamagedLineHistoryTest {

    @TempDir
    Path dir;

    @Test
    void aDamagedLineCostsNoHistory() throws Exception {
        Path clean = GeneratedInput.create(dir.resolve("clean"), 2000, 15);
        Path out = dir.resolve("out");
        Path data = dir.resolve("data");
        InProcess.Result night1 = nightly(clean, out, data, "2025-09-30");
        assertThat(night1.exitCode()).as(night1.toString()).isEqualTo(ExitCodes.OK);
        List<String[]> day1 = FormulaPayloads.read(out.resolve("2025-09-30/findings.csv"));

        // Row 10 as in the issue, and the row of an entity with a finding of its own, which must not be resolved.
        Path damaged = GeneratedInput.copy(clean, dir.resolve("damaged"));
        Path reg = damaged.resolve("registrations.csv");
        List<String> lines = Files.readAllLines(reg, StandardCharsets.UTF_8);
        int withFinding = -1;
        for (int i = 10; i < lines.size() && withFinding < 0; i++) {
            String uscc = lines.get(i).split(",", 2)[0];
            if (day1.stream().anyMatch(f -> f[6].equals("ENTITY") && f[7].equals(uscc))) {
                withFinding = i;
            }
        }
        assertThat(withFinding).as("an entity with a finding after row 10").isPositive();
        String entity = lines.get(withFinding).split(",", 2)[0];
        lines.set(9, lines.get(9) + ",".repeat(250));
        lines.set(withFinding, lines.get(withFinding) + ",".repeat(250));
        Files.write(reg, lines, StandardCharsets.UTF_8);
        Files.writeString(damaged.resolve("名单（核对用）.csv"), "不属于任何数据源\n"); // inputs.md: listed, never ignored silently

        InProcess.Result night2 = nightly(damaged, out, data, "2025-10-01");
        assertThat(night2.exitCode()).as(night2.toString()).isEqualTo(ExitCodes.FILE_REJECTED);
        Path run2 = out.resolve("2025-10-01");
        List<String[]> rejects = FormulaPayloads.read(run2.resolve("rejects.csv"));
        assertThat(rejects).hasSize(3);
        assertThat(rejects.get(1)).startsWith("registrations", "registrations.csv", "10", "");
        assertThat(rejects.get(1)[4]).contains("265 列", "超过上限");
        assertThat(rejects.get(2)[2]).isEqualTo(Integer.toString(withFinding + 1));
        JsonNode regStats = RunFiles.summary(run2).get("files").get(0);
        assertThat(regStats.get("file").asText()).isEqualTo("registrations.csv");
        assertThat(regStats.get("read").asLong()).isEqualTo(2000);
        assertThat(regStats.get("loaded").asLong()).isEqualTo(1998);
        assertThat(regStats.get("rejected").asLong()).isEqualTo(2);
        assertThat(regStats.get("damagedRows").asLong()).isEqualTo(2);
        assertThat(RunFiles.summary(run2).get("unmatchedFiles")).extracting(JsonNode::asText)
                .containsExactly("名单（核对用）.csv");
        try (XSSFWorkbook wb = new XSSFWorkbook(run2.resolve("gap-report-20251001.xlsx").toFile())) {
            assertThat(text(wb.getSheet("数据质量"))).contains("未识别的文件", "名单（核对用）.csv");
        }
        List<String[]> day2 = FormulaPayloads.read(run2.resolve("findings.csv"));
        assertThat(day2.stream().skip(1).filter(f -> f[4].equals("RESOLVED")).map(f -> f[1] + " " + f[7]))
                .as("a rejected row is not evidence that a gap closed").isEmpty();
        assertThat(day2.stream().skip(1).filter(f -> f[7].equals(entity))).as("carried, not listed").isEmpty();

        InProcess.Result night3 = nightly(clean, out, data, "2025-10-02");
        assertThat(night3.exitCode()).as(night3.toString()).isEqualTo(ExitCodes.OK);
        Map<String, String> firstSeen = new HashMap<>();
        day1.stream().skip(1).forEach(f -> firstSeen.put(f[1] + "|" + f[7], f[5]));
        List<String[]> day3 = FormulaPayloads.read(out.resolve("2025-10-02/findings.csv"));
        assertThat(day3.stream().skip(1).filter(f -> firstSeen.containsKey(f[1] + "|" + f[7]))
                .filter(f -> !f[4].equals("OPEN") || !f[5].equals("2025-09-30")).map(f -> f[1] + " " + f[7] + " " + f[4]))
                .as("nothing open on day 1 comes back NEW; first_seen kept").isEmpty();
        assertThat(day3.stream().skip(1).filter(f -> f[7].equals(entity)).map(f -> f[4] + " " + f[5]))
                .isNotEmpty().allMatch(s -> s.equals("OPEN 2025-09-30"));
        assertThat(day3).hasSameSizeAs(day1);
    }

    static String text(org.apache.poi.ss.usermodel.Sheet sheet) {
        StringBuilder sb = new StringBuilder();
        for (org.apache.poi.ss.usermodel.Row row : sheet) {
            for (org.apache.poi.ss.usermodel.Cell c : row) {
                sb.append(c.toString()).append('\t');
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static InProcess.Result nightly(Path input, Path out, Path data, String date) {
        return InProcess.execute("nightly", "--input", input.toString(), "--out", out.toString(), "--date", date,
                "--data-dir", data.toString());
    }
}
