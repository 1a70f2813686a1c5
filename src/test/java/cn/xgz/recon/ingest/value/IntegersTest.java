package cn.xgz.recon.ingest.value;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IntegersTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(textBlock = """
            0, 0
            12, 12
            +12, 12
            -3, -3
            12.0, 12
            12.000, 12
            007, 7
            2147483647, 2147483647
            -2147483648, -2147483648
            """)
    void parsesWholeNumbers(String text, int expected) {
        assertThat(Integers.parse(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "1.5", "12.", ".5", "-", "+", "1e3", "1 000", "2147483648", "99999999999", "3人"})
    void rejectsWhatIsNotAWholeNumber(String text) {
        assertThat(Integers.parse(text)).isNull();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(textBlock = """
            350102.0,   350102
            350102.00,  350102
            350102,     350102
            350102.5,   350102.5
            F5292,      F5292
            .0,         .0
            3.50E+17,   3.50E+17
            """)
    void dropsOnlyAZeroFraction(String text, String expected) {
        assertThat(Integers.withoutZeroFraction(text)).isEqualTo(expected);
    }
}
