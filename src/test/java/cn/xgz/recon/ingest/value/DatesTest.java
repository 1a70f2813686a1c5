package cn.xgz.recon.ingest.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatesTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(textBlock = """
            2024-03-05,      2024-03-05
            2024-3-5,        2024-03-05
            2024/3/5,        2024-03-05
            2024/03/05,      2024-03-05
            2024.3.5,        2024-03-05
            2024.12.31,      2024-12-31
            20240305,        2024-03-05
            2024年3月5日,     2024-03-05
            2024年03月05日,   2024-03-05
            2024/3/5 0:00,   2024-03-05
            2024-03-05 13:45:10, 2024-03-05
            2024-02-29,      2024-02-29
            42779,           2017-02-13
            45102,           2023-06-25
            """)
    void acceptsEveryFormatOfTheContract(String text, LocalDate expected) {
        assertThat(Dates.parse(text, false)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"2023-02-30", "2023-02-29", "2024-13-01", "2024-00-10", "2024/4/31", "20230230",
        "2024年2月30日", "2024-3", "2024-3-5-1", "2024/3-5", "2024年3月5", "24-3-5", "abc", "2024-03-05x",
        "0", "2024-003-05", "2024/3/5 午后", "-45102"})
    void rejectsImpossibleOrUnknownDates(String text) {
        assertThat(Dates.parse(text, false)).isNull();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(textBlock = """
            45102,     2023-06-25
            45102.75,  2023-06-25
            1,         1900-01-01
            61,        1900-03-01
            20240305,  2024-03-05
            """)
    void readsExcelNumberCellsAsSerialsOrCompactDates(String text, LocalDate expected) {
        assertThat(Dates.parse(text, true)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "3000000", "1.5E+17"})
    void rejectsNumbersOutsideExcelsDateRange(String text) {
        assertThat(Dates.parse(text, true)).isNull();
    }

    @Test
    void countsSerialsFrom1904WhenTheWorkbookSaysSo() {
        assertThat(Dates.fromSerial(43636, true)).isEqualTo(LocalDate.of(2023, 6, 21));
        assertThat(Dates.fromSerial(43636, false)).isEqualTo(LocalDate.of(2019, 6, 20));
    }

    @Test
    void blankIsNoDate() {
        assertThat(Dates.parse(null, false)).isNull();
        assertThat(Dates.parse("", true)).isNull();
    }
}
