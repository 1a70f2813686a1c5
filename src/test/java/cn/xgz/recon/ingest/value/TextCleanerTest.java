package cn.xgz.recon.ingest.value;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextCleanerTest {

    @ParameterizedTest(name = "[{index}] {2}")
    @CsvSource(delimiter = '|', textBlock = """
            '  abc  '                     | abc               | ASCII spaces trimmed
            '\u00A0abc\u00A0'             | abc               | NBSP trimmed
            '\u3000福州市\u3000'           | 福州市             | ideographic space trimmed
            'a\u200Bb\u200Cc\u200Dd'      | abcd              | zero-width space/joiners removed inside
            '\u2060群众'                   | 群众               | word joiner removed
            '\uFEFF统一社会信用代码'        | 统一社会信用代码    | BOM removed
            '群众\u200B'                   | 群众               | trailing zero-width removed
            'ＡＢＣ１２３'                  | ABC123            | full-width letters and digits folded
            '９１３５０２０５ＭＡＴＱＤＪ５０８Ｗ' | 91350205MATQDJ508W | full-width USCC folded
            '朗嘉楠（南平）快递'             | 朗嘉楠(南平)快递    | full-width brackets folded
            '\u00A0\u200B 饿了么 \u3000'   | 饿了么             | mixed padding
            '福建 福州'                    | 福建 福州          | inner space kept
            'a\u3000b'                    | a b               | inner ideographic space becomes a space
            """)
    void cleansCells(String raw, String expected, String why) {
        assertThat(TextCleaner.clean(raw)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t", "\u00A0", "\u3000", "\u200B", "\uFEFF", " \u200B\u3000\u00A0 ", "\r\n"})
    void blankBecomesNull(String raw) {
        assertThat(TextCleaner.clean(raw)).isNull();
        assertThat(TextCleaner.isBlank(raw)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"92350111MA9HL00037", "辉晟瑾理发店", "2015/2/20", "福建省福州市晋安区五一路1号"})
    void cleanTextIsReturnedAsTheSameInstance(String raw) {
        assertThat(TextCleaner.clean(raw)).isSameAs(raw);
    }

    @org.junit.jupiter.api.Test
    void nullStaysNull() {
        assertThat(TextCleaner.clean(null)).isNull();
    }
}
