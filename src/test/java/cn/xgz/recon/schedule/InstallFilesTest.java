package cn.xgz.recon.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The files an operator installs the scheduler with (jobs/): the systemd unit and the default settings. */
class InstallFilesTest {

    @Test
    void theSystemdUnitStopsTheWholeGroupGentlyAndRestartsOnFailure() throws IOException {
        String unit = Files.readString(Path.of("jobs/xgz-schedule.service"), StandardCharsets.UTF_8);
        assertThat(unit).contains("KillMode=control-group").contains("KillSignal=SIGTERM").contains("Restart=on-failure")
                .containsPattern("(?m)^ExecStart=\\S+/jobs/xgz schedule --config \\S+/jobs/schedule.properties$")
                .contains("WantedBy=multi-user.target");
        Matcher stop = Pattern.compile("(?m)^TimeoutStopSec=(\\d+)$").matcher(unit);
        assertThat(stop.find()).isTrue();
        // Longer than the grace the scheduler gives a stopped run, so systemd never SIGKILLs a run mid-write.
        assertThat(Integer.parseInt(stop.group(1))).isGreaterThan(30);
    }

    @Test
    void theDefaultSettingsKeepEveryLogInTheDataDirectory() throws IOException {
        ScheduleSettings s = ScheduleSettings.load(Path.of("jobs/schedule.properties"));
        assertThat(s.logDir()).isEqualTo(Path.of(s.dataDir()).resolve("logs"));
    }
}
