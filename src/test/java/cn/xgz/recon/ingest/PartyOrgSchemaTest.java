package cn.xgz.recon.ingest;

import static cn.xgz.recon.ingest.TestRows.loaded;
import static cn.xgz.recon.ingest.TestRows.rejected;
import static cn.xgz.recon.ingest.TestRows.row;
import static cn.xgz.recon.ingest.TestRows.with;
import static org.assertj.core.api.Assertions.assertThat;

import cn.xgz.recon.source.Formation;
import cn.xgz.recon.source.OrgStatus;
import cn.xgz.recon.source.OrgType;
import cn.xgz.recon.source.PartyOrg;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PartyOrgSchemaTest {

    static final Map<String, String> VALID = row(
            "党组织代码", "350212000007",
            "党组织名称", "中共同安区尚紫联合支部委员会",
            "党组织类别", "联合党支部",
            "组建方式", "联合建",
            "上级党组织代码", "350212000001",
            "行政区划代码", "350212",
            "成立日期", "2019.5.23",
            "覆盖单位统一社会信用代码", "92350212MA6EAUL944,92350212MAB3PU120U",
            "覆盖单位名称", "",
            "是否流动党员党支部", "",
            "状态", "正常");

    @Test
    void loadsAValidRow() {
        assertThat(loaded(SourceSchemas.PARTY_ORGS, VALID)).isEqualTo(new PartyOrg("350212000007",
                "中共同安区尚紫联合支部委员会", OrgType.JOINT_BRANCH, Formation.JOINT, "350212000001", "350212",
                LocalDate.of(2019, 5, 23), List.of("92350212MA6EAUL944", "92350212MAB3PU120U"), List.of(), null,
                OrgStatus.NORMAL, "test.csv", 7));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            A;B                      | A,B
            A；B，C、D                | A,B,C,D
            a , b ;; ,c              | A,B,C
            A B\tC                   | A,B,C
            A,A,B                    | A,B
            ''                       | ''
            """)
    void splitsCoveredCodesOnEverySeparatorInOrderWithoutRepeats(String text, String expected) {
        PartyOrg o = loaded(SourceSchemas.PARTY_ORGS, with(VALID, "覆盖单位统一社会信用代码", text));
        assertThat(o.coveredUsccs()).isEqualTo(expected.isEmpty() ? List.of() : List.of(expected.split(",")));
    }

    @Test
    void keepsCoveredNamesAsGivenAndInvalidCodesToo() {
        PartyOrg o = loaded(SourceSchemas.PARTY_ORGS, with(with(VALID, "覆盖单位名称", "福建改禁衙坎建材有限公司，厦门市企晒穴昨钢结构有限公司"),
                "覆盖单位统一社会信用代码", "not-a-code"));
        assertThat(o.coveredNames()).containsExactly("福建改禁衙坎建材有限公司", "厦门市企晒穴昨钢结构有限公司");
        assertThat(o.coveredUsccs()).containsExactly("NOT-A-CODE");
    }

    @Test
    void blankStatusIsNormalAndAnExcelSerialIsADate() {
        PartyOrg o = loaded(SourceSchemas.PARTY_ORGS, with(with(VALID, "状态", ""), "成立日期", "42779"));
        assertThat(o.status()).isEqualTo(OrgStatus.NORMAL);
        assertThat(o.established()).isEqualTo(LocalDate.of(2017, 2, 13));
    }

    @ParameterizedTest(name = "[{index}] {0}={1} -> {2}")
    @CsvSource(textBlock = """
            党组织代码,       '',        必填项为空
            党组织名称,       '',        必填项为空
            党组织类别,       党小组,     党组织类别取值无效，应为党委、党总支、党支部、联合党支部、临时党支部
            组建方式,        自建,       组建方式取值无效，应为单独建、联合建、挂靠建、行业建
            行政区划代码,     359999,    行政区划代码不在区划表中
            成立日期,        2019-02-29, 成立日期无效
            是否流动党员党支部, 也许,       是否流动党员党支部取值无效，应为是、否（或Y/N、1/0、true/false）
            状态,           暂停,       状态取值无效，应为正常、撤销
            """)
    void rejectsWithTheReferenceReasons(String header, String value, String reason) {
        Reject r = rejected(SourceSchemas.PARTY_ORGS, with(VALID, header, value), Set.of());
        assertThat(r.column()).isEqualTo(header);
        assertThat(r.reason()).isEqualTo(reason);
    }
}
