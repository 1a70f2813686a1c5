package cn.xgz.recon.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import cn.xgz.recon.common.ExitCodes;
import com.fasterxml.jackson.databind.JsonNode;
import com.opencsv.CSVReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code validate} on each file of the {@link HostileCorpus}, alone in its input folder: the right exit code, a
 * Chinese message naming the file (and the row where there is one), no stack trace or exception class on the console,
 * an answer within a minute, nothing touched outside the output folder, and no external entity's content anywhere.
 * The table of what each input produced is written to {@code target/robustness/hostile-inputs.md}.
 */
class HostileInputTest {

    private static final Map<String, String> TABLE = new TreeMap<>();

    @TempDir
    static Path dir;

    static Stream<HostileCorpus.Hostile> cases() {
        return HostileCorpus.cases().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void validateNamesTheFileAndTheProblemWithoutAStackTrace(HostileCorpus.Hostile h) throws Exception {
        Path root = dir.resolve(h.id());
        Path input = Files.createDirectories(root.resolve("input"));
        Path out = root.resolve("out");
        h.maker().make(input.resolve(h.fileName()), root.resolve("outside"));
        Map<String, String> before = RunFiles.snapshot(root, p -> p.startsWith(out));

        InProcess.Result r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> InProcess.execute("validate",
                "--input", input.toString(), "--out", out.toString(), "--date", "2025-09-30"));

        String rejects = Files.exists(out.resolve("rejects.csv"))
                ? Files.readString(out.resolve("rejects.csv"), StandardCharsets.UTF_8) : "";
        TABLE.put(h.id(), row(h, r, out, rejects));
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(h.exitCode());
        String said = r.console() + rejects;
        List<String> unclear = new ArrayList<>();
        h.phrases().stream().filter(p -> !said.contains(p)).forEach(p -> unclear.add("does not say “" + p + "”"));
        RunFiles.stackTraceLines(r.console()).forEach(l -> unclear.add("stack trace or exception class: " + l));
        if (h.exitCode() == ExitCodes.FILE_REJECTED) {
            assertThat(r.stdout()).contains(h.fileName() + " ").contains("整体拒绝：");
            assertThat(parse(rejects)).as("rejects.csv names the file, with the row where reading stopped or blank")
                    .anySatisfy(c -> {
                        assertThat(c[0]).isEqualTo(prefixOf(h.fileName()));
                        assertThat(c[1]).isEqualTo(h.fileName());
                        assertThat(c[4]).startsWith("文件");
                    });
        }
        if (h.knownDefect() == null) {
            assertThat(unclear).as(r.toString()).isEmpty();
        } else {
            assertThat(unclear).as("known defect no longer shows (fixed?): drop its mark in HostileCorpus — %s",
                    h.knownDefect()).isNotEmpty();
        }
        assertThat(RunFiles.snapshot(root, p -> p.startsWith(out))).as("nothing outside the output folder changed")
                .isEqualTo(before);
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("rejects.csv", "run-summary.json");
        }
        assertThat(said + Files.readString(out.resolve("run-summary.json"))).doesNotContain(HostileCorpus.CANARY)
                .doesNotContain("root:x:0:0");
    }

    @AfterAll
    static void writeTable() throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("| # | 输入 | 文件 | validate 退出码 | 信息 |");
        lines.add("|---|---|---|---|---|");
        lines.addAll(TABLE.values());
        Path f = Path.of("target", "robustness", "hostile-inputs.md");
        Files.createDirectories(f.getParent());
        Files.write(f, lines, StandardCharsets.UTF_8);
    }

    private static String prefixOf(String fileName) {
        return fileName.substring(0, fileName.indexOf("-h"));
    }

    /** One line of the table: the file's problem from run-summary.json, else its counts and the reject reasons. */
    private static String row(HostileCorpus.Hostile h, InProcess.Result r, Path out, String rejects) throws IOException {
        StringBuilder msg = new StringBuilder();
        if (Files.exists(out.resolve("run-summary.json"))) {
            JsonNode s = RunFiles.summary(out);
            for (JsonNode f : s.get("files")) {
                if (f.get("file").asText().equals(h.fileName())) {
                    msg.append(f.get("rejectedWhole").asBoolean() ? "整体拒绝：" + f.get("problem").asText()
                            : "读取 " + f.get("read") + "，导入 " + f.get("loaded") + "，拒绝 " + f.get("rejected"));
                }
            }
            if (s.get("missingSources").size() > 0 && msg.isEmpty()) {
                msg.append("文件被忽略；缺少数据源 ").append(s.get("missingSources"));
            }
        } else {
            msg.append(r.stderr().strip());
        }
        List<String> reasons = parse(rejects).stream().skip(1).filter(c -> !c[2].isEmpty())
                .map(c -> "第" + c[2] + "行 " + c[3] + "：" + c[4] + (c[5].isEmpty() ? "" : "（值 " + c[5] + "）"))
                .distinct().limit(3).toList();
        if (!reasons.isEmpty()) {
            msg.append("；").append(String.join("；", reasons));
        }
        return "| " + h.id() + " | " + h.kind() + " | `" + h.fileName().replace("|", "\\|") + "` | " + r.exitCode() + " | "
                + msg.toString().replace("|", "\\|").replace("\n", " ") + " |";
    }

    private static List<String[]> parse(String csv) throws IOException {
        if (csv.isEmpty()) {
            return List.of();
        }
        try (CSVReader reader = new CSVReader(new StringReader(csv.replace("\uFEFF", "")))) {
            return reader.readAll();
        } catch (com.opencsv.exceptions.CsvException e) {
            throw new IOException(e);
        }
    }
}
