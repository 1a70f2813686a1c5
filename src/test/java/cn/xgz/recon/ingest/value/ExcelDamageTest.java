package cn.xgz.recon.ingest.value;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExcelDamageTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"3.50124196504139E+17", "3.50102199003071234E17", "3.5E17", "3.50124E+17", "350102E12",
        "3.50102199003071e+17", "350102199003071234.0", "35010219900307.5"})
    void textInNumberNotationHasLostPrecision(String text) {
        assertThat(ExcelDamage.lostPrecision(text, false)).isTrue();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"350102199003071234", "35010219900307123X", "350102900307123", "91350102MA1U5QXY2G",
        "E12345678", "3.5E", "E17", ".", "350102 19900307"})
    void ordinaryCodesHaveNot(String text) {
        assertThat(ExcelDamage.lostPrecision(text, false)).isFalse();
    }

    @Test
    void anyNumberCellHas() {
        assertThat(ExcelDamage.lostPrecision("350123200105019000", true)).isTrue();
    }
}
