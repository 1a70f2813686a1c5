package cn.xgz.recon.generate;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xgz.recon.common.IdNumber;
import cn.xgz.recon.common.UsccCode;
import cn.xgz.recon.reference.IndustryTable;
import cn.xgz.recon.reference.RegionTable;
import cn.xgz.recon.source.EntityScale;
import cn.xgz.recon.source.EntityType;
import cn.xgz.recon.source.Formation;
import cn.xgz.recon.source.Labeled;
import cn.xgz.recon.source.MemberType;
import cn.xgz.recon.source.OrgType;
import cn.xgz.recon.source.RegistrationStatus;
import cn.xgz.recon.source.ReportedOrgForm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.util.FileSystemUtils;

class SyntheticDataGeneratorTest {

    static final int ENTITIES = 2000;

    /** The column headers of inputs.md, per file prefix. */
    static final Map<String, List<String>> CONTRACT = Map.of(
            "registrations", List.of("统一社会信用代码", "主体名称", "主体类型", "企业规模", "行政区划代码", "市场监管所代码", "市场监管所",
                    "行业代码", "成立日期", "登记状态", "法定代表人（经营者）", "法定代表人证件号码", "所在市场编号", "从业人数", "住所"),
            "annual-reports", List.of("统一社会信用代码", "年报年度", "中共党员（包括预备党员）人数", "党组织建制", "法定代表人是否为中共党员",
                    "法定代表人是否为党组织书记", "报送日期"),
            "riders", List.of("平台", "骑手编号", "姓名", "身份证号", "手机号", "配送站点编号", "配送站点", "站点行政区划代码",
                    "站点运营企业统一社会信用代码", "政治面貌", "在岗状态"),
            "party-orgs", List.of("党组织代码", "党组织名称", "党组织类别", "组建方式", "上级党组织代码", "行政区划代码", "成立日期",
                    "覆盖单位统一社会信用代码", "覆盖单位名称", "是否流动党员党支部", "状态"),
            "party-members", List.of("身份证号", "姓名", "所在党组织代码", "人员类别", "工作单位", "工作单位统一社会信用代码", "是否流动党员",
                    "流入地行政区划代码", "入党日期"),
            "markets", List.of("市场编号", "市场名称", "开办者统一社会信用代码", "市场类别", "行政区划代码", "市场监管所代码", "经营户数量"));

    static final List<String> CLEAN_FILES = List.of("registrations.csv", "annual-reports.csv", "riders-meituan.csv",
            "riders-eleme.csv", "riders-pupu.csv", "party-orgs.csv", "party-members.csv", "markets.csv");

    static GenerationResult generate(Path dir, long entities, long seed, boolean messy, boolean xlsx) throws IOException {
        return new SyntheticDataGenerator().generate(new GeneratorOptions(entities, seed, dir, messy, xlsx));
    }

    static Path tempDir() throws IOException {
        return Files.createTempDirectory("xgz-gen-test");
    }

    static void delete(Path dir) throws IOException {
        if (dir != null) {
            FileSystemUtils.deleteRecursively(dir);
        }
    }

    static String prefixOf(String file) {
        String stem = file.substring(0, file.lastIndexOf('.'));
        return stem.startsWith("riders") ? "riders" : stem.replaceAll("-\\d+$", "");
    }

    @Nested
    class Determinism {

        @Test
        void sameSeedAndSizeGiveByteIdenticalCsvFiles(@TempDir Path a, @TempDir Path b) throws IOException {
            generate(a, ENTITIES, 7, false, false);
            generate(b, ENTITIES, 7, false, false);
            assertSameFiles(a, b);
        }

        @Test
        void sameSeedGivesByteIdenticalMessyWorkbooks(@TempDir Path a, @TempDir Path b) throws IOException {
            generate(a, ENTITIES, 7, true, true);
            generate(b, ENTITIES, 7, true, true);
            assertSameFiles(a, b);
        }

        @Test
        void anotherSeedGivesOtherData(@TempDir Path a, @TempDir Path b) throws IOException {
            generate(a, 200, 1, false, false);
            generate(b, 200, 2, false, false);
            assertThat(Files.readAllBytes(a.resolve("registrations.csv")))
                    .isNotEqualTo(Files.readAllBytes(b.resolve("registrations.csv")));
        }

        private void assertSameFiles(Path a, Path b) throws IOException {
            List<String> names;
            try (Stream<Path> s = Files.list(a)) {
                names = s.map(p -> p.getFileName().toString()).sorted().toList();
            }
            try (Stream<Path> s = Files.list(b)) {
                assertThat(s.map(p -> p.getFileName().toString()).sorted().toList()).isEqualTo(names);
            }
            assertThat(names).hasSizeGreaterThanOrEqualTo(10);
            for (String n : names) {
                assertThat(Files.readAllBytes(b.resolve(n))).as(n).isEqualTo(Files.readAllBytes(a.resolve(n)));
            }
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class CleanOutput {

        Path dir;
        GenerationResult result;

        @BeforeAll
        void generateOnce() throws IOException {
            dir = tempDir();
            result = generate(dir, ENTITIES, 1, false, false);
        }

        @AfterAll
        void cleanUp() throws IOException {
            delete(dir);
        }

        Stream<String> files() {
            return CLEAN_FILES.stream();
        }

        @ParameterizedTest
        @MethodSource("files")
        void headerIsExactlyTheInputsContractWithUtf8Bom(String file) throws IOException {
            InputFiles.Sheet sheet = InputFiles.read(dir.resolve(file));
            assertThat(sheet.bom()).isTrue();
            assertThat(sheet.header()).containsExactlyElementsOf(CONTRACT.get(prefixOf(file)));
            assertThat(sheet.rows()).isNotEmpty();
        }

        @Test
        void writesExactlyTheRequestedNumberOfRegistrations() throws IOException {
            assertThat(InputFiles.read(dir.resolve("registrations.csv")).rows()).hasSize(ENTITIES);
            assertThat(result.counts()).containsEntry("registrations", (long) ENTITIES);
        }

        @Test
        void everyUsccHasAValidCheckCharacter() throws IOException {
            List<String> codes = values("registrations.csv", "统一社会信用代码");
            codes.addAll(values("annual-reports.csv", "统一社会信用代码"));
            codes.addAll(values("markets.csv", "开办者统一社会信用代码"));
            codes.addAll(values("party-members.csv", "工作单位统一社会信用代码"));
            for (String f : List.of("riders-meituan.csv", "riders-eleme.csv", "riders-pupu.csv")) {
                codes.addAll(values(f, "站点运营企业统一社会信用代码"));
            }
            for (String covered : values("party-orgs.csv", "覆盖单位统一社会信用代码")) {
                codes.addAll(Arrays.asList(covered.split("[;、]")));
            }
            assertThat(codes).hasSizeGreaterThan(ENTITIES);
            assertThat(codes).allSatisfy(c -> assertThat(UsccCode.check(c)).as(c).isNull());
        }

        @Test
        void everyIdNumberIsAValidEighteenCharacterNumber() throws IOException {
            List<String> ids = values("registrations.csv", "法定代表人证件号码");
            ids.addAll(values("party-members.csv", "身份证号"));
            for (String f : List.of("riders-meituan.csv", "riders-eleme.csv", "riders-pupu.csv")) {
                ids.addAll(values(f, "身份证号"));
            }
            assertThat(ids).allSatisfy(id -> {
                assertThat(id).hasSize(18);
                assertThat(IdNumber.parse(id).problem()).as(id).isNull();
            });
        }

        @Test
        void everyRegionCodeIsACountyOfTheRegionTable() throws IOException {
            RegionTable regions = RegionTable.fujian();
            List<String> codes = values("registrations.csv", "行政区划代码");
            codes.addAll(values("markets.csv", "行政区划代码"));
            codes.addAll(values("party-orgs.csv", "行政区划代码"));
            codes.addAll(values("party-members.csv", "流入地行政区划代码"));
            for (String f : List.of("riders-meituan.csv", "riders-eleme.csv", "riders-pupu.csv")) {
                codes.addAll(values(f, "站点行政区划代码"));
            }
            assertThat(codes).allSatisfy(c -> assertThat(regions.isCounty(c)).as(c).isTrue());
        }

        @Test
        void industryCodesAreInTheTableSomeWithTheirSectionLetter() throws IOException {
            IndustryTable industries = IndustryTable.standard();
            List<String> codes = values("registrations.csv", "行业代码");
            assertThat(codes).allSatisfy(c -> assertThat(industries.normalize(c)).as(c).isPresent());
            assertThat(codes).anyMatch(c -> Character.isLetter(c.charAt(0)));
            assertThat(codes).anyMatch(c -> c.length() == 3);
        }

        @Test
        void datesParseAndComeInSeveralFormats() throws IOException {
            List<String> dates = values("registrations.csv", "成立日期");
            dates.addAll(values("annual-reports.csv", "报送日期"));
            dates.addAll(values("party-orgs.csv", "成立日期"));
            dates.addAll(values("party-members.csv", "入党日期"));
            assertThat(dates).allSatisfy(d -> assertThat(MiniReconciler.date(d)).isNotNull());
            assertThat(dates).anyMatch(d -> d.matches("\\d{4}-\\d{2}-\\d{2}"))
                    .anyMatch(d -> d.matches("\\d{4}/\\d{1,2}/\\d{1,2}"))
                    .anyMatch(d -> d.matches("\\d{4}年\\d{1,2}月\\d{1,2}日"));
        }

        @Test
        void phonesAreElevenDigitsStartingWithOne() throws IOException {
            List<String> phones = new ArrayList<>();
            for (String f : List.of("riders-meituan.csv", "riders-eleme.csv", "riders-pupu.csv")) {
                phones.addAll(values(f, "手机号"));
            }
            assertThat(phones).isNotEmpty().allMatch(p -> p.matches("1[3-9]\\d{9}"));
        }

        @Test
        void closedVocabulariesHoldContractLabels() throws IOException {
            assertLabels("registrations.csv", "主体类型", EntityType.class);
            assertLabels("registrations.csv", "企业规模", EntityScale.class);
            assertLabels("registrations.csv", "登记状态", RegistrationStatus.class);
            assertLabels("annual-reports.csv", "党组织建制", ReportedOrgForm.class);
            assertLabels("party-orgs.csv", "党组织类别", OrgType.class);
            assertLabels("party-orgs.csv", "组建方式", Formation.class);
            assertLabels("party-members.csv", "人员类别", MemberType.class);
            assertThat(values("annual-reports.csv", "法定代表人是否为中共党员")).allMatch(v -> v.equals("是") || v.equals("否"));
            assertThat(values("party-orgs.csv", "状态")).allMatch(v -> v.equals("正常") || v.equals("撤销"));
        }

        @Test
        void keysAreUniqueWithinEverySource() throws IOException {
            assertUnique(values("registrations.csv", "统一社会信用代码"));
            assertUnique(values("party-orgs.csv", "党组织代码"));
            assertUnique(values("party-members.csv", "身份证号"));
            assertUnique(values("markets.csv", "市场编号"));
            List<String> reportKeys = new ArrayList<>();
            for (InputFiles.Row r : InputFiles.read(dir.resolve("annual-reports.csv")).rows()) {
                reportKeys.add(r.get("统一社会信用代码") + "|" + r.get("年报年度"));
            }
            assertUnique(reportKeys);
            List<String> riderKeys = new ArrayList<>();
            for (String f : List.of("riders-meituan.csv", "riders-eleme.csv", "riders-pupu.csv")) {
                for (InputFiles.Row r : InputFiles.read(dir.resolve(f)).rows()) {
                    riderKeys.add(r.get("平台") + "|" + r.get("骑手编号"));
                }
            }
            assertUnique(riderKeys);
        }

        @Test
        void plantsNoRejectsWithoutMessy() throws IOException {
            assertThat(result.plantedRejects()).isZero();
            assertThat(Files.readAllLines(dir.resolve(SyntheticDataGenerator.PLANTED_REJECTS))).hasSize(1);
        }

        @Test
        void everyScenarioIsPlantedAtThisSize() {
            for (Scenario s : Scenario.values()) {
                assertThat(result.planted().getOrDefault(s.name(), 0L)).as(s.name()).isEqualTo(s.copies());
            }
        }

        private void assertLabels(String file, String column, Class<? extends Enum<?>> type) throws IOException {
            List<String> v = values(file, column);
            assertThat(v).as(column).isNotEmpty();
            assertThat(v).as(column).allSatisfy(x -> assertThat(parse(type, x)).as(x).isTrue());
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        private boolean parse(Class type, String text) {
            return Labeled.parse(type, text).isPresent();
        }

        private void assertUnique(List<String> keys) {
            assertThat(new HashSet<>(keys)).as("distinct keys").hasSize(keys.size());
        }

        List<String> values(String file, String column) throws IOException {
            List<String> out = new ArrayList<>();
            for (InputFiles.Row r : InputFiles.read(dir.resolve(file)).rows()) {
                String v = r.get(column);
                if (!v.isEmpty()) {
                    out.add(v);
                }
            }
            return out;
        }
    }

    /** Each planted expectation (planted.csv) checked against the files by an independent reading of the rules. */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class PlantedGaps {

        Path dir;
        Path cityDir;
        MiniReconciler rules;
        MiniReconciler cityRules;
        List<InputFiles.Row> expectations;
        List<InputFiles.Row> cityExpectations;

        @AfterAll
        void cleanUp() throws IOException {
            delete(dir);
            delete(cityDir);
        }

        @BeforeAll
        void generateOnce() throws IOException {
            dir = tempDir();
            generate(dir, 3000, 11, false, false);
            rules = new MiniReconciler(dir, GeneratorOptions.DEFAULT_AS_OF);
            expectations = InputFiles.read(dir.resolve(SyntheticDataGenerator.PLANTED)).rows();
            cityDir = tempDir();
            new SyntheticDataGenerator().generate(new GeneratorOptions(2500, 1, cityDir, false, false)
                    .withScope("350100").withAsOf(LocalDate.of(2025, 6, 30)));
            cityRules = new MiniReconciler(cityDir, LocalDate.of(2025, 6, 30));
            cityExpectations = InputFiles.read(cityDir.resolve(SyntheticDataGenerator.PLANTED)).rows();
        }

        Stream<Arguments> planted() {
            return Stream.concat(
                    expectations.stream().map(r -> Arguments.of("province", r.get("scenario"), r.get("rule"),
                            r.get("subject_key"), r.get("expected"), r.get("detail"))),
                    cityExpectations.stream().map(r -> Arguments.of("city", r.get("scenario"), r.get("rule"),
                            r.get("subject_key"), r.get("expected"), r.get("detail"))));
        }

        @ParameterizedTest(name = "{0} {1}: {2} {4}")
        @MethodSource("planted")
        void plantedOutcomeHoldsInTheWrittenFiles(String dataSet, String scenario, String rule, String key,
                String expected, String detail) {
            MiniReconciler reading = dataSet.equals("city") ? cityRules : rules;
            if (rule.equals("RESOLVE")) {
                assertThat(reading.resolvedWorkplace(key)).isEqualTo(detail);
                return;
            }
            MiniReconciler.Outcome outcome = reading.evaluate(rule, key);
            assertThat(outcome.fires()).as(scenario + " " + rule + " " + key).isEqualTo(expected.equals("fires"));
            if (outcome.fires() && Set.of("ROSTER", "ANNUAL_REPORT", "NOT_IN_ROSTER", "RELATION_NOT_TRANSFERRED",
                    "RIDER", "LEGAL_REP", "RIDER+LEGAL_REP").contains(detail.split(" ")[0])) {
                assertThat(outcome.basis()).isEqualTo(detail.split(" ")[0]);
            }
        }

        @Test
        void beforeTheFirstOfJulyTheJulyBoundaryCaseDoesNotFire() {
            assertThat(cityExpectations).filteredOn(r -> r.get("scenario").equals("R13_JULY_BOUNDARY"))
                    .isNotEmpty().allMatch(r -> r.get("expected").equals("none"));
            assertThat(expectations).filteredOn(r -> r.get("scenario").equals("R13_JULY_BOUNDARY"))
                    .isNotEmpty().allMatch(r -> r.get("expected").equals("fires"));
        }

        @Test
        void everyScenarioHasAnExpectation() {
            Set<String> scenarios = new HashSet<>();
            expectations.forEach(r -> scenarios.add(r.get("scenario")));
            for (Scenario s : Scenario.values()) {
                assertThat(scenarios).contains(s.name());
            }
        }

        @ParameterizedTest
        @ValueSource(strings = {"R01", "R02", "R03", "R04", "R05", "R07", "R08", "R09", "R10", "R11", "R12", "R13"})
        void everyRuleHasAPlantedCaseThatFiresAndOneThatDoesNot(String rule) {
            List<String> outcomes = expectations.stream().filter(r -> r.get("rule").equals(rule))
                    .map(r -> r.get("expected")).distinct().toList();
            assertThat(outcomes).contains("fires");
            if (!Set.of("R07", "R08").contains(rule)) {
                assertThat(outcomes).as("a near miss for " + rule).contains("none");
            }
        }

        @Test
        void backgroundPopulationAlsoTriggersEntityRules() {
            Set<String> plantedKeys = new HashSet<>();
            expectations.forEach(r -> plantedKeys.add(r.get("subject_key")));
            long r03 = rules.regs.keySet().stream().filter(u -> !plantedKeys.contains(u))
                    .filter(u -> rules.evaluate("R03", u).fires()).count();
            long r13 = rules.regs.keySet().stream().filter(u -> rules.evaluate("R13", u).fires()).count();
            assertThat(r03).isPositive();
            assertThat(r13).isBetween(3000L / 50, 3000L / 3);
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class Proportions {

        Path dir;
        GenerationResult result;
        List<InputFiles.Row> registrations;

        @AfterAll
        void cleanUp() throws IOException {
            delete(dir);
        }

        @BeforeAll
        void generateOnce() throws IOException {
            dir = tempDir();
            result = generate(dir, 64_000, 3, false, false);
            registrations = InputFiles.read(dir.resolve("registrations.csv")).rows();
        }

        @Test
        void individualBusinessesAreTheMajorityAndEnterprisesMostlyMicroOrSmall() {
            long individual = count("主体类型", "个体工商户");
            long enterprise = count("主体类型", "企业");
            long coop = count("主体类型", "农民专业合作社");
            assertThat(individual / 64_000.0).isBetween(0.60, 0.70);
            assertThat(coop).isPositive().isLessThan(enterprise / 5);
            long microSmall = count("企业规模", "微型") + count("企业规模", "小型");
            long mediumLarge = count("企业规模", "中型") + count("企业规模", "大型");
            assertThat(microSmall).isGreaterThan(enterprise * 3 / 4);
            assertThat(mediumLarge).isPositive().isLessThan(enterprise / 10);
        }

        @Test
        void aFewPercentAreInactiveAndAFewAreEstablishedInTheFuture() {
            long inactive = registrations.stream().filter(r -> !r.get("登记状态").equals("存续")).count();
            assertThat(inactive / 64_000.0).isBetween(0.02, 0.10);
            LocalDate asOf = GeneratorOptions.DEFAULT_AS_OF;
            long future = registrations.stream().filter(r -> MiniReconciler.date(r.get("成立日期")).isAfter(asOf)).count();
            assertThat(future).isPositive().isLessThan(64_000 / 200);
        }

        @Test
        void otherSourcesScaleWithTheEntityCount() {
            Map<String, Long> c = result.counts();
            assertThat(c.get("markets") / 64_000.0).isBetween(1 / 4000.0, 1 / 1000.0);
            assertThat(c.get("riders") / 64_000.0).isBetween(0.01, 0.04);
            assertThat(c.get("party-orgs") / 64_000.0).isBetween(0.005, 0.02);
            assertThat(c.get("party-members") / 64_000.0).isBetween(0.04, 0.11);
            assertThat(c.get("annual-reports") / 64_000.0).isBetween(1.0, 1.4);
        }

        @Test
        void marketsHaveStallsTradingInThem() {
            Set<String> markets = new HashSet<>();
            registrations.forEach(r -> {
                if (!r.get("所在市场编号").isEmpty()) {
                    markets.add(r.get("所在市场编号"));
                }
            });
            long stalls = registrations.stream().filter(r -> !r.get("所在市场编号").isEmpty()).count();
            assertThat(markets.size()).isGreaterThanOrEqualTo((int) (result.counts().get("markets") * 9 / 10));
            assertThat(stalls / (double) markets.size()).isGreaterThan(10);
        }

        @Test
        void everyWorkplaceAndCoveredNameResolvesExactlyAsPlanned() throws IOException {
            MiniReconciler rules = new MiniReconciler(dir, GeneratorOptions.DEFAULT_AS_OF);
            long resolved = 0;
            long unresolved = 0;
            for (MiniReconciler.Member m : rules.members.values()) {
                if (rules.resolvedWorkplace(m.id()) != null) {
                    resolved++;
                } else if (!m.workplace().isEmpty() || !m.workplaceUscc().isEmpty()) {
                    unresolved++;
                }
            }
            long namesResolved = 0;
            for (MiniReconciler.Org o : rules.orgs.values()) {
                for (String n : o.names()) {
                    if (rules.resolve(n, null) != null) {
                        namesResolved++;
                    }
                }
            }
            assertThat(resolved).isEqualTo(result.natural().get("CHECK_WORKPLACE_RESOLVES"));
            assertThat(unresolved).isEqualTo(result.natural().get("CHECK_WORKPLACE_UNRESOLVED"));
            assertThat(namesResolved).isEqualTo(result.natural().get("CHECK_COVERED_NAME_RESOLVES"));
        }

        private long count(String column, String value) {
            return registrations.stream().filter(r -> r.get(column).equals(value)).count();
        }
    }
}
