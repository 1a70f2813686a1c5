package cn.xgz.recon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xgz.recon.common.ExitCodes;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Usage errors exit 2; every command answers --help with 0. */
class UsageTest {

    @Test
    void noCommandIsAUsageError() {
        assertThat(Main.execute()).isEqualTo(ExitCodes.USAGE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"nightly", "validate", "half-year", "schedule", "status", "generate"})
    void everyCommandHasHelp(String command) {
        assertThat(Main.execute(command, "--help")).isZero();
    }

    @Test
    void anUnknownOptionOrABadDateIsAUsageError() {
        assertThat(Main.execute("nightly", "--bogus")).isEqualTo(ExitCodes.USAGE);
        assertThat(Main.execute("nightly", "--input", ".", "--out", "/tmp/x", "--date", "2025-13-40")).isEqualTo(ExitCodes.USAGE);
        assertThat(Main.execute("half-year", "--period", "2025H3", "--out", "/tmp/x")).isEqualTo(ExitCodes.USAGE);
        assertThat(Main.execute("generate", "--entities", "0", "--out", "/tmp/x")).isEqualTo(ExitCodes.USAGE);
    }
}
