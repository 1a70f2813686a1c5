package cn.xgz.recon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xgz.recon.reference.Region;
import cn.xgz.recon.reference.RegionTable;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Who submits what, end to end on a generated province: each city's {@code half-year --region}, the province's
 * {@code half-year-merge} of them (byte for byte the province-level CSV; a city left out stays blank, 未报送), and
 * every kind of bad submission refused with nothing written.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HalfYearMergeJobTest {

    private static final String P = "2025H1";
    private static final RegionTable REGIONS = RegionTable.fujian();

    @TempDir
    static Path work;

    static Path data;
    static Path province;

    @BeforeAll
    static void provinceRun() {
        Path input = work.resolve("input");
        assertThat(Main.execute("generate", "--entities", "3000", "--seed", "12", "--out", input.toString(), "--as-of",
                "2025-06-30")).isZero();
        data = work.resolve("data");
        province = work.resolve("province");
        assertThat(Main.execute("half-year", "--period", P, "--input", input.toString(), "--out", province.toString(),
                "--data-dir", data.toString())).isZero();
    }

    private static Path folder(Path out) {
        return out.resolve("half-year").resolve(P);
    }

    private static Path city(String code) {
        return folder(work.resolve("cities").resolve(code));
    }

    @Test
    @Order(1)
    void theProvinceFormReadsItsChineseSettingsAndLabelsLeadsAsSuspected() throws Exception {
        try (XSSFWorkbook wb = form(folder(province))) {
            Sheet s = wb.getSheet("半年报送");
            assertThat(s.getRow(1).getCell(0).getStringCellValue()).isEqualTo("填报单位：福建省市场监督管理局");
            List<String> headers = new ArrayList<>();
            s.getRow(4).forEach(c -> headers.add(c.getStringCellValue()));
            assertThat(headers).contains("疑似口袋党员数", "疑似隐形党员数");
            assertThat(s.getRow(3).getCell(headers.indexOf("疑似口袋党员数")).getStringCellValue()).contains("疑似");
            assertThat(text(s)).contains("尚待核实").doesNotContain("缺少数据源");
            Sheet platforms = wb.getSheet("网约配送员平台");
            assertThat(platforms).isNotNull();
            assertThat(platforms.getRow(2).getCell(2).getStringCellValue()).isEqualTo("平台");
        }
        List<String> lines = Files.readAllLines(folder(province).resolve("half-year-" + P + "-platforms.csv"));
        assertThat(lines.get(0)).isEqualTo("\uFEFF县级区划代码,县级区划名称,平台,网约配送员数,网约配送员党员数,配送站点数,配送站点党组织数");
        assertThat(lines).hasSizeGreaterThan(5);
        assertThat(Files.readString(folder(province).resolve("manifest.sha256"))).contains("half-year-" + P + "-platforms.csv");
    }

    @Test
    @Order(2)
    void eachCitySubmitsItsOwnCountiesUnderItsOwnReportingUnit() throws Exception {
        Path settings = work.resolve("xiamen-settings");
        Files.createDirectories(settings);
        Files.writeString(settings.resolve("application.properties"), "xgz.reporting-unit=厦门市市场监督管理局\n", StandardCharsets.UTF_8);
        for (Region c : REGIONS.cities()) {
            boolean xiamen = c.code().equals("350200");
            if (xiamen) {
                System.setProperty("spring.config.additional-location", "file:" + settings + "/");
            }
            try {
                assertThat(Main.execute("half-year", "--period", P, "--region", c.code(), "--out",
                        work.resolve("cities").resolve(c.code()).toString(), "--data-dir", data.toString())).as(c.name()).isZero();
            } finally {
                System.clearProperty("spring.config.additional-location");
            }
        }
        List<String> xiamenRows = Files.readAllLines(city("350200").resolve("half-year-" + P + ".csv"));
        List<String> counties = xiamenCounties();
        assertThat(xiamenRows).hasSize(counties.size() + 1);
        assertThat(xiamenRows.subList(1, xiamenRows.size())).allMatch(l -> l.split(",")[2].equals("350200"));
        try (XSSFWorkbook wb = form(city("350200"))) {
            Sheet s = wb.getSheet("半年报送");
            assertThat(s.getRow(1).getCell(0).getStringCellValue()).isEqualTo("填报单位：厦门市市场监督管理局");
            assertThat(text(s)).contains("厦门市合计").doesNotContain("小计").doesNotContain("福州市");
        }
        try (XSSFWorkbook wb = form(city("350100"))) {
            assertThat(wb.getSheet("半年报送").getRow(1).getCell(0).getStringCellValue()).isEqualTo("填报单位：福建省市场监督管理局");
        }
    }

    private static List<String> xiamenCounties() {
        return REGIONS.counties().stream().map(Region::code).filter(c -> c.startsWith("3502")).toList();
    }

    @Test
    @Order(3)
    void mergingEveryCityGivesTheProvinceLevelCsvByteForByte() throws Exception {
        List<String> args = new ArrayList<>(List.of("half-year-merge", "--period", P, "--out", work.resolve("merged").toString()));
        REGIONS.cities().forEach(c -> args.add(city(c.code()).toString()));
        assertThat(Main.execute(args.toArray(String[]::new))).isZero();
        Path merged = folder(work.resolve("merged"));
        for (String name : List.of("half-year-" + P + ".csv", "half-year-" + P + "-platforms.csv")) {
            assertThat(Files.readAllBytes(merged.resolve(name))).as(name).isEqualTo(Files.readAllBytes(folder(province).resolve(name)));
        }
        try (XSSFWorkbook wb = form(merged); XSSFWorkbook prov = form(folder(province))) {
            Sheet s = wb.getSheet("半年报送");
            assertThat(s.getRow(1).getCell(0).getStringCellValue()).isEqualTo("填报单位：福建省市场监督管理局");
            String all = text(s);
            assertThat(all).doesNotContain("未报送");
            assertThat(all).contains(sha256(city("350200").resolve("manifest.sha256")));
            // The totals (rates included) are the province-level form's.
            assertThat(row(s, "福建省合计")).isEqualTo(row(prov.getSheet("半年报送"), "福建省合计"));
        }
        assertThat(sha256sumCheck(merged)).isTrue();
        // Once written, not overwritten.
        assertThat(Main.execute(args.toArray(String[]::new))).isEqualTo(1);
    }

    @Test
    @Order(4)
    void aCityLeftOutKeepsItsRowsBlankAndIsMarkedNotSubmitted() throws Exception {
        List<String> args = new ArrayList<>(List.of("half-year-merge", "--period", P, "--out", work.resolve("merged-8").toString()));
        REGIONS.cities().stream().filter(c -> !c.code().equals("350200")).forEach(c -> args.add(city(c.code()).toString()));
        assertThat(Main.execute(args.toArray(String[]::new))).isZero();
        Path merged = folder(work.resolve("merged-8"));
        List<String> got = Files.readAllLines(merged.resolve("half-year-" + P + ".csv"));
        List<String> full = Files.readAllLines(folder(province).resolve("half-year-" + P + ".csv"));
        assertThat(got).hasSameSizeAs(full);
        for (int i = 0; i < full.size(); i++) {
            String[] f = full.get(i).split(",", -1);
            if (i > 0 && f[2].equals("350200")) {
                assertThat(got.get(i)).isEqualTo(String.join(",", f[0], f[1], f[2], f[3]) + ",".repeat(f.length - 4));
            } else {
                assertThat(got.get(i)).isEqualTo(full.get(i));
            }
        }
        assertThat(Files.readAllLines(merged.resolve("half-year-" + P + "-platforms.csv")))
                .noneMatch(l -> l.startsWith("3502"));
        try (XSSFWorkbook wb = form(merged)) {
            String all = text(wb.getSheet("半年报送"));
            assertThat(all).contains("思明区（未报送）", "厦门市小计（未报送）", "未报送：厦门市");
        }
    }

    @Test
    @Order(5)
    void badSubmissionsAreRefusedNamingTheFolderAndNothingIsWritten() throws Exception {
        Path good = city("350100");
        String csv = "half-year-" + P + ".csv";

        Path tampered = copy(good, "tampered");
        Files.writeString(tampered.resolve(csv), Files.readString(tampered.resolve(csv)).replaceFirst(",0,", ",7,"));
        refused(List.of(tampered), P, tampered, "SHA-256 与 manifest.sha256 不符");

        refused(List.of(good), "2025H2", good, "这是 2025H1 的报送，不是 2025H2 的");

        refused(List.of(good, copy(good, "again")), P, work.resolve("bad/again"), "福州市（350100）已在报送目录");

        Path noManifest = copy(good, "no-manifest");
        Files.delete(noManifest.resolve("manifest.sha256"));
        refused(List.of(noManifest), P, noManifest, "没有 manifest.sha256");

        Path parent = work.resolve("cities").resolve("350100");
        refused(List.of(parent), P, parent, "没有 manifest.sha256，无法核验报送文件是否完整未改动（应指定其下的 " + good + " 目录）");

        Path header = copy(good, "header");
        rewrite(header, csv, t -> t.replace("党员底数", "党员总数"));
        refused(List.of(header), P, header, "表头与规范不符：第 9 列应为“党员底数”，实为“党员总数”");

        Path stray = copy(good, "stray-county");
        rewrite(stray, csv, t -> t.replaceFirst("\n350102,", "\n359901,"));
        refused(List.of(stray), P, stray, "县级区划代码 359901 不属于区划表中的任何地市");
    }

    @Test
    @Order(6)
    void anUnknownJurisdictionExitsTwoNamingTheSetting() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream old = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            assertThat(Main.execute("half-year", "--period", P, "--region", "350999", "--out", work.resolve("x").toString(),
                    "--data-dir", data.toString())).isEqualTo(2);
            System.setProperty("xgz.jurisdiction", "110000");
            try {
                assertThat(Main.execute("half-year", "--period", P, "--out", work.resolve("x").toString(),
                        "--data-dir", data.toString())).isEqualTo(2);
            } finally {
                System.clearProperty("xgz.jurisdiction");
            }
        } finally {
            System.setErr(old);
        }
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--region 的值 350999 不是本省", "xgz.jurisdiction（环境变量 XGZ_JURISDICTION） 的值 110000");
        assertThat(work.resolve("x")).doesNotExist();
    }

    @Test
    @Order(7)
    void aSourceWithoutFilesLeavesItsColumnsBlankAndTheFormSaysWhy() throws Exception {
        Path input = work.resolve("input");
        Path noRiders = work.resolve("input-no-riders");
        Files.createDirectories(noRiders);
        try (Stream<Path> files = Files.list(input)) {
            for (Path f : files.toList()) {
                if (!f.getFileName().toString().startsWith("riders")) {
                    Files.copy(f, noRiders.resolve(f.getFileName()));
                }
            }
        }
        Path out = work.resolve("no-riders");
        assertThat(Main.execute("half-year", "--period", P, "--input", noRiders.toString(), "--out", out.toString(),
                "--data-dir", work.resolve("data-no-riders").toString())).isZero();
        List<String> lines = Files.readAllLines(folder(out).resolve("half-year-" + P + ".csv"));
        List<String> header = List.of(lines.get(0).substring(1).split(","));
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            assertThat(f[header.indexOf("网约配送员党员数")]).isEmpty();
            assertThat(f[header.indexOf("配送站点党组织数")]).isEmpty();
            assertThat(f[header.indexOf("口袋党员数")]).isEmpty(); // R04 needs the rider register
            assertThat(f[header.indexOf("小微企业数")]).isNotEmpty();
        }
        try (XSSFWorkbook wb = form(folder(out))) {
            assertThat(text(wb.getSheet("半年报送"))).contains("本期比对缺少数据源：网约配送员登记", "网约配送员·党员数");
            assertThat(text(wb.getSheet("网约配送员平台"))).contains("缺少网约配送员登记数据");
        }
    }

    private static void refused(List<Path> folders, String period, Path named, String reason) throws Exception {
        Path out = work.resolve("refused-out");
        List<String> args = new ArrayList<>(List.of("half-year-merge", "--period", period, "--out", out.toString()));
        folders.forEach(f -> args.add(f.toString()));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream old = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            assertThat(Main.execute(args.toArray(String[]::new))).as(reason).isEqualTo(1);
        } finally {
            System.setErr(old);
        }
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("报送目录 " + named, reason, "未写出任何文件");
        assertThat(out).as(reason).doesNotExist();
    }

    private static Path copy(Path from, String name) throws Exception {
        Path to = work.resolve("bad").resolve(name);
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
        return to;
    }

    /** Changes a file and writes a manifest that matches, as a careless re-export would. */
    private static void rewrite(Path folder, String name, UnaryOperator<String> change) throws Exception {
        Files.writeString(folder.resolve(name), change.apply(Files.readString(folder.resolve(name))));
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(folder.resolve("manifest.sha256"))) {
            String file = line.substring(66);
            lines.add(sha256(folder.resolve(file)) + "  " + file);
        }
        Files.write(folder.resolve("manifest.sha256"), lines);
    }

    private static boolean sha256sumCheck(Path folder) throws Exception {
        for (String line : Files.readAllLines(folder.resolve("manifest.sha256"))) {
            if (!sha256(folder.resolve(line.substring(66))).equals(line.substring(0, 64))) {
                return false;
            }
        }
        return true;
    }

    private static XSSFWorkbook form(Path folder) throws Exception {
        try (InputStream in = Files.newInputStream(folder.resolve("小个专及网约配送员党建数据-" + P + ".xlsx"))) {
            return new XSSFWorkbook(in);
        }
    }

    private static String text(Sheet s) {
        StringBuilder b = new StringBuilder();
        s.forEach(r -> r.forEach(c -> b.append(c.toString()).append('\t')));
        return b.toString();
    }

    private static List<String> row(Sheet s, String name) {
        for (Row r : s) {
            if (r.getCell(1) != null && r.getCell(1).toString().equals(name)) {
                List<String> v = new ArrayList<>();
                r.forEach(c -> v.add(c.toString()));
                return v;
            }
        }
        throw new AssertionError("no row " + name);
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
