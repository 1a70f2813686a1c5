package cn.xgz.recon.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@EnabledOnOs({OS.LINUX, OS.MAC})
class ProcessChildRunnerTest {

    @TempDir
    Path work;

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 3, 4})
    void returnsTheChildsExitCode(int code) throws Exception {
        ProcessChildRunner r = new ProcessChildRunner(work, null, Duration.ofMinutes(1));
        assertThat(r.run(List.of("sh", "-c", "exit " + code), "t")).isEqualTo(code);
    }

    @Test
    void writesEachRunsOutputToItsLogFileInTheWorkingDirectory() throws Exception {
        ProcessChildRunner r = new ProcessChildRunner(work, Path.of("logs"), Duration.ofMinutes(1));
        r.run(List.of("sh", "-c", "pwd; echo 比对完成 >&2"), "nightly-20250930T020000");
        String log = Files.readString(work.resolve("logs/nightly-20250930T020000.log"));
        assertThat(log).contains(work.toRealPath().toString()).contains("比对完成");
    }

    @Test
    void stopsARunPastItsTimeLimit() throws Exception {
        ProcessChildRunner r = new ProcessChildRunner(work, null, Duration.ofMillis(300));
        assertThat(r.run(List.of("sleep", "30"), "slow")).isEqualTo(ProcessChildRunner.TIMED_OUT);
    }

    @Test
    void aLauncherThatCannotStartIsAnIoError() {
        ProcessChildRunner r = new ProcessChildRunner(work, null, Duration.ofMinutes(1));
        assertThatThrownBy(() -> r.run(List.of(work.resolve("jobs/xgz").toString()), "x")).isInstanceOf(IOException.class);
    }
}
