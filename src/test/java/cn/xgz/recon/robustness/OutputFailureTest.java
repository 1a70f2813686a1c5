package cn.xgz.recon.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.xgz.recon.acceptance.AcceptanceSets;
import cn.xgz.recon.common.ExitCodes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When the output cannot be written the run fails with exit 1 and a Chinese message naming the step and the folder or
 * file; files appear whole under their final names or not at all; the half-year manifest verifies as
 * {@code sha256sum -c} would.
 */
@Tag("long") // child JVMs: runs in verify (failsafe), not in the fast mvn test
class OutputFailureTest {

    @TempDir
    Path dir;

    private final ScratchMounts mounts = new ScratchMounts();

    @AfterEach
    void unmount() throws Exception {
        mounts.close();
    }

    @Test
    void unwritableOutputFolderFailsWithExit1NamingTheStepAndTheFolder() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        assumeTrue(mounts.unwritable(out), "cannot make a folder unwritable for this user");

        ChildJvm.Result nightly = ChildJvm.withTestSecret()
                .run(Baseline.nightly(AcceptanceSets.set("basic/input"), out, dir.resolve("data"), "2025-09-30"));
        assertThat(nightly.exitCode()).as(nightly.toString()).isEqualTo(ExitCodes.FAILED);
        assertThat(nightly.stderr()).containsPattern("运行失败于步骤 prepare：(文件系统为只读，无法写入|没有写入权限)：" + out);
        assertThat(RunFiles.stackTraceLines(nightly.console())).isEmpty();

        InProcess.Result validate = InProcess.execute("validate", "--input", AcceptanceSets.set("basic/input").toString(), "--out",
                out.resolve("checked").toString());
        assertThat(validate.exitCode()).as(validate.toString()).isEqualTo(ExitCodes.FAILED);
        assertThat(validate.stderr()).containsPattern("运行失败：(文件系统为只读，无法写入|没有写入权限)：" + out);
        assertThat(RunFiles.stackTraceLines(validate.console())).isEmpty();
        try (var left = Files.list(out)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void fullDiskFailsWithExit1LeavesOnlyWholeFilesAndResumesOnceThereIsRoom() throws Exception {
        Path out = dir.resolve("out");
        assumeTrue(mounts.tmpfs(out, "size=64k"), "cannot mount a small tmpfs (needs root)");
        String[] nightly = Baseline.nightly(AcceptanceSets.set("basic/input"), out, dir.resolve("data"), "2025-09-30");
        Path runDir = out.resolve("2025-09-30");

        ChildJvm.Result full = ChildJvm.withTestSecret().run(nightly);
        assertThat(full.exitCode()).as(full.toString()).isEqualTo(ExitCodes.FAILED);
        assertThat(full.stderr()).containsPattern("运行失败于步骤 [\\w-]+：无法写入 " + runDir + "/\\S+：磁盘空间已满");
        assertThat(RunFiles.stackTraceLines(full.console())).isEmpty();
        assertThat(RunFiles.partialFiles(runDir)).isEmpty();
        assertThat(RunFiles.regularFiles(runDir)).as("temporary files are removed when a write fails")
                .noneMatch(p -> p.getFileName().toString().startsWith("."));

        assumeTrue(mounts.remount(out, "size=64m"), "cannot grow the tmpfs");
        ChildJvm.Result resumed = ChildJvm.withTestSecret().run(nightly);
        assertThat(resumed.exitCode()).as(resumed.toString()).isZero();
        assertThat(resumed.console()).contains("续跑");
        assertThat(runDir.resolve("findings.csv")).isRegularFile();
        assertThat(RunFiles.partialFiles(runDir)).isEmpty();
    }

    @Test
    void filesAppearWholeUnderTheirFinalNamesAndTheHalfYearManifestVerifies() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        ChildJvm.Running run = ChildJvm.withTestSecret().start("half-year", "--period", "2025H2", "--input",
                AcceptanceSets.set("basic/input").toString(), "--out", out.toString(), "--data-dir", dir.resolve("data").toString());
        Map<Path, Long> seen = new HashMap<>();
        List<String> partial = new ArrayList<>();
        while (run.isAlive()) {
            watch(out, seen, partial);
            Thread.sleep(5);
        }
        ChildJvm.Result r = run.await(Duration.ofSeconds(10));
        watch(out, seen, partial);
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(partial).as("final names seen while not whole").isEmpty();
        assertThat(seen.keySet()).as("the watcher saw the outputs appear")
                .anyMatch(p -> p.toString().endsWith("findings.csv"))
                .anyMatch(p -> p.toString().endsWith("manifest.sha256"));

        Path folder = out.resolve("half-year/2025H2");
        List<String> lines = Files.readAllLines(folder.resolve("manifest.sha256"), StandardCharsets.UTF_8);
        List<String> listed = new ArrayList<>();
        for (String line : lines) {
            assertThat(line).matches("[0-9a-f]{64}  \\S.*");
            String name = line.substring(66);
            assertThat(RunFiles.sha256(folder.resolve(name))).as("sha256sum -c " + name).isEqualTo(line.substring(0, 64));
            listed.add(name);
        }
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> !n.equals("manifest.sha256")))
                    .containsExactlyInAnyOrderElementsOf(listed).hasSize(3); // the form, the CSV and the platforms CSV
        }
        try (var siblings = Files.list(out.resolve("half-year"))) {
            assertThat(siblings.map(p -> p.getFileName().toString())).containsExactly("2025H2");
        }
    }

    /** Checks every not-yet-seen (or changed) file under a final name: a .csv ends its last line, a zip reads whole. */
    private static void watch(Path out, Map<Path, Long> seen, List<String> partial) throws IOException {
        for (Path f : RunFiles.regularFilesIfPresent(out)) {
            String rel = out.relativize(f).toString();
            if (RunFiles.hiddenPath(rel)) {
                continue;
            }
            long stamp;
            try {
                stamp = Files.getLastModifiedTime(f).toMillis() ^ Files.size(f);
            } catch (IOException gone) {
                continue;
            }
            if (Long.valueOf(stamp).equals(seen.put(f, stamp))) {
                continue;
            }
            partial.addAll(RunFiles.partialFile(out, f));
        }
    }
}
