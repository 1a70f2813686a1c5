package cn.xgz.recon.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xgz.recon.cli.Main;
import cn.xgz.recon.common.RunJournal;
import cn.xgz.recon.common.RunLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -TERM} on the scheduler during a run: it starts nothing more, ends the running child as a stopped run
 * (restartable), logs 「调度已停止」 in the data directory and exits 0, leaving no process behind.
 */
@Tag("long") // child JVMs: runs in verify (failsafe), not in the fast mvn test
class SchedulerStopTest {

    @TempDir
    Path tmp;

    @Test
    void sigtermDuringAChildRunLeavesNoProcessAndExits0() throws Exception {
        Path input = tmp.resolve("in");
        assertThat(Main.execute("generate", "--entities", "2000", "--out", input.toString())).isZero();
        Path data = tmp.resolve("data");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path config = tmp.resolve("schedule.properties");
        Files.writeString(config, String.join("\n",
                "nightly.cron=* * * * * *",
                "nightly.input=" + input,
                "halfyear.cron=0 0 3 1 1 *",
                "out.dir=" + tmp.resolve("out"),
                "data.dir=" + data,
                "command=" + java + " -Xmx256m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp " + ChildJvm.classpath()
                        + " cn.xgz.recon.cli.Main",
                "work.dir=" + tmp,
                "zone=Asia/Shanghai",
                "log.dir=" + data.resolve("logs"),
                "run.timeout=PT10M",
                "lock.retry.delay=PT1M",
                "lock.retry.max=0", ""), StandardCharsets.UTF_8);

        ChildJvm.Running scheduler = ChildJvm.withTestSecret().start("schedule", "--config", config.toString());
        List<ProcessHandle> children = List.of();
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        // Wait until a nightly child has started its job (its start is in the run journal): the run is under way.
        while (System.nanoTime() < deadline && scheduler.isAlive()) {
            children = scheduler.descendants();
            Path journal = data.resolve(RunJournal.FILE_NAME);
            if (!children.isEmpty() && Files.exists(journal) && Files.readString(journal).contains("\"start\"")) {
                break;
            }
            Thread.sleep(200);
        }
        assertThat(children).as("a nightly child was started").isNotEmpty();
        assertThat(RunLock.currentHolder(data)).isPresent();

        scheduler.term();
        ChildJvm.Result r = scheduler.await(Duration.ofMinutes(2));
        assertThat(r.exitCode()).as(r.toString()).isZero();
        for (ProcessHandle child : children) {
            assertThat(child.isAlive()).as("child " + child.pid() + " left running").isFalse();
        }
        String log = Files.readString(data.resolve("logs/schedule.log"), StandardCharsets.UTF_8);
        assertThat(log).contains("调度已停止").contains("正在停止");
        // The child ended as a stopped run that the next nightly resumes.
        assertThat(Files.readString(data.resolve(RunJournal.FILE_NAME), StandardCharsets.UTF_8)).contains("收到终止信号");
        assertThat(RunLock.currentHolder(data)).isEmpty();
    }
}
