package cn.xgz.recon.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.xgz.recon.acceptance.AcceptanceSets;
import cn.xgz.recon.common.ExitCodes;
import cn.xgz.recon.common.RunLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data directory's run lock: a second run is refused with exit 3 naming the holder; a killed holder blocks nobody. */
@Tag("long") // child JVMs: runs in verify (failsafe), not in the fast mvn test
class RunLockTest {

    @TempDir
    Path dir;

    @Test
    void secondStartIsRefusedWithExit3NamingTheHolderAndAKilledHolderBlocksNobody() throws Exception {
        Path data = dir.resolve("data");
        Path out = dir.resolve("out");
        String[] nightly = Baseline.nightly(AcceptanceSets.set("basic/input"), out, data, "2025-09-30");
        ChildJvm.Running first = ChildJvm.withTestSecret().start(nightly);
        try {
            String holder = awaitHolder(data, first);

            InProcess.Result second = InProcess.execute(nightly);
            assertThat(second.exitCode()).as(second.toString()).isEqualTo(ExitCodes.LOCKED);
            assertThat(second.stderr()).contains("另一个运行正在使用数据目录", "nightly 2025-09-30",
                    "进程 " + first.pid());
            assertThat(RunFiles.stackTraceLines(second.console())).isEmpty();
            InProcess.Result status = InProcess.execute("status", "--data-dir", data.toString());
            assertThat(status.exitCode()).isZero();
            assertThat(status.stdout()).contains("正在运行：" + holder);

            first.kill9();
        } finally {
            if (first.isAlive()) {
                first.kill9();
            }
        }
        assertThat(Files.readString(data.resolve(RunLock.FILE_NAME), StandardCharsets.UTF_8))
                .as("the killed holder's text is still in the file; only the OS lock went with the process")
                .contains("进程 " + first.pid());
        ChildJvm.Result next = ChildJvm.withTestSecret().run(nightly);
        assertThat(next.exitCode()).as(next.toString()).isZero();
        assertThat(out.resolve("2025-09-30/findings.csv")).isRegularFile();
    }

    @Test
    void aRefusedAttemptInTheHoldingProcessDoesNotReleaseTheLock() throws Exception {
        Path data = dir.resolve("data");
        try (RunLock held = RunLock.acquire(data, "测试持有")) {
            // POSIX record locks belong to the process: closing any descriptor of the file drops them all.
            assertThatThrownBy(() -> RunLock.acquire(data, "second")).isInstanceOf(RunLock.HeldException.class)
                    .hasMessageContaining("测试持有");
            assertThat(RunLock.currentHolder(data)).hasValueSatisfying(h -> assertThat(h).contains("测试持有"));

            ChildJvm.Result other = ChildJvm.withTestSecret().run("nightly", "--input",
                    AcceptanceSets.set("basic/input").toString(), "--out", dir.resolve("out").toString(), "--date", "2025-09-30",
                    "--data-dir", data.toString());
            assertThat(other.exitCode()).as(other.toString()).isEqualTo(ExitCodes.LOCKED);
            assertThat(other.stderr()).contains("测试持有");
        }
        assertThat(RunLock.currentHolder(data)).isEmpty();
    }

    /** Waits until the child has taken the lock (its pid is in the lock file's text) and returns that text. */
    private static String awaitHolder(Path data, ChildJvm.Running child) throws Exception {
        Path file = data.resolve(RunLock.FILE_NAME);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            if (!child.isAlive()) {
                throw new AssertionError("the first run ended before it was seen holding the lock: "
                        + child.await(Duration.ofSeconds(5)));
            }
            if (Files.exists(file)) {
                String text = Files.readString(file, StandardCharsets.UTF_8).trim();
                if (text.contains("进程 " + child.pid())) {
                    return text;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the first run did not take the lock within 60 s");
    }
}
