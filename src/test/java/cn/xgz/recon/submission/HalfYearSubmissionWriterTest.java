package cn.xgz.recon.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.xgz.recon.reference.Region;
import cn.xgz.recon.reference.RegionTable;
import cn.xgz.recon.rules.CountyFigures;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HalfYearSubmissionWriterTest {

    static final RegionTable REGIONS = RegionTable.fujian();
    static final Period H2 = Period.parse("2025H2");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T19:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path out;

    private final HalfYearSubmissionWriter writer = new HalfYearSubmissionWriter(CLOCK);

    /** Every county gets figures derived from its position, so sums and rates differ per row. */
    static List<CountyFigures> figures() {
        List<CountyFigures> fs = new ArrayList<>();
        int i = 1;
        for (Region c : REGIONS.counties()) {
            fs.add(new CountyFigures(c.code(), i, 2 * i, i % 3, i, 3 * i, 2 * i, i % 7, 1, i % 2, 0, 1, i % 5, i % 4 > 0 ? 1 : 0,
                    i % 3, i % 3 > 0 ? 1 : 0, i % 6, i % 2, i % 4, i % 5));
            i++;
        }
        return fs;
    }

    static HalfYearSubmission submission() {
        return new HalfYearSubmission(H2, figures(), REGIONS, "福建省市场监督管理局", LocalDate.of(2026, 1, 1), "57", LocalDate.of(2026, 1, 2));
    }

    @Test
    void writesFormCsvAndManifestIntoThePeriodFolder() throws IOException {
        HalfYearSubmissionWriter.Written w = writer.write(submission(), out, false);
        Path folder = out.resolve("half-year/2025H2");
        assertThat(w.folder()).isEqualTo(folder);
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("小个专及网约配送员党建数据-2025H2.xlsx", "half-year-2025H2.csv",
                            "half-year-2025H2-platforms.csv", "manifest.sha256");
        }
        try (Stream<Path> siblings = Files.list(folder.getParent())) {
            assertThat(siblings.map(p -> p.getFileName().toString())).containsExactly("2025H2");
        }
        assertThat(w.replaced()).isNull();
    }

    @Test
    void manifestIsInSha256sumFormatForEveryFile() throws Exception {
        HalfYearSubmissionWriter.Written w = writer.write(submission(), out, false);
        List<String> lines = Files.readAllLines(w.manifest(), StandardCharsets.UTF_8);
        assertThat(lines).containsExactly(
                sha256(w.form()) + "  小个专及网约配送员党建数据-2025H2.xlsx", sha256(w.csv()) + "  half-year-2025H2.csv",
                sha256(w.platforms()) + "  half-year-2025H2-platforms.csv");
    }

    @Test
    void refusesToOverwriteAnEarlierSubmission() throws IOException {
        HalfYearSubmissionWriter.Written first = writer.write(submission(), out, false);
        byte[] before = Files.readAllBytes(first.csv());
        HalfYearSubmission changed = new HalfYearSubmission(H2, List.of(), REGIONS, "其他单位", LocalDate.of(2026, 1, 5), "58",
                LocalDate.of(2026, 1, 6));
        assertThatThrownBy(() -> writer.write(changed, out, false))
                .isInstanceOf(SubmissionExistsException.class)
                .hasMessageContaining("2025H2")
                .hasMessageContaining("--replace");
        assertThat(Files.readAllBytes(first.csv())).isEqualTo(before);
    }

    @Test
    void replacingKeepsTheEarlierSubmissionUnderADatedName() throws IOException {
        HalfYearSubmissionWriter.Written first = writer.write(submission(), out, false);
        byte[] earlier = Files.readAllBytes(first.csv());
        HalfYearSubmission changed = new HalfYearSubmission(H2, List.of(), REGIONS, "其他单位", LocalDate.of(2026, 1, 5), "58",
                LocalDate.of(2026, 1, 6));
        HalfYearSubmissionWriter.Written second = writer.write(changed, out, true);
        Path aside = out.resolve("half-year/2025H2.replaced-20260102T030000");
        assertThat(second.replaced()).isEqualTo(aside);
        assertThat(Files.readAllBytes(aside.resolve("half-year-2025H2.csv"))).isEqualTo(earlier);
        assertThat(Files.readAllBytes(second.csv())).isNotEqualTo(earlier);
        HalfYearSubmissionWriter.Written third = writer.write(changed, out, true);
        assertThat(third.replaced()).hasFileName("2025H2.replaced-20260102T030000-2");
    }

    @Test
    void formHasTitleHeadersOneRowPerCountySubtotalsAndTotal() throws IOException {
        HalfYearSubmissionWriter.Written w = writer.write(submission(), out, false);
        try (InputStream in = Files.newInputStream(w.form()); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet s = wb.getSheetAt(0);
            assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("小个专及网约配送员党建数据统计表（2025年下半年）");
            List<String> info = new ArrayList<>();
            s.getRow(1).forEach(c -> info.add(c.getStringCellValue()));
            assertThat(info).containsExactly("填报单位：福建省市场监督管理局", "统计截止日期：2025年12月31日", "填报日期：2026年1月2日");
            assertThat(s.getRow(2).getCell(0).getStringCellValue()).isEqualTo("数据来源：2026-01-01 比对运行（运行编号 57）");

            var single = HalfYearForm.COLUMNS.stream().filter(c -> c.header().equals("单独建")).findFirst().orElseThrow();
            int orgCol = HalfYearForm.COLUMNS.indexOf(single) + 2;
            assertThat(s.getRow(3).getCell(orgCol).getStringCellValue()).isEqualTo("党组织数");
            assertThat(s.getMergedRegions()).contains(new CellRangeAddress(3, 3, orgCol, orgCol + 4), new CellRangeAddress(3, 4, 0, 0));
            List<String> sub = new ArrayList<>();
            for (int c = orgCol; c <= orgCol + 4; c++) {
                sub.add(s.getRow(4).getCell(c).getStringCellValue());
            }
            assertThat(sub).containsExactly("单独建", "联合建", "挂靠建", "行业建", "合计");
            assertThat(s.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("4:5"));
            assertThat(s.getPrintSetup().getLandscape()).isTrue();

            List<String> names = new ArrayList<>();
            for (int r = 5; r <= s.getLastRowNum(); r++) {
                Row row = s.getRow(r);
                if (row != null && row.getCell(1) != null && row.getCell(2) != null && row.getCell(2).getCellType() == CellType.NUMERIC) {
                    names.add(row.getCell(1).getStringCellValue());
                }
            }
            assertThat(names).hasSize(REGIONS.counties().size() + REGIONS.cities().size() + 1);
            assertThat(names.stream().filter(n -> n.endsWith("小计"))).hasSize(REGIONS.cities().size());
            assertThat(names.get(names.size() - 1)).isEqualTo("福建省合计");
            assertThat(names).containsSubsequence("鼓楼区", "福州市小计", "思明区", "厦门市小计");

            Row total = rowNamed(s, "福建省合计");
            int micro = figures().stream().mapToInt(CountyFigures::microEnterprises).sum();
            assertThat(total.getCell(2).getNumericCellValue()).isEqualTo(micro);
            int coveredCol = 2 + indexOf("已建党组织经营主体数");
            int rateCol = 2 + indexOf("党组织覆盖率");
            int covered = (int) total.getCell(coveredCol).getNumericCellValue();
            int inScope = figures().stream().mapToInt(CountyFigures::inScopeEntities).sum();
            assertThat(total.getCell(rateCol).getNumericCellValue()).isEqualTo(Rates.percent(covered, inScope).doubleValue());
        }
    }

    @Test
    void formRatesEqualTheCsvRates() throws IOException {
        HalfYearSubmissionWriter.Written w = writer.write(submission(), out, false);
        List<String> csv = Files.readAllLines(w.csv(), StandardCharsets.UTF_8);
        int csvRate = HalfYearCsv.HEADER.indexOf("应建已建率");
        try (InputStream in = Files.newInputStream(w.form()); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet s = wb.getSheetAt(0);
            int formRate = 2 + indexOf("应建已建率");
            for (String line : csv.subList(1, csv.size())) {
                String[] f = line.split(",", -1);
                Row row = rowNamed(s, f[1]);
                Cell c = row.getCell(formRate);
                String shown = c.getCellType() == CellType.BLANK ? ""
                        : new java.math.BigDecimal(Double.toString(c.getNumericCellValue())).setScale(1).toPlainString();
                assertThat(shown).as(f[1]).isEqualTo(f[csvRate]);
            }
        }
    }

    private static int indexOf(String header) {
        for (int i = 0; i < HalfYearForm.COLUMNS.size(); i++) {
            if (HalfYearForm.COLUMNS.get(i).header().equals(header)) {
                return i;
            }
        }
        throw new IllegalArgumentException(header);
    }

    private static Row rowNamed(XSSFSheet s, String name) {
        for (Row r : s) {
            Cell c = r.getCell(1);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(name)) {
                return r;
            }
        }
        throw new AssertionError("no row " + name);
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
