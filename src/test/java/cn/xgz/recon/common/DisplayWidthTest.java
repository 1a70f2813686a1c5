package cn.xgz.recon.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DisplayWidthTest {

    @ParameterizedTest
    @CsvSource({
        "abc, 3",
        "福州市, 6",
        "R01 专业市场, 12",
        "（全角括号）, 12",
        "ＡＢＣ, 6",
        "'', 0",
    })
    void countsCjkAndFullWidthCharactersDouble(String text, int width) {
        assertThat(DisplayWidth.of(text)).isEqualTo(width);
    }

    @org.junit.jupiter.api.Test
    void padsToADisplayWidth() {
        assertThat(DisplayWidth.pad("完成", 6)).isEqualTo("完成  ");
        assertThat(DisplayWidth.pad("ok", 6)).isEqualTo("ok    ");
        assertThat(DisplayWidth.pad("运行中/中断", 4)).isEqualTo("运行中/中断");
    }
}
