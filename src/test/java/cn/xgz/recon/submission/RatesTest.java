package cn.xgz.recon.submission;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RatesTest {

    @ParameterizedTest
    @CsvSource({
        "3, 85, 3.5",
        "3, 4, 75.0",
        "0, 5, 0.0",
        "5, 5, 100.0",
        "1, 16, 6.3", // 6.25: half up, not half even
        "1, 80, 1.3", // 1.25
        "2, 3, 66.7",
        "1, 3, 33.3",
        "1, 2000, 0.1", // 0.05
        "1, 2001, 0.0",
        "0, 0, ''",
        "7, 0, ''",
    })
    void percentWithOneDecimalRoundedHalfUpBlankWithoutDivisor(long num, long den, String expected) {
        assertThat(Rates.csv(num, den)).isEqualTo(expected);
    }
}
