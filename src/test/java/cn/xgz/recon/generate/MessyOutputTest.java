package cn.xgz.recon.generate;

import static cn.xgz.recon.generate.SyntheticDataGeneratorTest.CONTRACT;
import static org.assertj.core.api.Assertions.assertThat;

import cn.xgz.recon.common.IdNumber;
import cn.xgz.recon.common.UsccCode;
import cn.xgz.recon.reference.RegionTable;
import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** --messy: every kind of damage inputs.md lists is present, damaged values still load, bad rows are listed. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MessyOutputTest {

    static final int ENTITIES = 3000;
    static final List<String> FILES = List.of("registrations-1.csv", "registrations-2.csv", "annual-reports.csv",
            "riders-meituan.csv", "riders-eleme.csv", "riders-pupu.csv", "party-orgs.csv", "party-members.csv",
            "markets.csv");
    static final Set<String> USCC_COLUMNS = Set.of("统一社会信用代码", "uscc", "开办者统一社会信用代码", "工作单位统一社会信用代码",
            "站点运营企业统一社会信用代码");
    static final Set<String> ID_COLUMNS = Set.of("身份证号", "法定代表人证件号码");
    static final Set<String> REGION_COLUMNS = Set.of("行政区划代码", "站点行政区划代码", "流入地行政区划代码");
    static final Set<String> DATE_COLUMNS = Set.of("成立日期", "filed_date", "入党日期");

    Path dir;
    GenerationResult result;
    Map<String, InputFiles.Sheet> sheets = new HashMap<>();
    Map<String, Set<Integer>> rejected = new HashMap<>();
    List<InputFiles.Row> planted;

    @BeforeAll
    void generateOnce() throws IOException {
        dir = SyntheticDataGeneratorTest.tempDir();
        result = SyntheticDataGeneratorTest.generate(dir, ENTITIES, 5, true, false);
        for (String f : FILES) {
            sheets.put(f, InputFiles.read(dir.resolve(f)));
        }
        planted = InputFiles.read(dir.resolve(SyntheticDataGenerator.PLANTED_REJECTS)).rows();
        for (InputFiles.Row r : planted) {
            rejected.computeIfAbsent(r.get("file"), k -> new HashSet<>()).add(Integer.parseInt(r.get("row")));
        }
    }

    @AfterAll
    void cleanUp() throws IOException {
        SyntheticDataGeneratorTest.delete(dir);
    }

    @Test
    void registrationsArriveAsTwoFilesHoldingEveryEntity() {
        long loaded = result.files().stream().filter(f -> f.source().equals("registrations"))
                .mapToLong(f -> f.rows() - f.rejects()).sum();
        assertThat(result.files().stream().filter(f -> f.source().equals("registrations")).map(f -> f.file()))
                .containsExactly("registrations-1.csv", "registrations-2.csv");
        assertThat(loaded).isEqualTo(ENTITIES);
    }

    @Test
    void someFilesAreGb18030AndSomeUtf8WithoutBom() {
        assertThat(sheets.get("registrations-2.csv").encoding()).isEqualTo("GB18030");
        assertThat(sheets.get("riders-pupu.csv").encoding()).isEqualTo("GB18030");
        assertThat(sheets.get("riders-eleme.csv").encoding()).isEqualTo("UTF-8");
        assertThat(sheets.get("riders-eleme.csv").bom()).isFalse();
        assertThat(sheets.get("registrations-1.csv").bom()).isTrue();
        assertThat(sheets.get("registrations-2.csv").header()).containsExactlyInAnyOrderElementsOf(
                CONTRACT.get("registrations"));
    }

    @Test
    void annualReportsUseTheEnglishAliases() {
        assertThat(sheets.get("annual-reports.csv").header()).containsExactlyInAnyOrder("uscc", "report_year",
                "party_member_count", "party_org_form", "legal_rep_is_member", "legal_rep_is_secretary", "filed_date");
    }

    @Test
    void columnsAreShuffledAndPartyOrgsCarryAnUnknownColumn() {
        List<String> header = sheets.get("registrations-1.csv").header();
        assertThat(header).containsExactlyInAnyOrderElementsOf(CONTRACT.get("registrations"));
        assertThat(header).isNotEqualTo(CONTRACT.get("registrations"));
        assertThat(sheets.get("party-orgs.csv").header()).contains("备注")
                .containsAll(CONTRACT.get("party-orgs")).hasSize(CONTRACT.get("party-orgs").size() + 1);
    }

    @Test
    void blankRowsAndALeadingBlankLineAppear() throws IOException {
        assertThat(sheets.get("riders-eleme.csv").headerRow()).isEqualTo(2);
        int blank = 0;
        for (String f : FILES) {
            InputFiles.Sheet s = sheets.get(f);
            List<InputFiles.Row> rows = s.rows();
            for (int i = 1; i < rows.size(); i++) {
                if (rows.get(i).number() != rows.get(i - 1).number() + 1) {
                    blank++;
                }
            }
        }
        assertThat(blank).isPositive();
    }

    @Test
    void valuesCarryStraySpacesInvisibleCharactersAndFullWidthDigits() {
        assertThat(anyValue(v -> v.contains("\u00A0"))).isTrue();
        assertThat(anyValue(v -> v.contains("\u200B") || v.contains("\u2060"))).isTrue();
        assertThat(anyValue(v -> v.startsWith(" ") || v.endsWith(" "))).isTrue();
        assertThat(anyValue(v -> v.matches(".*[０-９].*"))).isTrue();
    }

    @Test
    void everyDateFormatOfTheContractAppears() {
        List<String> dates = values(DATE_COLUMNS);
        assertThat(dates).anyMatch(d -> d.matches("\\d{4}-\\d{2}-\\d{2}"))
                .anyMatch(d -> d.matches("\\d{4}/\\d{1,2}/\\d{1,2}"))
                .anyMatch(d -> d.matches("\\d{4}\\.\\d{1,2}\\.\\d{1,2}"))
                .anyMatch(d -> d.matches("\\d{8}"))
                .anyMatch(d -> d.matches("\\d{4}年\\d{1,2}月\\d{1,2}日"))
                .anyMatch(d -> d.matches("\\d{5}"));
    }

    @Test
    void codesComeLowerCaseFifteenDigitAndAsNumbers() {
        assertThat(values(USCC_COLUMNS)).anyMatch(v -> !v.equals(v.toUpperCase()));
        assertThat(values(ID_COLUMNS)).anyMatch(v -> v.matches("\\d{15}")).anyMatch(v -> v.endsWith("x"));
        assertThat(values(ID_COLUMNS)).anyMatch(v -> v.matches("\\d\\.\\d{14}E\\+17"));
        assertThat(values(REGION_COLUMNS)).anyMatch(v -> v.matches("\\d{6}\\.0"));
    }

    @Test
    void labelsUseTheirAcceptedAliases() {
        List<String> all = values(Set.of("登记状态", "legal_rep_is_member", "party_org_form", "是否流动党员"));
        assertThat(all).contains("在营").anyMatch(v -> Set.of("Y", "N", "1", "0", "true", "false").contains(v))
                .anyMatch(v -> v.equals("未成立") || v.equals("无"));
    }

    @Test
    void everyRowThatIsNotPlantedAsBadStillCarriesValidCodes() {
        RegionTable regions = RegionTable.fujian();
        int checked = 0;
        for (String f : FILES) {
            for (InputFiles.Row row : sheets.get(f).rows()) {
                if (rejected.getOrDefault(f, Set.of()).contains(row.number())) {
                    continue;
                }
                for (Map.Entry<String, String> c : row.cells().entrySet()) {
                    String v = clean(c.getValue());
                    if (v.isEmpty()) {
                        continue;
                    }
                    if (USCC_COLUMNS.contains(c.getKey())) {
                        assertThat(UsccCode.check(v.toUpperCase())).as(f + ":" + row.number() + " " + v).isNull();
                        checked++;
                    } else if (ID_COLUMNS.contains(c.getKey())) {
                        assertThat(IdNumber.parse(v).problem()).as(f + ":" + row.number() + " " + v).isNull();
                        checked++;
                    } else if (REGION_COLUMNS.contains(c.getKey())) {
                        assertThat(regions.isCounty(v.replaceAll("\\.0$", ""))).as(f + ":" + row.number() + " " + v)
                                .isTrue();
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(ENTITIES * 3);
    }

    Stream<Arguments> plantedRejects() {
        return planted.stream().map(r -> Arguments.of(r.get("file"), Integer.parseInt(r.get("row")), r.get("column"),
                r.get("reason")));
    }

    @ParameterizedTest(name = "{0}:{1} {3}")
    @MethodSource("plantedRejects")
    void plantedRejectPointsAtARowShowingItsFault(String file, int rowNumber, String column, String reason) {
        InputFiles.Sheet sheet = sheets.get(file);
        InputFiles.Row row = sheet.rows().stream().filter(r -> r.number() == rowNumber).findFirst().orElseThrow();
        String v = row.get(column);
        switch (reason) {
            case "必填项为空" -> assertThat(v).isBlank();
            case "重复记录" -> assertThat(sheet.rows().stream().filter(r -> r.number() < rowNumber)
                    .map(r -> clean(r.get(column)).toUpperCase())).contains(clean(v).toUpperCase());
            case "统一社会信用代码校验位错误" -> assertThat(UsccCode.check(v)).isEqualTo(UsccCode.Problem.CHECK_CHARACTER);
            case "身份证号校验位错误" -> assertThat(IdNumber.parse(v).problem()).isEqualTo(IdNumber.Problem.CHECK_CHARACTER);
            case "身份证号出生日期无效" -> assertThat(IdNumber.parse(v).problem()).isEqualTo(IdNumber.Problem.BIRTH_DATE);
            case "身份证号被Excel保存为数值，已丢失精度" -> assertThat(v).matches("\\d\\.\\d{14}E\\+17");
            case "行政区划代码不在区划表中" -> assertThat(RegionTable.fujian().find(v)).isEmpty();
            case "成立日期无效" -> assertThat(v).isEqualTo("2023-02-30");
            case "年报年度晚于运行年度" -> assertThat(Integer.parseInt(v)).isGreaterThan(GeneratorOptions.DEFAULT_AS_OF.getYear());
            default -> {
                if (reason.endsWith("不能为负数")) {
                    assertThat(Integer.parseInt(v)).isNegative();
                } else {
                    assertThat(reason).endsWith("取值无效");
                    assertThat(v).isIn("外资企业", "其他组织", "已建立", "休假", "党小组", "暂停", "入党积极分子");
                }
            }
        }
    }

    @Test
    void everyBadRowKindOfTheAcceptanceSetIsPlanted() {
        Set<String> reasons = new HashSet<>();
        planted.forEach(r -> reasons.add(r.get("source") + ":" + r.get("reason")));
        assertThat(reasons).contains("registrations:必填项为空", "registrations:重复记录", "registrations:统一社会信用代码校验位错误",
                "annual-reports:年报年度晚于运行年度", "riders:身份证号被Excel保存为数值，已丢失精度", "riders:在岗状态取值无效",
                "party-orgs:党组织类别取值无效", "party-members:人员类别取值无效", "markets:经营户数量不能为负数");
        assertThat(result.plantedRejects()).isEqualTo(planted.size()).isGreaterThanOrEqualTo(35);
    }

    /** Trimmed the way inputs.md says, including NBSP and zero-width characters, and folded to half-width. */
    static String clean(String v) {
        String s = Normalizer.normalize(v, Normalizer.Form.NFKC);
        return s.replaceAll("^[\\s\\u00A0\\u200B\\u2060\\u3000\\uFEFF]+|[\\s\\u00A0\\u200B\\u2060\\u3000\\uFEFF]+$", "");
    }

    private boolean anyValue(Predicate<String> p) {
        for (InputFiles.Sheet s : sheets.values()) {
            for (InputFiles.Row r : s.rows()) {
                for (String v : r.cells().values()) {
                    if (p.test(v)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private List<String> values(Set<String> columns) {
        List<String> out = new ArrayList<>();
        for (InputFiles.Sheet s : sheets.values()) {
            for (InputFiles.Row r : s.rows()) {
                for (Map.Entry<String, String> c : r.cells().entrySet()) {
                    if (columns.contains(c.getKey()) && !c.getValue().isEmpty()) {
                        out.add(c.getValue());
                    }
                }
            }
        }
        return out;
    }
}
