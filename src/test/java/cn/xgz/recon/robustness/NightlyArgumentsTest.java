package cn.xgz.recon.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.xgz.recon.common.ExitCodes;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15's argument faults: an impossible run date, an output folder that is or holds the input folder, an input
 * file the run's account may not read (rejected whole, 「无读取权限」, exit 4), and a data directory that takes no
 * file (one Chinese line naming it, exit 1, no stack trace).
 */
@Tag("long") // child JVMs or several nightly runs: runs in verify (failsafe), not in the fast mvn test
class NightlyArgumentsTest {

    @TempDir
    Path dir;

    private final ScratchMounts mounts = new ScratchMounts();

    @AfterEach
    void unmount() throws Exception {
        mounts.close();
    }

    @Test
    void aRunDateAfterTomorrowOrBefore2000IsAUsageError() throws Exception {
        Path input = GeneratedInput.create(dir.resolve("input"), 50, 1);
        for (String date : List.of("2999-01-01", LocalDate.now().plusDays(2).toString(), "1900-01-01", "1999-12-31")) {
            InProcess.Result r = InProcess.execute(Baseline.nightly(input, dir.resolve("out"), dir.resolve("data"), date));
            assertThat(r.exitCode()).as(date + "\n" + r).isEqualTo(ExitCodes.USAGE);
            assertThat(r.stderr()).contains("--date " + date, "不是有效的运行日期");
        }
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void anOutputFolderThatIsInsideOrAroundTheInputIsAUsageError() throws Exception {
        Path input = GeneratedInput.create(dir.resolve("input"), 50, 1);
        Path data = dir.resolve("data");
        String date = "2025-09-30";
        InProcess.Result same = InProcess.execute(Baseline.nightly(input, input, data, date));
        assertThat(same.exitCode()).as(same.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(same.stderr()).contains("--out 与 --input 是同一个目录");
        InProcess.Result inside = InProcess.execute(Baseline.nightly(input, input.resolve("out"), data, date));
        assertThat(inside.exitCode()).as(inside.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(inside.stderr()).contains("--out", "位于 --input", "之内");
        InProcess.Result around = InProcess.execute(Baseline.nightly(input, dir, data, date));
        assertThat(around.exitCode()).as(around.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(around.stderr()).contains("--input", "位于 --out", "之内");
        Path link = Files.createSymbolicLink(dir.resolve("link"), input);
        InProcess.Result viaLink = InProcess.execute(Baseline.nightly(input, link.resolve("o"), data, date));
        assertThat(viaLink.exitCode()).as("the same folder through a symbolic link").isEqualTo(ExitCodes.USAGE);
        try (var files = Files.list(input)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.equals("out") || n.equals("o"));
        }
    }

    @Test
    void anUnreadableInputFileIsRejectedWholeAndTheRunGoesOn() throws Exception {
        Path input = GeneratedInput.create(dir.resolve("input"), 100, 2);
        Path members = input.resolve("party-members.csv");
        Files.setPosixFilePermissions(members, PosixFilePermissions.fromString("---------"));
        ChildJvm child = ChildJvm.withTestSecret();
        assumeTrue(child.obeyFilePermissions(), "cannot run a child that obeys file permissions");
        Path out = dir.resolve("out");
        ChildJvm.Result r = child.run(Baseline.nightly(input, out, dir.resolve("data"), "2025-09-30"));
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.FILE_REJECTED);
        assertThat(r.console()).doesNotContain("写入权限");
        assertThat(RunFiles.stackTraceLines(r.console())).isEmpty();
        Path run = out.resolve("2025-09-30");
        assertThat(FormulaPayloads.read(run.resolve("rejects.csv"))).anySatisfy(row -> {
            assertThat(row[1]).isEqualTo("party-members.csv");
            assertThat(row[4]).contains("无读取权限");
        });
        JsonNode summary = RunFiles.summary(run);
        assertThat(summary.get("incompleteSources").get("party-members").asText()).contains("无读取权限");
        for (JsonNode f : summary.get("files")) {
            assertThat(f.get("rejectedWhole").asBoolean()).as(f.toString()).isEqualTo(f.get("file").asText()
                    .equals("party-members.csv"));
        }
    }

    @Test
    void aDataDirectoryThatTakesNoFileIsOneLineNamingItAndExit1() throws Exception {
        Path input = GeneratedInput.create(dir.resolve("input"), 50, 3);
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("r-xr-xr-x"));
        ChildJvm child = ChildJvm.withTestSecret();
        assumeTrue(child.obeyFilePermissions(), "cannot run a child that obeys file permissions");
        ChildJvm.Result r = child.run(Baseline.nightly(input, dir.resolve("out"), data, "2025-09-30"));
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.FAILED);
        assertThat(r.console().strip().lines()).as(r.toString()).hasSize(1);
        assertThat(r.stderr()).contains("数据目录 " + data, "无法写入", "没有写入权限");

        Path full = dir.resolve("full");
        if (mounts.tmpfs(full, "size=64k")) {
            ChildJvm.Result f = ChildJvm.withTestSecret().run(Baseline.nightly(input, dir.resolve("out"), full, "2025-09-30"));
            assertThat(f.exitCode()).as(f.toString()).isEqualTo(ExitCodes.FAILED);
            assertThat(f.console().strip().lines()).as(f.toString()).hasSize(1);
            assertThat(f.stderr()).contains("数据目录 " + full, "磁盘空间已满");
        }
    }
}
