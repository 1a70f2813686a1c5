package cn.xgz.recon.ingest;

import static cn.xgz.recon.ingest.TestRows.loaded;
import static cn.xgz.recon.ingest.TestRows.rejected;
import static cn.xgz.recon.ingest.TestRows.row;
import static cn.xgz.recon.ingest.TestRows.with;
import static org.assertj.core.api.Assertions.assertThat;

import cn.xgz.recon.source.Rider;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RiderSchemaTest {

    static final Map<String, String> VALID = row(
            "平台", "饿了么",
            "骑手编号", "ELM000100008",
            "姓名", "孔兰",
            "身份证号", "350102199003071234",
            "手机号", "18225573456",
            "配送站点编号", "ELM350102001",
            "配送站点", "饿了么鼓楼区北岭1站",
            "站点行政区划代码", "350102",
            "站点运营企业统一社会信用代码", "91350102MAJ5HN2UXH",
            "政治面貌", "群众",
            "在岗状态", "在岗");

    @Test
    void loadsAValidRow() {
        assertThat(loaded(SourceSchemas.RIDERS, VALID)).isEqualTo(new Rider("饿了么", "ELM000100008", "孔兰",
                "350102199003071234", "18225573456", "ELM350102001", "饿了么鼓楼区北岭1站", "350102",
                "91350102MAJ5HN2UXH", "群众", true, "test.csv", 7));
    }

    @ParameterizedTest(name = "[{index}] 在岗状态={0}")
    @CsvSource(textBlock = """
            在岗, true
            '',   true
            离职, false
            """)
    void blankActivityMeansActive(String text, boolean active) {
        assertThat(loaded(SourceSchemas.RIDERS, with(VALID, "在岗状态", text)).active()).isEqualTo(active);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(textBlock = """
            中共党员,           中共党员
            中共预备党员,        中共预备党员
            中国共产党党员,      中共党员
            中国共产党预备党员,   中共预备党员
            共青团员,           共青团员
            民革党员,           民革党员
            群众,              群众
            """)
    void keepsPoliticalStatusFoldingOnlyTheFullNames(String text, String kept) {
        assertThat(loaded(SourceSchemas.RIDERS, with(VALID, "政治面貌", text)).politicalStatus()).isEqualTo(kept);
    }

    @Test
    void keepsAnInvalidOperatorCodeAsGiven() {
        Rider r = loaded(SourceSchemas.RIDERS, with(VALID, "站点运营企业统一社会信用代码", "91350102maj5hn2uxx"));
        assertThat(r.stationOperatorUscc()).isEqualTo("91350102MAJ5HN2UXX");
    }

    @Test
    void upgradesAFirstGenerationIdAndAcceptsAPhoneNumberCell() {
        Rider r = loaded(SourceSchemas.RIDERS, with(VALID, "身份证号", "350102800101123"), Set.of("手机号"));
        assertThat(r.idNumber()).isEqualTo("350102198001011233");
        assertThat(r.phone()).isEqualTo("18225573456");
    }

    @ParameterizedTest(name = "[{index}] {0}={1} -> {2}")
    @CsvSource(textBlock = """
            平台,            '',                   必填项为空,             ''
            骑手编号,         '',                   必填项为空,             ''
            身份证号,         '',                   必填项为空,             ''
            身份证号,         3.50124196504139E+17, 身份证号被Excel保存为数值，已丢失精度, 3.5012**********E+17
            身份证号,         350102199013071234,   身份证号出生日期无效,     350102********1234
            身份证号,         35010219900307123X,   身份证号校验位错误,       350102********123X
            手机号,           1822557345,           手机号格式错误,          182***7345
            手机号,           28225573456,          手机号格式错误,          282****3456
            手机号,           182-2557-3456,        手机号格式错误,          182******3456
            配送站点编号,      '',                   必填项为空,             ''
            站点行政区划代码,   350199,               行政区划代码不在区划表中, 350199
            政治面貌,         '',                   必填项为空,             ''
            在岗状态,         休假,                  在岗状态取值无效，应为在岗、离职或留空,        休假
            """)
    void rejectsWithTheReferenceReasonsAndMasksPersonalData(String header, String value, String reason,
            String shown) {
        Reject r = rejected(SourceSchemas.RIDERS, with(VALID, header, value), Set.of());
        assertThat(r.column()).isEqualTo(header);
        assertThat(r.reason()).isEqualTo(reason);
        assertThat(r.value()).isEqualTo(shown);
    }

    @Test
    void rejectsAnIdThatWasAnExcelNumberCellAndMasksIt() {
        Reject r = rejected(SourceSchemas.RIDERS, with(VALID, "身份证号", "350123200105019000"), Set.of("身份证号"));
        assertThat(r.reason()).isEqualTo("身份证号被Excel保存为数值，已丢失精度");
        assertThat(r.value()).isEqualTo("350123********9000");
    }

    @Test
    void keysByPlatformAndRiderIdWithASeparator() {
        Rider r = loaded(SourceSchemas.RIDERS, with(VALID, "骑手编号", "elm000100008"));
        assertThat(r.riderId()).isEqualTo("elm000100008");
        assertThat(SourceSchemas.RIDERS.key(r)).isEqualTo("饿了么|ELM000100008");
    }
}
