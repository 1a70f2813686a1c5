package cn.xgz.recon.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xgz.recon.common.ExitCodes;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The nightly job on a folder holding the whole {@link HostileCorpus} beside the basic set ({@link CorpusRun}): it
 * completes with exit 4, reports every hostile file in rejects.csv and run-summary.json, prints no stack trace,
 * changes nothing outside its run folder and data directory, and never echoes what an external entity points at.
 */
@Tag("long") // child JVMs: runs in verify (failsafe), not in the fast mvn test
class HostileNightlyTest {

    @Test
    void completesWithExit4AndReportsEveryHostileFile() throws Exception {
        CorpusRun run = CorpusRun.get();
        assertThat(run.result.exitCode()).as(run.result.toString()).isEqualTo(ExitCodes.FILE_REJECTED);
        // The closing summary is on stderr with the progress; stdout carries only the run folder.
        assertThat(run.result.stderr()).contains("运行完成").contains("有输入文件被整体拒绝");
        assertThat(run.result.stdout().strip()).isEqualTo(run.runDir().toString());

        Map<String, JsonNode> files = new HashMap<>();
        for (JsonNode f : RunFiles.summary(run.runDir()).get("files")) {
            files.put(f.get("file").asText(), f);
        }
        List<String[]> rejects = FormulaPayloads.read(run.runDir().resolve("rejects.csv"));
        for (HostileCorpus.Hostile h : HostileCorpus.cases()) {
            if (Files.isDirectory(run.input.resolve(h.fileName()))) {
                assertThat(files).as(h.toString()).doesNotContainKey(h.fileName());
                continue;
            }
            assertThat(files).as(h.toString()).containsKey(h.fileName());
            JsonNode f = files.get(h.fileName());
            assertThat(f.get("read").asLong()).as(h.toString())
                    .isEqualTo(f.get("loaded").asLong() + f.get("rejected").asLong());
            boolean four = h.exitCode() == ExitCodes.FILE_REJECTED;
            boolean whole = four && h.outcome() == HostileCorpus.Outcome.WHOLE;
            assertThat(f.get("rejectedWhole").asBoolean()).as(h.toString()).isEqualTo(whole);
            assertThat(f.get("stoppedPartWay").asBoolean()).as(h.toString())
                    .isEqualTo(four && h.outcome() == HostileCorpus.Outcome.PART_WAY);
            assertThat(f.get("damagedRows").asLong() > 0).as(h.toString())
                    .isEqualTo(four && h.outcome() == HostileCorpus.Outcome.DAMAGED_ROWS);
            if (whole) {
                assertThat(f.get("problem").asText()).as(h.toString()).isNotBlank();
                assertThat(rejects).as(h.toString())
                        .anyMatch(r -> r[1].equals(h.fileName()) && r[4].startsWith("文件") && r[4].contains("无法读取")
                                || r[1].equals(h.fileName()) && r[4].startsWith("文件被整体拒绝"));
            }
        }
    }

    @Test
    void printsNoStackTraceAndNoExceptionClassExceptTheKnownDefects() throws Exception {
        CorpusRun run = CorpusRun.get();
        List<String> knownDefectFiles = HostileCorpus.cases().stream().filter(h -> h.knownDefect() != null)
                .map(HostileCorpus.Hostile::fileName).toList();
        assertThat(RunFiles.stackTraceLines(run.result.console()))
                .filteredOn(line -> knownDefectFiles.stream().noneMatch(line::contains))
                .isEmpty();
    }

    @Test
    void changesNothingOutsideItsRunFolderAndDataDirectory() throws Exception {
        CorpusRun run = CorpusRun.get();
        assertThat(run.after).isEqualTo(run.before);
        try (var outs = Files.list(run.out)) {
            assertThat(outs.map(p -> p.getFileName().toString())).containsExactly(CorpusRun.DATE);
        }
    }

    @Test
    void neverEchoesTheContentAnExternalEntityPointsAt() throws Exception {
        CorpusRun run = CorpusRun.get();
        StringBuilder all = new StringBuilder(run.result.console());
        for (Path f : RunFiles.regularFiles(run.runDir())) {
            all.append(RunFiles.text(f));
        }
        for (Path f : RunFiles.regularFiles(run.data.resolve("logs"))) {
            all.append(Files.readString(f));
        }
        assertThat(all).doesNotContain(HostileCorpus.CANARY).doesNotContain("root:x:0:0");
    }
}
