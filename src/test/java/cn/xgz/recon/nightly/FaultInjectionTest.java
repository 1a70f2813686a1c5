package cn.xgz.recon.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The crash tests' kill hook is on the nightly job's steps only when a test names a kill point. */
class FaultInjectionTest {

    private static final String PROPERTY = "xgz.fault.kill-at";

    @AfterEach
    void clear() {
        System.clearProperty(PROPERTY);
    }

    @Test
    void absentUnlessAKillPointIsSet() {
        assertThat(System.getenv(FaultInjection.ENV)).isNull();
        assertThat(FaultInjection.fromSettings()).isEmpty();
        System.setProperty(PROPERTY, " ");
        assertThat(FaultInjection.fromSettings()).isEmpty();
    }

    @Test
    void presentWhenATestNamesAKillPoint() {
        System.setProperty(PROPERTY, NightlyJobConfiguration.STEP_LIFECYCLE + ":end");
        assertThat(FaultInjection.fromSettings()).isPresent();
    }
}
