package cn.xgz.recon.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's start-up image (jobs/app-image.sh) on the packaged jar: built once, run by its real path, rebuilt for
 * a new build while the previous image stays for a run still going on it, and trained without the operator's
 * settings.
 */
@Tag("long") // needs the packaged jar (verify) and trains on sample-data in a child JVM
class LauncherImageTest {

    @TempDir
    Path tmp;

    @Test
    void theImageStartsTheApplicationAndANewBuildGetsANewImage() throws Exception {
        Path jar = tmp.resolve("xgz-recon.jar");
        Files.copy(Path.of("target/xgz-recon.jar"), jar, StandardCopyOption.REPLACE_EXISTING);
        Path base = tmp.resolve("app");

        Result first = prepare(jar, base);
        assertThat(first.exit()).as(first.output()).isZero();
        Path image = base.toRealPath();
        assertThat(image.getFileName().toString()).isEqualTo("app-1");
        assertThat(Files.size(image.resolve("classes.jsa"))).isGreaterThan(1_000_000);
        assertThat(first.args()).containsExactly("-XX:SharedArchiveFile=" + image.resolve("classes.jsa"),
                "-Xlog:cds*=off", "-jar", image.resolve("xgz-recon.jar").toString());
        // Trained with a clean environment: the unreachable store URL this test sets would have failed training.
        assertThat(Files.exists(base.resolveSibling("app-training.log"))).isFalse();

        Result again = prepare(jar, base);
        assertThat(again.output()).doesNotContain("正在准备快速启动映像");
        assertThat(again.args()).isEqualTo(first.args());

        Result started = run(List.of("bash", "-c", "java \"$@\" --version", "-", first.args().get(0),
                first.args().get(1), first.args().get(2), first.args().get(3)));
        assertThat(started.exit()).as(started.output()).isZero();
        assertThat(started.output()).startsWith("xgz-recon ").doesNotContain("cds", "CDS", "shared archive");

        // A new build: a new image beside the previous one (a run may still be going on it), the pointer moved.
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(5)));
        Result rebuilt = prepare(jar, base);
        assertThat(rebuilt.exit()).as(rebuilt.output()).isZero();
        assertThat(base.toRealPath().getFileName().toString()).isEqualTo("app-2");
        assertThat(Files.exists(image.resolve("classes.jsa"))).isTrue();

        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(10)));
        assertThat(prepare(jar, base).exit()).isZero();
        assertThat(base.toRealPath().getFileName().toString()).isEqualTo("app-3");
        assertThat(Files.exists(image)).as("two builds back is removed").isFalse();
        assertThat(Files.exists(tmp.resolve("app-2"))).isTrue();
    }

    @Test
    void withoutAUsableImageTheLauncherRunsTheJar() throws Exception {
        Path jar = tmp.resolve("broken.jar");
        Files.writeString(jar, "not a jar");
        Result r = prepare(jar, tmp.resolve("app"));
        assertThat(r.exit()).isNotZero();
        assertThat(r.output()).contains("本次直接从 jar 运行");
        assertThat(r.args()).isEmpty();
        assertThat(Files.exists(tmp.resolve("app-1"))).isFalse();
    }

    private record Result(int exit, String output, List<String> args) {}

    private Result prepare(Path jar, Path base) throws IOException, InterruptedException {
        String script = ". jobs/app-image.sh; app_image_prepare \"$1\" \"$2\" sample-data/fuzhou; rc=$?;"
                + " app_image_args \"$2\" \"$(basename \"$1\")\"; printf 'ARG %s\\n' \"${app_args[@]}\"; exit $rc";
        Result r = run(List.of("bash", "-c", script, "-", jar.toString(), base.toString()));
        List<String> args = r.output().lines().filter(l -> l.startsWith("ARG ")).map(l -> l.substring(4))
                .filter(a -> !a.isEmpty()).toList();
        return new Result(r.exit(), r.output(), args);
    }

    private Result run(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("XGZ_DB_URL", "jdbc:postgresql://127.0.0.1:1/nowhere");
        Path out = Files.createTempFile(tmp, "out", ".txt");
        pb.redirectOutput(out.toFile());
        Process p = pb.start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("launcher script did not finish: " + String.join(" ", command));
        }
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), List.of());
    }
}
