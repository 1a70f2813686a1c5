package cn.xgz.recon.ingest;

import static cn.xgz.recon.ingest.TestRows.loaded;
import static cn.xgz.recon.ingest.TestRows.rejected;
import static cn.xgz.recon.ingest.TestRows.row;
import static cn.xgz.recon.ingest.TestRows.with;
import static org.assertj.core.api.Assertions.assertThat;

import cn.xgz.recon.source.EntityScale;
import cn.xgz.recon.source.EntityType;
import cn.xgz.recon.source.Registration;
import cn.xgz.recon.source.RegistrationStatus;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegistrationSchemaTest {

    static final Map<String, String> VALID = row(
            "统一社会信用代码", "92350111MA9HL00037",
            "主体名称", "辉晟瑾理发店",
            "主体类型", "个体工商户",
            "企业规模", "",
            "行政区划代码", "350111",
            "市场监管所代码", "35011101",
            "市场监管所", "晋安区东街市场监管所",
            "行业代码", "804",
            "成立日期", "2015/2/20",
            "登记状态", "存续",
            "法定代表人（经营者）", "孔伟",
            "法定代表人证件号码", "350102199003071234",
            "所在市场编号", "",
            "从业人数", "3",
            "住所", "福建省福州市晋安区五一路1号");

    @Test
    void loadsAValidRow() {
        Registration r = loaded(SourceSchemas.REGISTRATIONS, VALID);
        assertThat(r).isEqualTo(new Registration("92350111MA9HL00037", "辉晟瑾理发店", EntityType.INDIVIDUAL, null,
                "350111", "35011101", "晋安区东街市场监管所", "804", LocalDate.of(2015, 2, 20),
                RegistrationStatus.ACTIVE, "孔伟", "350102199003071234", null, 3, "福建省福州市晋安区五一路1号",
                "test.csv", 7));
    }

    @Test
    void normalisesWhatTheContractAllows() {
        Map<String, String> messy = row(
                "统一社会信用代码", "９２３５０１１１ｍａ９ｈｌ０００３７",
                "主体名称", "\u3000福州（鼓楼）商行",
                "主体类型", "企业",
                "企业规模", "小型",
                "行政区划代码", "350111.0",
                "行业代码", "F5292",
                "成立日期", "2015年2月20日",
                "登记状态", "在营",
                "法定代表人证件号码", "350102800101123",
                "所在市场编号", "sc350583001",
                "从业人数", "12.0");
        Registration r = loaded(SourceSchemas.REGISTRATIONS, messy);
        assertThat(r.uscc()).isEqualTo("92350111MA9HL00037");
        assertThat(r.name()).isEqualTo("福州(鼓楼)商行");
        assertThat(r.scale()).isEqualTo(EntityScale.SMALL);
        assertThat(r.regionCode()).isEqualTo("350111");
        assertThat(r.industryCode()).isEqualTo("5292");
        assertThat(r.established()).isEqualTo(LocalDate.of(2015, 2, 20));
        assertThat(r.status()).isEqualTo(RegistrationStatus.ACTIVE);
        assertThat(r.legalRepId()).isEqualTo("350102198001011233");
        assertThat(r.marketId()).isEqualTo("SC350583001");
        assertThat(r.employees()).isEqualTo(12);
        assertThat(r.officeCode()).isNull();
        assertThat(r.address()).isNull();
    }

    @ParameterizedTest(name = "[{index}] {0}={1} -> {2}")
    @CsvSource(textBlock = """
            统一社会信用代码,   '',                      必填项为空,                 ''
            统一社会信用代码,   92350111MA9HL0003,       统一社会信用代码应为18位,      92350111MA9HL0003
            统一社会信用代码,   92350111MA9HL0003I,      统一社会信用代码含非法字符,    92350111MA9HL0003I
            统一社会信用代码,   92350111MA9HL00038,      统一社会信用代码校验位错误,    92350111MA9HL00038
            统一社会信用代码,   91350102MA1U5QXY2G,      统一社会信用代码校验位错误,    91350102MA1U5QXY2G
            统一社会信用代码,   9.23501110000000E+17,    统一社会信用代码被Excel保存为数值，已丢失精度, 9.23501110000000E+17
            统一社会信用代码,   350102199003071234,      统一社会信用代码校验位错误,    350102********1234
            主体名称,          '',                      必填项为空,                 ''
            主体类型,          外资企业,                 主体类型取值无效，应为企业、个体工商户、农民专业合作社,             外资企业
            主体类型,          '',                      必填项为空,                 ''
            企业规模,          超大型,                   企业规模取值无效，应为微型、小型、中型、大型,             超大型
            行政区划代码,       350199,                  行政区划代码不在区划表中,      350199
            行政区划代码,       110105,                  行政区划代码不在区划表中,      110105
            行政区划代码,       350100,                  行政区划代码不是县级区划,      350100
            行政区划代码,       '',                      必填项为空,                 ''
            行业代码,          9999,                    行业代码不在国民经济行业分类中, 9999
            行业代码,          A5292,                   行业代码不在国民经济行业分类中, A5292
            成立日期,          2023-02-30,              成立日期无效,                2023-02-30
            成立日期,          2015-2,                  成立日期无效,                2015-2
            成立日期,          '',                      必填项为空,                 ''
            登记状态,          歇业,                     登记状态取值无效，应为存续（或在营、开业、在册）、吊销、注销、迁出,             歇业
            法定代表人证件号码,  350102199003071235,      身份证号校验位错误,           350102********1235
            法定代表人证件号码,  350102199013071234,      身份证号出生日期无效,          350102********1234
            法定代表人证件号码,  35010219900307123,       身份证号位数错误,             350102*******7123
            法定代表人证件号码,  3.50102199003071E+17,    身份证号被Excel保存为数值，已丢失精度, 3.5010**********E+17
            法定代表人证件号码,  E12345678,               身份证号位数错误,             *********
            从业人数,          -3,                      从业人数不能为负数,           -3
            从业人数,          3.5,                     从业人数应为整数,             3.5
            从业人数,          三,                       从业人数应为整数,             三
            """)
    void rejectsWithTheReferenceReasons(String header, String value, String reason, String shown) {
        Reject r = rejected(SourceSchemas.REGISTRATIONS, with(VALID, header, value), Set.of());
        assertThat(r.column()).isEqualTo(header);
        assertThat(r.reason()).isEqualTo(reason);
        assertThat(r.value()).isEqualTo(shown);
        assertThat(r.row()).isEqualTo(7);
        assertThat(r.file()).isEqualTo("test.csv");
    }

    @Test
    void rejectsAUsccThatWasAnExcelNumberCell() {
        Reject r = rejected(SourceSchemas.REGISTRATIONS, with(VALID, "统一社会信用代码", "923501110000000000"),
                Set.of("统一社会信用代码"));
        assertThat(r.reason()).isEqualTo("统一社会信用代码被Excel保存为数值，已丢失精度");
    }

    @Test
    void acceptsARegionCodeThatWasAnExcelNumberCell() {
        Registration r = loaded(SourceSchemas.REGISTRATIONS, VALID, Set.of("行政区划代码", "从业人数"));
        assertThat(r.regionCode()).isEqualTo("350111");
    }

    @Test
    void reportsTheFirstProblemInTheSpecsColumnOrderWhateverTheFileOrder() {
        Map<String, String> shuffled = row("从业人数", "-3", "成立日期", "2023-02-30", "行政区划代码", "350199");
        VALID.forEach(shuffled::putIfAbsent);
        Reject r = rejected(SourceSchemas.REGISTRATIONS, shuffled, Set.of());
        assertThat(r.column()).isEqualTo("行政区划代码");
    }

    @Test
    void namesTheColumnAsTheFileSpellsIt() {
        Map<String, String> english = row(
                "uscc", "92350111MA9HL00037", "name", "辉晟瑾理发店", "entity_type", "个人独资",
                "region_code", "350111", "established_date", "2015/2/20", "status", "存续");
        Reject r = rejected(SourceSchemas.REGISTRATIONS, english, Set.of());
        assertThat(r.column()).isEqualTo("entity_type");
        assertThat(r.reason()).isEqualTo("主体类型取值无效，应为企业、个体工商户、农民专业合作社");
    }
}
