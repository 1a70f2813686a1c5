package cn.xgz.recon.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xgz.recon.report.PoiTempFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.poi.util.TempFile;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Raw personal data at rest (issue 15): after a run with --reveal-pii is killed while it writes its workbooks, no raw
 * ID number is in {@code java.io.tmpdir}, and in the data directory only in owner-only files (0600) in owner-only
 * folders (0700); POI's temporary files live in the data directory's work area and are gone after the next run.
 */
@Tag("long") // child JVMs or several nightly runs: runs in verify (failsafe), not in the fast mvn test
class DataAtRestTest {

    @TempDir
    Path dir;

    @Test
    void afterACrashWithRevealPiiNoRawIdIsOutsideOwnerOnlyFilesOfTheDataDirectory() throws Exception {
        Path input = GeneratedInput.create(dir.resolve("input"), 300, 11);
        Set<String> ids = ids(input);
        assertThat(ids).hasSizeGreaterThan(100);
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        Path data = dir.resolve("data");
        Path out = dir.resolve("out");
        String[] args = withRevealPii(Baseline.nightly(input, out, data, "2025-09-30"));
        // A file a crashed process left in POI's folder: the next start removes it.
        Path stale = Files.createDirectories(PoiTempFiles.folder(data)).resolve("poi-sxssf-sheet-stale.xml");
        Files.writeString(stale, String.join("\n", ids));

        ChildJvm.Result killed = ChildJvm.withTestSecret().jvmOption("-Djava.io.tmpdir=" + tmp)
                .env("XGZ_FAULT_KILL_AT", "write-workbooks:end").run(args);
        assertThat(killed.exitCode()).as(killed.toString()).isEqualTo(ChildJvm.KILLED);
        assertThat(stale).doesNotExist();

        assertThat(filesWithIds(tmp, ids)).as("raw IDs in java.io.tmpdir").isEmpty();
        List<Path> holding = filesWithIds(data, ids);
        assertThat(holding).as("the staging files hold the loaded rows").isNotEmpty();
        for (Path f : holding) {
            assertThat(mode(f)).as(data.relativize(f).toString()).isEqualTo("rw-------");
            for (Path d = f.getParent(); !d.equals(data); d = d.getParent()) {
                assertThat(mode(d)).as(data.relativize(d).toString()).isEqualTo("rwx------");
            }
        }

        ChildJvm.Result resumed = ChildJvm.withTestSecret().jvmOption("-Djava.io.tmpdir=" + tmp).run(args);
        assertThat(resumed.exitCode()).as(resumed.toString()).isZero();
        assertThat(filesWithIds(tmp, ids)).isEmpty();
        assertThat(filesWithIds(data, ids)).as("the work area is emptied when the run completes").isEmpty();
        try (Stream<Path> left = Files.list(PoiTempFiles.folder(data))) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void poisTemporaryFilesGoToTheDataDirectorysWorkArea() throws Exception {
        Path data = dir.resolve("data");
        PoiTempFiles.use(data);
        try (SXSSFWorkbook wb = new SXSSFWorkbook(10)) {
            wb.createSheet("s").createRow(0).createCell(0).setCellValue("张三 350102199003071234");
            try (Stream<Path> files = Files.list(PoiTempFiles.folder(data))) {
                assertThat(files).as("SXSSF's sheet file is in the work area").isNotEmpty();
            }
            assertThat(mode(PoiTempFiles.folder(data))).isEqualTo("rwx------");
            wb.dispose();
        } finally {
            PoiTempFiles.clean(data);
            TempFile.setTempFileCreationStrategy(new org.apache.poi.util.DefaultTempFileCreationStrategy());
        }
    }

    private static String[] withRevealPii(String[] args) {
        String[] a = java.util.Arrays.copyOf(args, args.length + 1);
        a[args.length] = "--reveal-pii";
        return a;
    }

    private static String mode(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    /** The ID numbers of the inputs: 18 characters, as the input files hold them. */
    private static Set<String> ids(Path input) throws IOException {
        Set<String> ids = new HashSet<>();
        java.util.regex.Pattern id = java.util.regex.Pattern.compile("\\b\\d{17}[\\dX]\\b");
        try (Stream<Path> files = Files.list(input)) {
            for (Path f : files.toList()) {
                id.matcher(Files.readString(f, StandardCharsets.UTF_8)).results().forEach(m -> ids.add(m.group()));
            }
        }
        return ids;
    }

    private static List<Path> filesWithIds(Path root, Set<String> ids) throws IOException {
        List<Path> found = new ArrayList<>();
        if (!Files.exists(root)) {
            return found;
        }
        java.util.regex.Pattern id = java.util.regex.Pattern.compile("\\d{17}[\\dX]");
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                if (id.matcher(text).results().anyMatch(m -> ids.contains(m.group()))) {
                    found.add(f);
                }
            }
        }
        return found;
    }
}
