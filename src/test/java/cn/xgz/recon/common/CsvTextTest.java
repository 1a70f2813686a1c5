package cn.xgz.recon.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvTextTest {

    private static String field(String value, boolean always) {
        StringBuilder line = new StringBuilder();
        CsvText.appendField(line, value, always);
        return line.toString();
    }

    @Test
    void quotesOnlyTheFieldsThatNeedIt() {
        assertThat(field("福州市鼓楼区", false)).isEqualTo("福州市鼓楼区");
        assertThat(field("甲,乙", false)).isEqualTo("\"甲,乙\"");
        assertThat(field("第一行\n第二行", false)).isEqualTo("\"第一行\n第二行\"");
        assertThat(field("回车\r", false)).isEqualTo("\"回车\r\"");
        assertThat(field("", false)).isEmpty();
    }

    @Test
    void doublesQuotesInsideAQuotedField() {
        assertThat(field("称\"某某\"商行", false)).isEqualTo("\"称\"\"某某\"\"商行\"");
    }

    @Test
    void alwaysQuotedKeepsAnEmptyStringApartFromNull() {
        // PostgreSQL's COPY reads an unquoted empty field as NULL and "" as an empty string.
        assertThat(field("", true)).isEqualTo("\"\"");
        assertThat(field("abc", true)).isEqualTo("\"abc\"");
    }

    @Test
    void textASpreadsheetWouldEvaluateIsMadeInert() {
        assertThat(CsvText.inert("=1+1")).isEqualTo("'=1+1");
        assertThat(CsvText.inert("-5")).isEqualTo("'-5");
        assertThat(CsvText.inert("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvText.inert("福州")).isEqualTo("福州");
        assertThat(CsvText.inert(null)).isEmpty();
    }
}
