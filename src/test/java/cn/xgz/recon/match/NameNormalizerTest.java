package cn.xgz.recon.match;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xgz.recon.reference.RegionTable;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NameNormalizerTest {

    private static final NameNormalizer FUJIAN = new NameNormalizer(RegionTable.fujian());

    @Nested
    class Cleaning {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
            "通欣夏(厦门)物流有限公司",
            "通欣夏（厦门）物流有限公司",
            "通欣夏【厦门】物流有限公司",
            "通欣夏〔厦门〕物流有限公司",
            "通欣夏「厦门」物流有限公司",
            "通欣夏『厦门』物流有限公司",
            "通欣夏〈厦门〉物流有限公司",
            "通欣夏《厦门》物流有限公司",
            "通欣夏〖厦门〗物流有限公司",
            "通欣夏[厦门]物流有限公司",
            "通欣夏﹙厦门﹚物流有限公司",
            "通欣夏 (厦门) 物流有限责任公司",
            "通欣夏\u00A0（厦门）\u200B物流有限公司\u3000",
        })
        void bracketsGoTheirContentStaysAndTheLegalFormFolds(String text) {
            assertThat(NameNormalizer.clean(text)).isEqualTo("通欣夏厦门物流有限公司");
        }

        @ParameterizedTest(name = "{0} → {1}")
        @CsvSource({
            "ＡＢＣ科技有限公司, ABC科技有限公司",
            "abc科技有限公司, ABC科技有限公司",
            "恒通１２３商行, 恒通123商行",
            "恒·通&五金-商行!, 恒通五金商行",
            "'恒通五金\t商行\n', 恒通五金商行",
            "乐视有限责任公司分公司, 乐视有限公司分公司",
            "恒通股份有限公司, 恒通股份有限公司",
        })
        void keepsOnlyLettersAndDigitsInNfkcForm(String text, String expected) {
            assertThat(NameNormalizer.clean(text)).isEqualTo(expected);
        }

        @Test
        void nothingButPunctuationCleansToEmpty() {
            assertThat(NameNormalizer.clean(" （）—— 、。\u200B ")).isEmpty();
            assertThat(NameNormalizer.clean(null)).isEmpty();
        }

        /** The fast path must give what always running NFKC gives, including for composing sequences. */
        @Test
        void fastPathAgreesWithTheJdkNormaliser() {
            String pool = "恒通五金商行有限公司厦门福建（）()ＡＢａｂ１２３ 　\u00A0\u200Bé\u0301e\u0301\u1100\u1161\u11A8"
                    + "가\uF900\uFA10①Ⅱｶﾞカ\u3099㈱㍿ﬁ\uD842\uDFB7·、";
            Random random = new Random(20250930L);
            for (int n = 0; n < 20_000; n++) {
                StringBuilder b = new StringBuilder();
                int len = 1 + random.nextInt(12);
                for (int i = 0; i < len; i++) {
                    int at = random.nextInt(pool.length());
                    char c = pool.charAt(at);
                    if (Character.isHighSurrogate(c) && at + 1 < pool.length()) {
                        b.append(c).append(pool.charAt(at + 1));
                    } else if (!Character.isLowSurrogate(c)) {
                        b.append(c);
                    }
                }
                String text = b.toString();
                String reference = NameNormalizer.cleanNormalized(Normalizer.normalize(text, Normalizer.Form.NFKC));
                assertThat(NameNormalizer.clean(text)).as(text).isEqualTo(reference);
            }
        }
    }

    @Nested
    class RegionPrefix {

        @ParameterizedTest(name = "{0} → {1} {2}")
        @CsvSource({
            "福建省浩集欣钢结构有限公司, 浩集欣钢结构有限公司, 350000, 福建省",
            "福建浩集欣钢结构有限公司, 浩集欣钢结构有限公司, 350000, 福建",
            "厦门市浩集欣钢结构有限公司, 浩集欣钢结构有限公司, 350200, 厦门市",
            "厦门浩集欣钢结构有限公司, 浩集欣钢结构有限公司, 350200, 厦门",
            "同安区浩集欣钢结构有限公司, 浩集欣钢结构有限公司, 350212, 同安区",
            "同安浩集欣钢结构有限公司, 浩集欣钢结构有限公司, 350212, 同安",
            "福建省厦门市同安区浩集欣钢结构有限公司, 浩集欣钢结构有限公司, 350212, 福建省厦门市同安区",
            "福建厦门同安浩集欣钢结构有限公司, 浩集欣钢结构有限公司, 350212, 福建厦门同安",
            "厦门市同安区浩集欣钢结构有限公司, 浩集欣钢结构有限公司, 350212, 厦门市同安区",
            "福建省厦门市浩集欣钢结构有限公司, 浩集欣钢结构有限公司, 350200, 福建省厦门市",
            "武夷山市岚沁星茶室, 岚沁星茶室, 350782, 武夷山市",
            "武夷山岚沁星茶室, 岚沁星茶室, 350782, 武夷山",
            "沙县区岚沁星茶室, 岚沁星茶室, 350405, 沙县区",
            "沙县岚沁星茶室, 岚沁星茶室, 350405, 沙县",
            "福清市协玛张瓦商务咨询有限公司, 协玛张瓦商务咨询有限公司, 350181, 福清市",
            "（厦门）浩集欣钢结构有限公司, 浩集欣钢结构有限公司, 350200, 厦门",
        })
        void stripsLeadingRegionNamesAndReportsTheMostSpecific(
                String text, String core, String region, String prefix) {
            NormalizedName n = FUJIAN.normalize(text);
            assertThat(n.core()).isEqualTo(core);
            assertThat(n.namedRegion()).isEqualTo(region);
            assertThat(n.prefix()).isEqualTo(prefix);
            assertThat(n.full()).isEqualTo(NameNormalizer.clean(text));
        }

        @ParameterizedTest(name = "{0} → {1}")
        @CsvSource({
            "福州市, 福州市, ",
            "福建省福州, 福州, 350000",
            "厦门市思明, 思明, 350200",
            "思明区店, 思明区店, ",
            "浩集欣（厦门）钢结构有限公司, 浩集欣厦门钢结构有限公司, ",
            "上海浩集欣钢结构有限公司, 上海浩集欣钢结构有限公司, ",
        })
        void neverLeavesLessThanTwoCharactersAndOnlyStripsTheJurisdictionsLeadingNames(
                String text, String core, String region) {
            NormalizedName n = FUJIAN.normalize(text);
            assertThat(n.core()).isEqualTo(core);
            assertThat(n.namedRegion()).isEqualTo(region);
        }

        @ParameterizedTest(name = "[{0}]")
        @ValueSource(strings = {"", " ", "（）", "、。——", "\u200B\u00A0"})
        void blankOrPunctuationOnlyTextIsAnEmptyName(String text) {
            NormalizedName n = FUJIAN.normalize(text);
            assertThat(n.isEmpty()).isTrue();
            assertThat(n.namedRegion()).isNull();
        }

        @Test
        void aCountyNameSharedByTwoCitiesNamesOnlyTheirProvince() throws IOException {
            String csv = "code,name,level,parent_code\n320000,江苏省,1,\n320100,南京市,2,320000\n"
                    + "320300,徐州市,2,320000\n320106,鼓楼区,3,320100\n320302,鼓楼区,3,320300\n"
                    + "320102,玄武区,3,320100\n";
            NameNormalizer jiangsu = new NameNormalizer(
                    RegionTable.load(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))));

            assertThat(jiangsu.normalize("鼓楼区恒通商贸有限公司").namedRegion()).isEqualTo("320000");
            assertThat(jiangsu.normalize("南京市鼓楼区恒通商贸有限公司").namedRegion()).isEqualTo("320100");
            assertThat(jiangsu.normalize("玄武区恒通商贸有限公司").namedRegion()).isEqualTo("320102");
        }
    }
}
