package cn.xgz.recon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xgz.recon.acceptance.AcceptanceCheck;
import cn.xgz.recon.acceptance.AcceptanceSets;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate}: the exact rejects of the messy set, the per-file counts, and nothing else written. */
class ValidateCommandTest {

    @TempDir
    Path work;

    @Test
    void rejectsExactlyTheRowsTheMessySetPlantsAndLoadsEveryOtherRow() throws Exception {
        Path out = work.resolve("validate");
        int exit = Main.execute("validate", "--input", AcceptanceSets.set("messy/input").toString(), "--out", out.toString(),
                "--date", "2025-07-01");
        assertThat(exit).isZero();
        Path expected = AcceptanceSets.set("messy/expected");
        assertThat(keys(out.resolve("rejects.csv"))).isEqualTo(keys(expected.resolve("expected-rejects.csv")));
        assertThat(RunSummaries.summaryFiles(out)).isEqualTo(RunSummaries.expectedFiles(expected));
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("rejects.csv", "run-summary.json");
        }
        AcceptanceCheck.Report r = AcceptanceCheck.run(expected, out, null, Set.of(AcceptanceCheck.Part.REJECTS), false);
        assertThat(r.failures()).as(r.toString()).isEmpty();
    }

    @Test
    void aMissingInputFolderIsAUsageError() {
        assertThat(Main.execute("validate", "--input", work.resolve("nope").toString(), "--out", work.toString())).isEqualTo(2);
    }

    @Test
    void aFileWithoutARequiredColumnIsRejectedWholeWithExitFour() throws Exception {
        Path in = Files.createDirectories(work.resolve("in"));
        Files.writeString(in.resolve("markets.csv"), "\uFEFF市场编号,市场名称,行政区划代码\nSC1,某市场,350102\n", StandardCharsets.UTF_8);
        Path out = work.resolve("out");
        assertThat(Main.execute("validate", "--input", in.toString(), "--out", out.toString())).isEqualTo(4);
        List<String> rejects = Files.readAllLines(out.resolve("rejects.csv"), StandardCharsets.UTF_8);
        assertThat(rejects).hasSize(2);
        assertThat(rejects.get(1)).startsWith("markets,markets.csv,,开办者统一社会信用代码")
                .contains("文件被整体拒绝：缺少必填列：开办者统一社会信用代码");
    }

    /** (source, file, row) of a rejects file. */
    private static Set<String> keys(Path csv) throws Exception {
        Set<String> keys = new HashSet<>();
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            keys.add(f[0] + "|" + f[1] + "|" + f[2]);
        }
        return keys;
    }
}
