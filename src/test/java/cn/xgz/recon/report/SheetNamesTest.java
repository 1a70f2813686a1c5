package cn.xgz.recon.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xgz.recon.rules.RuleCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class SheetNamesTest {

    @ParameterizedTest
    @EnumSource(RuleCode.class)
    void everyRuleTitleIsAValidSheetNameEvenWhenContinued(RuleCode rule) {
        for (int part = 1; part <= 12; part++) {
            String name = SheetNames.part(rule.sheetTitle(), part);
            assertThat(name.length()).isLessThanOrEqualTo(31);
            assertThat(name.chars().noneMatch(c -> "[]:*?/\\".indexOf(c) >= 0)).isTrue();
            if (part == 1) {
                assertThat(name).as("the title fits unshortened").isEqualTo(rule.sheetTitle());
            } else {
                assertThat(name).isEqualTo(rule.sheetTitle() + " (" + part + ")");
            }
        }
    }

    @ParameterizedTest
    @CsvSource({
        "'a[b]:c*d?e/f\\g', a_b__c_d_e_f_g",
        "'''quoted''', quoted",
        "1234567890123456789012345678901234, 1234567890123456789012345678901",
    })
    void replacesForbiddenCharactersAndTruncates(String raw, String safe) {
        assertThat(SheetNames.safe(raw)).isEqualTo(safe);
    }

    @ParameterizedTest
    @CsvSource({"1234567890123456789012345678901234, 2, 123456789012345678901234567 (2)"})
    void shortensALongBaseToKeepTheContinuationNumber(String base, int part, String expected) {
        assertThat(SheetNames.part(base, part)).isEqualTo(expected).hasSize(31);
    }
}
