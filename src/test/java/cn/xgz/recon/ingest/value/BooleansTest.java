package cn.xgz.recon.ingest.value;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BooleansTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(textBlock = """
            是, true
            否, false
            Y, true
            y, true
            N, false
            n, false
            1, true
            0, false
            true, true
            TRUE, true
            True, true
            tRuE, true
            false, false
            FALSE, false
            """)
    void acceptsTheContractsSpellings(String text, boolean expected) {
        assertThat(Booleans.parse(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"对", "不是", "yes", "no", "2", "是的", "T", "F"})
    void rejectsOtherText(String text) {
        assertThat(Booleans.parse(text)).isNull();
    }
}
