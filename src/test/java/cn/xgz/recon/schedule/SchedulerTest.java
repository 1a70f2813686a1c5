package cn.xgz.recon.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xgz.recon.common.ExitCodes;
import cn.xgz.recon.schedule.Scheduler.Job;
import cn.xgz.recon.schedule.Scheduler.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SchedulerTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @TempDir
    Path work;

    private ScheduleSettings settings;

    /** A runner that records each command and answers from a script of exit codes (or throws for -1). */
    static final class FakeRunner implements ChildRunner {
        final List<List<String>> commands = new ArrayList<>();
        final Deque<Integer> codes = new ArrayDeque<>();
        Runnable during = () -> {};

        @Override
        public int run(List<String> command, String label) throws IOException {
            commands.add(command);
            during.run();
            int code = codes.isEmpty() ? 0 : codes.poll();
            if (code == -1) {
                throw new IOException("jobs/xgz: Permission denied");
            }
            return code;
        }
    }

    @BeforeEach
    void settings() {
        Properties p = new Properties();
        p.setProperty("nightly.input", "in/{yyyyMMdd}");
        p.setProperty("work.dir", work.toString());
        p.setProperty("zone", "Asia/Shanghai");
        settings = ScheduleSettings.from(p);
    }

    private static ZonedDateTime at(String local) {
        return java.time.LocalDateTime.parse(local).atZone(SHANGHAI);
    }

    /** A sleeper that moves the clock to the wake-up time (never backwards). */
    private static Scheduler.Sleeper jump(MutableClock clock) {
        return (until, c) -> {
            if (until.isAfter(clock.instant())) {
                clock.set(until);
            }
        };
    }

    private void inputFolders(LocalDate from, int days) throws IOException {
        for (int i = 0; i < days; i++) {
            Files.createDirectories(work.resolve(settings.inputFor(from.plusDays(i))));
        }
    }

    @ParameterizedTest
    @CsvSource({
        "2025-09-30T10:00:00, 2025-10-01T02:00",
        "2025-09-30T01:59:59, 2025-09-30T02:00",
        "2025-09-30T02:00:00, 2025-10-01T02:00",
        "2025-12-31T23:00:00, 2026-01-01T02:00",
    })
    void nightlyDefaultTriggersAtTwoEveryDay(String now, String next) {
        Scheduler s = new Scheduler(settings, new MutableClock(at(now)), new FakeRunner(), jump(new MutableClock(at(now))));
        assertThat(s.nextTrigger(Job.NIGHTLY).toLocalDateTime()).isEqualTo(next);
    }

    @ParameterizedTest
    @CsvSource({
        "2025-03-15T12:00:00, 2025-07-01T03:00",
        "2025-07-01T02:59:59, 2025-07-01T03:00",
        "2025-07-01T03:00:00, 2026-01-01T03:00",
        "2025-12-31T23:59:00, 2026-01-01T03:00",
    })
    void halfYearDefaultTriggersAtThreeOnTheFirstOfJanuaryAndJuly(String now, String next) {
        Scheduler s = new Scheduler(settings, new MutableClock(at(now)), new FakeRunner(), jump(new MutableClock(at(now))));
        assertThat(s.nextTrigger(Job.HALF_YEAR).toLocalDateTime()).isEqualTo(next);
    }

    @Test
    void runsNightlyOnTheDaysFolderAndHalfYearForThePeriodJustEnded() throws Exception {
        MutableClock clock = new MutableClock(at("2025-12-30T12:00:00"));
        inputFolders(LocalDate.of(2025, 12, 31), 3);
        FakeRunner runner = new FakeRunner();
        Scheduler s = new Scheduler(settings, clock, runner, jump(clock));
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            outcomes.add(s.runNext());
        }
        assertThat(outcomes).extracting(o -> o.job() + " " + o.trigger().toLocalDateTime()).containsExactly(
                "NIGHTLY 2025-12-31T02:00", "NIGHTLY 2026-01-01T02:00", "HALF_YEAR 2026-01-01T03:00", "NIGHTLY 2026-01-02T02:00");
        assertThat(runner.commands.get(1)).containsExactly("jobs/xgz", "nightly", "--input", "in/20260101", "--out", "out",
                "--data-dir", "data", "--date", "2026-01-01");
        assertThat(runner.commands.get(2)).containsExactly("jobs/xgz", "half-year", "--period", "2025H2", "--out", "out",
                "--data-dir", "data");
    }

    @Test
    void aFailedRunDoesNotStopTheSchedule() throws Exception {
        MutableClock clock = new MutableClock(at("2025-09-29T12:00:00"));
        inputFolders(LocalDate.of(2025, 9, 30), 4);
        FakeRunner runner = new FakeRunner();
        runner.codes.addAll(List.of(1, -1, 2, 0));
        Scheduler s = new Scheduler(settings, clock, runner, jump(clock));
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            outcomes.add(s.runNext());
        }
        assertThat(runner.commands).hasSize(4);
        assertThat(outcomes).extracting(Outcome::exitCode).containsExactly(1, null, 2, 0);
        assertThat(outcomes.get(1).problem()).contains("无法启动");
        assertThat(outcomes).extracting(o -> o.trigger().toLocalDate().toString())
                .containsExactly("2025-09-30", "2025-10-01", "2025-10-02", "2025-10-03");
        assertThat(outcomes.get(3).succeeded()).isTrue();
        assertThat(s.nextTrigger(Job.NIGHTLY).toLocalDateTime()).isEqualTo("2025-10-04T02:00");
    }

    @Test
    void aMissingInputFolderSkipsTheNightWithoutStartingAChild() throws Exception {
        MutableClock clock = new MutableClock(at("2025-09-29T12:00:00"));
        Files.createDirectories(work.resolve("in/20251001"));
        FakeRunner runner = new FakeRunner();
        Scheduler s = new Scheduler(settings, clock, runner, jump(clock));
        Outcome missing = s.runNext();
        Outcome present = s.runNext();
        assertThat(missing.problem()).contains("输入目录不存在").contains("20250930");
        assertThat(missing.exitCode()).isNull();
        assertThat(present.exitCode()).isZero();
        assertThat(runner.commands).hasSize(1);
    }

    @Test
    void aHalfYearTriggerPassedDuringALongNightlyRunRunsRightAfterIt() throws Exception {
        MutableClock clock = new MutableClock(at("2025-06-30T12:00:00"));
        inputFolders(LocalDate.of(2025, 7, 1), 2);
        FakeRunner runner = new FakeRunner();
        runner.during = () -> clock.advance(Duration.ofMinutes(95)); // 02:00 → 03:35
        Scheduler s = new Scheduler(settings, clock, runner, jump(clock));
        Outcome nightly = s.runNext();
        Outcome halfYear = s.runNext();
        assertThat(nightly.job()).isEqualTo(Job.NIGHTLY);
        assertThat(halfYear.job()).isEqualTo(Job.HALF_YEAR);
        assertThat(halfYear.trigger().toLocalDateTime()).isEqualTo("2025-07-01T03:00");
        assertThat(halfYear.command()).contains("2025H1");
        assertThat(s.nextTrigger(Job.HALF_YEAR).toLocalDateTime()).isEqualTo("2026-01-01T03:00");
    }

    @Test
    void aRunLongerThanADayMissesItsOwnNextTriggerOnceNotRepeatedly() throws Exception {
        MutableClock clock = new MutableClock(at("2025-09-29T12:00:00"));
        inputFolders(LocalDate.of(2025, 9, 30), 5);
        FakeRunner runner = new FakeRunner();
        runner.during = () -> clock.advance(Duration.ofHours(50)); // 09-30 02:00 → 10-02 04:00
        Scheduler s = new Scheduler(settings, clock, runner, jump(clock));
        s.runNext();
        assertThat(s.nextTrigger(Job.NIGHTLY).toLocalDateTime()).isEqualTo("2025-10-03T02:00");
    }

    @Test
    void aLockedDataDirectoryIsRetriedForTheSameRunDate() throws Exception {
        MutableClock clock = new MutableClock(at("2025-09-29T12:00:00"));
        inputFolders(LocalDate.of(2025, 9, 30), 2);
        FakeRunner runner = new FakeRunner();
        runner.codes.addAll(List.of(3, 3, 0));
        Scheduler s = new Scheduler(settings, clock, runner, jump(clock));
        for (int i = 0; i < 3; i++) {
            s.runNext();
        }
        assertThat(runner.commands).extracting(c -> c.get(c.size() - 1)).containsExactly("2025-09-30", "2025-09-30", "2025-09-30");
        assertThat(clock.instant()).isEqualTo(at("2025-09-30T02:20:00").toInstant());
        assertThat(s.nextTrigger(Job.NIGHTLY).toLocalDateTime()).isEqualTo("2025-10-01T02:00");
    }

    @Test
    void lockRetriesAreBounded() throws Exception {
        MutableClock clock = new MutableClock(at("2025-09-29T12:00:00"));
        inputFolders(LocalDate.of(2025, 9, 30), 2);
        FakeRunner runner = new FakeRunner();
        runner.codes.addAll(List.of(3, 3, 3, 3, 0));
        Scheduler s = new Scheduler(settings, clock, runner, jump(clock));
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            outcomes.add(s.runNext());
        }
        // The first try and 3 retries for 09-30, then the next night.
        assertThat(outcomes).extracting(o -> o.trigger().toLocalDate().toString())
                .containsExactly("2025-09-30", "2025-09-30", "2025-09-30", "2025-09-30", "2025-10-01");
    }

    @Test
    void runLoopKeepsGoingUntilStopped() {
        MutableClock clock = new MutableClock(at("2025-09-29T12:00:00"));
        FakeRunner runner = new FakeRunner();
        Scheduler[] holder = new Scheduler[1];
        int[] sleeps = {0};
        Scheduler s = new Scheduler(settings, clock, runner, (until, c) -> {
            if (++sleeps[0] == 6) {
                holder[0].stop();
            }
            clock.set(until);
        });
        holder[0] = s;
        s.run();
        // No input folder exists, so every night is skipped; the loop went on to the sixth wait and then stopped.
        assertThat(sleeps[0]).isEqualTo(6);
        assertThat(runner.commands).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "0, 退出码 0：成功",
        "1, 退出码 1：作业失败",
        "2, 退出码 2：用法错误",
        "3, 退出码 3：另一运行正持有同一数据目录的锁",
        "4, 退出码 4：运行完成并已生成报告",
        "137, 退出码 137：未定义",
    })
    void describesEveryExitCodeOfTheLauncher(int code, String start) {
        assertThat(ExitCodes.describe(code)).startsWith(start);
    }
}
