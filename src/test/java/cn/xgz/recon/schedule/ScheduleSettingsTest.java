package cn.xgz.recon.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScheduleSettingsTest {

    @Test
    void readsTheShippedSettingsFile() throws IOException {
        ScheduleSettings s = ScheduleSettings.load(Path.of("jobs/schedule.properties"));
        assertThat(s.nightlyCron()).hasToString("0 0 2 * * *");
        assertThat(s.halfYearCron()).hasToString("0 0 3 1 1,7 *");
        assertThat(s.inputFor(LocalDate.of(2025, 9, 30))).isEqualTo("input/20250930");
        assertThat(s.outDir()).isEqualTo("out");
        assertThat(s.dataDir()).isEqualTo("data");
        assertThat(s.command()).containsExactly("jobs/xgz");
        assertThat(s.zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(s.logDir()).as("every log in the data directory").isEqualTo(Path.of("data/logs"));
        assertThat(s.runTimeout()).isEqualTo(Duration.ofHours(6));
        assertThat(s.lockRetries()).isEqualTo(3);
    }

    @Test
    void missingKeysTakeTheirDefaults() {
        ScheduleSettings s = ScheduleSettings.from(new Properties());
        assertThat(s.nightlyCron()).hasToString(ScheduleSettings.DEFAULT_NIGHTLY_CRON);
        assertThat(s.halfYearCron()).hasToString(ScheduleSettings.DEFAULT_HALF_YEAR_CRON);
        assertThat(s.command()).containsExactly("jobs/xgz");
        assertThat(s.logDir()).isNull();
        assertThat(s.zone()).isEqualTo(ZoneId.systemDefault());
        assertThat(s.lockRetryDelay()).isEqualTo(Duration.ofMinutes(10));
    }

    @ParameterizedTest
    @CsvSource({
        "input-root/{yyyyMMdd}, input-root/20250105",
        "/srv/in/{yyyy}/{MM}/{dd}, /srv/in/2025/01/05",
        "drop/{yyyy-MM-dd}/csv, drop/2025-01-05/csv",
        "/srv/fixed, /srv/fixed",
    })
    void inputFolderIsAPatternOnTheRunDateOrFixed(String pattern, String expected) {
        Properties p = new Properties();
        p.setProperty("nightly.input", pattern);
        assertThat(ScheduleSettings.from(p).inputFor(LocalDate.of(2025, 1, 5))).isEqualTo(expected);
    }

    @Test
    void commandMaySpanSeveralWords() {
        Properties p = new Properties();
        p.setProperty("command", "  java -jar target/xgz-recon.jar ");
        assertThat(ScheduleSettings.from(p).command()).containsExactly("java", "-jar", "target/xgz-recon.jar");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nightly.cron | 0 2 * * *",
        "halfyear.cron | every night",
        "run.timeout | 6h",
        "lock.retry.delay | PT0S",
        "lock.retry.max | -1",
        "zone | Mars/Olympus",
        "nightly.input | in/{qqqqqqq}",
    })
    void aBadValueFailsNamingItsKey(String key, String value) {
        Properties p = new Properties();
        p.setProperty(key, value);
        assertThatThrownBy(() -> ScheduleSettings.from(p)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(key);
    }

    @Test
    void settingsFileMayCarryChineseComments() throws IOException {
        Path f = Path.of("target/test-schedule.properties");
        java.nio.file.Files.writeString(f, "# 夜间比对\nnightly.input=输入/{yyyyMMdd}\n", java.nio.charset.StandardCharsets.UTF_8);
        assertThat(ScheduleSettings.load(f).inputFor(LocalDate.of(2025, 9, 30))).isEqualTo("输入/20250930");
        assertThat(List.of(ScheduleSettings.load(f).command())).hasSize(1);
    }
}
