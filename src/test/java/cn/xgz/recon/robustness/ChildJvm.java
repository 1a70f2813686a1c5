package cn.xgz.recon.robustness;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code cn.xgz.recon.cli.Main} in a child JVM on the test's own classpath, as an operator's shell would: its
 * own environment (every {@code XGZ_*} variable of the test's environment removed, then the given ones set), its
 * console captured to files. Children get a small heap and C1 only: the sets are small, so start-up dominates.
 */
final class ChildJvm {

    /** What the kernel reports for a process killed with {@code kill -9} (128 + 9). */
    static final int KILLED = 137;

    private static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(3);

    private final Map<String, String> env = new HashMap<>();
    private final List<String> jvmOptions = new ArrayList<>(List.of("-Xmx512m", "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8"));
    private Duration timeout = DEFAULT_TIMEOUT;
    private final List<String> prefix = new ArrayList<>();

    /** A child with the acceptance sets' secret, so its person keys compare with other runs'. */
    static ChildJvm withTestSecret() {
        return new ChildJvm().env("XGZ_PII_SECRET", "test-secret");
    }

    /** A child with no {@code XGZ_*} variable at all. */
    static ChildJvm plain() {
        return new ChildJvm();
    }

    ChildJvm env(String name, String value) {
        env.put(name, value);
        return this;
    }

    /**
     * Runs the child without the privilege to override file permissions, so that an unreadable file or an unwritable
     * folder refuses it as it would refuse an operator's account: as root, through {@code setpriv} dropping
     * CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH; false when that is not possible (root without setpriv).
     */
    boolean obeyFilePermissions() {
        if (!"root".equals(System.getProperty("user.name"))) {
            return true;
        }
        if (!Files.isExecutable(Path.of("/usr/bin/setpriv"))) {
            return false;
        }
        prefix.clear();
        prefix.addAll(List.of("/usr/bin/setpriv", "--bounding-set=-dac_override,-dac_read_search"));
        return true;
    }

    ChildJvm jvmOption(String option) {
        jvmOptions.add(option);
        return this;
    }

    ChildJvm timeout(Duration t) {
        timeout = t;
        return this;
    }

    /** One finished run: exit code and console text. */
    record Result(int exitCode, String stdout, String stderr) {
        String console() {
            return stdout + stderr;
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + stdout + "\n--- stderr\n" + stderr;
        }
    }

    /** A started child, for tests that act while it runs. */
    static final class Running {
        private final Process process;
        private final Path out;
        private final Path err;

        private Running(Process process, Path out, Path err) {
            this.process = process;
            this.out = out;
            this.err = err;
        }

        long pid() {
            return process.pid();
        }

        boolean isAlive() {
            return process.isAlive();
        }

        /** The processes this child started, still running. */
        java.util.List<ProcessHandle> descendants() {
            return process.descendants().toList();
        }

        /** SIGTERM, as {@code kill} or systemd's stop sends it. */
        void term() {
            process.destroy();
        }

        void kill9() throws InterruptedException, IOException {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }

        Result await(Duration timeout) throws IOException, InterruptedException {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                process.waitFor(30, TimeUnit.SECONDS);
                String console = read(out) + read(err);
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
                fail("child did not end within " + timeout + ":\n" + console);
            }
            Result r = new Result(process.exitValue(), read(out), read(err));
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
            return r;
        }
    }

    Result run(String... args) throws IOException, InterruptedException {
        return start(args).await(timeout);
    }

    Running start(String... args) throws IOException {
        List<String> cmd = new ArrayList<>(prefix);
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmOptions);
        cmd.add("-cp");
        cmd.add(classpath());
        cmd.add("cn.xgz.recon.cli.Main");
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().keySet().removeIf(k -> k.startsWith("XGZ_") && !k.startsWith("XGZ_TEST_"));
        pb.environment().putAll(env);
        Path out = Files.createTempFile("xgz-child-", ".out");
        Path err = Files.createTempFile("xgz-child-", ".err");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        p.getOutputStream().close(); // the commands never read the console
        return new Running(p, out, err);
    }

    /** Surefire's real classpath when it runs the tests through a manifest-only jar, else this JVM's. */
    static String classpath() {
        String cp = System.getProperty("surefire.test.class.path");
        return cp != null && !cp.isBlank() ? cp : System.getProperty("java.class.path");
    }

    private static String read(Path f) throws IOException {
        return Files.exists(f) ? new String(Files.readAllBytes(f), StandardCharsets.UTF_8) : "";
    }
}
