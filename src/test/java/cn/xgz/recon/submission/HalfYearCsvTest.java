package cn.xgz.recon.submission;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xgz.recon.acceptance.AcceptanceSets;
import cn.xgz.recon.reference.RegionTable;
import cn.xgz.recon.rules.CountyFigures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HalfYearCsvTest {

    /**
     * The counts of an expected file, read back into the contract's record by header name. The file has no column
     * for the in-scope count that 党组织覆盖率 divides by (cooperatives trading in a market are in scope but are
     * neither 小微企业 nor 个体工商户), so it is recovered as the smallest count at least 小微企业数 + 个体工商户数
     * that reproduces the file's rate.
     */
    static List<CountyFigures> countsOf(List<String> lines) {
        List<String> header = Arrays.asList(lines.get(0).replace("\uFEFF", "").split(",", -1));
        List<CountyFigures> out = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            java.util.function.ToIntFunction<String> n = h -> Integer.parseInt(f[header.indexOf(h)]);
            int covered = n.applyAsInt("已建党组织经营主体数");
            String rate = f[header.indexOf("党组织覆盖率")];
            int inScope = n.applyAsInt("小微企业数") + n.applyAsInt("个体工商户数");
            while (!rate.isEmpty() && !Rates.csv(covered, inScope).equals(rate) && inScope < 1_000_000) {
                inScope++;
            }
            out.add(new CountyFigures(f[0], n.applyAsInt("小微企业数"), n.applyAsInt("个体工商户数"), n.applyAsInt("专业市场数"),
                    n.applyAsInt("有党员的经营主体数"), n.applyAsInt("党员底数"), n.applyAsInt("其中名册在册党员数"), covered,
                    n.applyAsInt("党组织数（单独建）"), n.applyAsInt("党组织数（联合建）"),
                    n.applyAsInt("党组织数（挂靠建）"), n.applyAsInt("党组织数（行业建）"), n.applyAsInt("符合单独组建条件主体数"),
                    n.applyAsInt("其中已建党组织数"), n.applyAsInt("有党员但不足3名主体数"), n.applyAsInt("专业市场已建党组织数"),
                    n.applyAsInt("网约配送员党员数"), n.applyAsInt("配送站点党组织数"), n.applyAsInt("口袋党员数"),
                    n.applyAsInt("隐形党员数"), inScope));
        }
        return out;
    }

    @ParameterizedTest
    @CsvSource({"basic/expected/expected-half-year-2025H2.csv", "messy/expected/expected-half-year-2025H1.csv"})
    void reproducesTheAcceptanceFileByteForByte(String file) throws IOException {
        byte[] expectedBytes = Files.readAllBytes(AcceptanceSets.root().resolve(file));
        String expected = new String(expectedBytes, StandardCharsets.UTF_8);
        List<String> lines = List.of(expected.split("\n"));
        Period period = Period.parse(file.substring(file.lastIndexOf('-') + 1, file.lastIndexOf('.')));
        HalfYearSubmission s = new HalfYearSubmission(period, countsOf(lines), RegionTable.fujian(), "福建省市场监督管理局",
                period.lastDay(), "1", period.lastDay().plusDays(1));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        HalfYearCsv.write(s, out);
        assertThat(out.toByteArray()).isEqualTo(expectedBytes);
    }

    @org.junit.jupiter.api.Test
    void writesEveryCountyOfTheRegionTableWithZerosWhenTheRunHasNoFigures() throws IOException {
        RegionTable regions = RegionTable.fujian();
        HalfYearSubmission s = new HalfYearSubmission(Period.parse("2025H1"), List.of(), regions, "", LocalDate.of(2025, 6, 30), null,
                LocalDate.of(2025, 7, 1));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        HalfYearCsv.write(s, out);
        String[] lines = new String(out.toByteArray(), StandardCharsets.UTF_8).split("\n");
        assertThat(lines[0]).isEqualTo("\uFEFF" + String.join(",", HalfYearCsv.HEADER));
        assertThat(lines).hasSize(regions.counties().size() + 1);
        assertThat(lines[1]).isEqualTo(regions.counties().get(0).code() + "," + regions.counties().get(0).name()
                + ",350100,福州市,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,,,0,,0,0,0,0");
    }
}
