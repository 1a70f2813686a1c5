package cn.xgz.recon.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTest {

    @ParameterizedTest
    @CsvSource({"2025H1, 2025, 1, 2025-06-30", "2025h2, 2025, 2, 2025-12-31", "' 2024H2 ', 2024, 2, 2024-12-31"})
    void parsesThePeriodAndItsCutOffDate(String text, int year, int half, LocalDate lastDay) {
        Period p = Period.parse(text);
        assertThat(p).isEqualTo(new Period(year, half));
        assertThat(p.lastDay()).isEqualTo(lastDay);
        assertThat(p.toString()).isEqualTo(year + "H" + half);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025H3", "2025H0", "25H1", "2025-H1", "2025", "H1", ""})
    void rejectsMalformedPeriods(String text) {
        assertThatThrownBy(() -> Period.parse(text)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("yyyyH1");
    }

    @ParameterizedTest
    @CsvSource({
        "2026-01-01, 2025H2",
        "2025-07-01, 2025H1",
        "2025-06-30, 2024H2",
        "2025-12-31, 2025H1",
        "2025-01-15, 2024H2",
    })
    void theJustEndedPeriodIsTheLastOneClosedBeforeTheDate(LocalDate date, String period) {
        assertThat(Period.justEnded(date)).hasToString(period);
    }

    @ParameterizedTest
    @CsvSource({
        "2025H1, 2025-06-29, false",
        "2025H1, 2025-06-30, true",
        "2025H1, 2025-07-31, true",
        "2025H1, 2025-08-01, false",
        "2025H2, 2026-01-31, true",
        "2025H2, 2026-02-01, false",
    })
    void acceptsRunsFromTheLastDayToThirtyOneDaysAfter(String period, LocalDate runDate, boolean accepted) {
        assertThat(Period.parse(period).acceptsRunDate(runDate)).isEqualTo(accepted);
    }

    @ParameterizedTest
    @CsvSource({"2025H1, 2025年上半年", "2025H2, 2025年下半年"})
    void namesThePeriodInChinese(String period, String name) {
        assertThat(Period.parse(period).chineseName()).isEqualTo(name);
    }
}
