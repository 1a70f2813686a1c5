package cn.xgz.recon.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationsTest {

    @Test
    void readsAsAnOperatorWouldSayIt() {
        assertThat(Durations.format(Duration.ofMillis(412))).isEqualTo("0.4秒");
        assertThat(Durations.format(Duration.ofMillis(15_217))).isEqualTo("15秒");
        assertThat(Durations.format(Duration.ofSeconds(65))).isEqualTo("1分05秒");
        assertThat(Durations.format(Duration.ofSeconds(3600 + 125))).isEqualTo("1小时02分05秒");
        assertThat(Durations.seconds(187.5)).isEqualTo("3分08秒");
        assertThat(Durations.format(null)).isEqualTo("—");
    }
}
