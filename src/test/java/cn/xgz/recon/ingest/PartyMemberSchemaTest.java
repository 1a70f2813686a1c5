package cn.xgz.recon.ingest;

import static cn.xgz.recon.ingest.TestRows.loaded;
import static cn.xgz.recon.ingest.TestRows.rejected;
import static cn.xgz.recon.ingest.TestRows.row;
import static cn.xgz.recon.ingest.TestRows.with;
import static org.assertj.core.api.Assertions.assertThat;

import cn.xgz.recon.source.MemberType;
import cn.xgz.recon.source.PartyMember;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PartyMemberSchemaTest {

    static final Map<String, String> VALID = row(
            "身份证号", "11010519491231002X",
            "姓名", "姜霞霞",
            "所在党组织代码", "350304000003",
            "人员类别", "正式党员",
            "工作单位", "荔城涛彩峻五金店",
            "工作单位统一社会信用代码", "",
            "是否流动党员", "否",
            "流入地行政区划代码", "",
            "入党日期", "2006年3月20日");

    @Test
    void loadsAValidRow() {
        assertThat(loaded(SourceSchemas.PARTY_MEMBERS, VALID)).isEqualTo(new PartyMember("11010519491231002X",
                "姜霞霞", "350304000003", MemberType.FULL, "荔城涛彩峻五金店", null, false, null,
                LocalDate.of(2006, 3, 20), "test.csv", 7));
    }

    @Test
    void normalisesIdsCodesAndNumberCells() {
        Map<String, String> cells = with(with(with(with(VALID, "身份证号", "11010519491231002x"),
                "工作单位统一社会信用代码", "91350102maj5hn2uxx"), "流入地行政区划代码", "110105.0"), "入党日期", "45102");
        PartyMember m = loaded(SourceSchemas.PARTY_MEMBERS, cells, Set.of("入党日期", "流入地行政区划代码"));
        assertThat(m.idNumber()).isEqualTo("11010519491231002X");
        assertThat(m.workplaceUscc()).isEqualTo("91350102MAJ5HN2UXX");
        assertThat(m.flowRegionCode()).isEqualTo("110105");
        assertThat(m.joined()).isEqualTo(LocalDate.of(2023, 6, 25));
    }

    @Test
    void keysByTheUpgradedIdSoBothGenerationsOfOneNumberCollide() {
        PartyMember old = loaded(SourceSchemas.PARTY_MEMBERS, with(VALID, "身份证号", "350102800101123"));
        PartyMember current = loaded(SourceSchemas.PARTY_MEMBERS, with(VALID, "身份证号", "350102198001011233"));
        assertThat(SourceSchemas.PARTY_MEMBERS.key(old)).isEqualTo(SourceSchemas.PARTY_MEMBERS.key(current));
    }

    @ParameterizedTest(name = "[{index}] {0}={1} -> {2}")
    @CsvSource(textBlock = """
            身份证号,      '',                 必填项为空,            ''
            身份证号,      110105194912310021, 身份证号校验位错误,      110105********0021
            身份证号,      110105194902301021, 身份证号出生日期无效,    110105********1021
            姓名,         '',                 必填项为空,            ''
            所在党组织代码, '',                 必填项为空,            ''
            人员类别,      入党积极分子,         人员类别取值无效，应为正式党员、预备党员,        入党积极分子
            是否流动党员,   不是,               是否流动党员取值无效，应为是、否（或Y/N、1/0、true/false）,     不是
            入党日期,      2006-02-30,         入党日期无效,           2006-02-30
            """)
    void rejectsWithTheReferenceReasons(String header, String value, String reason, String shown) {
        Reject r = rejected(SourceSchemas.PARTY_MEMBERS, with(VALID, header, value), Set.of());
        assertThat(r.column()).isEqualTo(header);
        assertThat(r.reason()).isEqualTo(reason);
        assertThat(r.value()).isEqualTo(shown);
    }

    @Test
    void rejectsAnIdThatWasAnExcelNumberCell() {
        Reject r = rejected(SourceSchemas.PARTY_MEMBERS, with(VALID, "身份证号", "360102196211218000"),
                Set.of("身份证号"));
        assertThat(r.reason()).isEqualTo("身份证号被Excel保存为数值，已丢失精度");
        assertThat(r.value()).isEqualTo("360102********8000");
    }
}
