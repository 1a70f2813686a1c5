package cn.xgz.recon.submission;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xgz.recon.reference.RegionTable;
import cn.xgz.recon.rules.CountyFigures;
import cn.xgz.recon.rules.PlatformFigures;
import cn.xgz.recon.source.Source;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A source without files in the run: the columns made of it are blank, never 0; the others stay counted. */
class MissingSourceColumnsTest {

    private static final RegionTable REGIONS = RegionTable.fujian();
    private static final Period H1 = Period.parse("2025H1");

    private static HalfYearSubmission run(Set<Source> absent) {
        List<CountyFigures> figures = new ArrayList<>();
        REGIONS.counties().forEach(c -> figures.add(new CountyFigures(c.code(), 4, 6, 2, 3, 9, 7, 2, 1, 1, 0, 0, 1, 1, 2, 1, 3, 1, 1, 1)));
        return HalfYearSubmission.fromRun(H1, REGIONS, Jurisdiction.of(REGIONS, "350200", "--region"), figures,
                List.of(new PlatformFigures("350203", "美团", 10, 2, 3, 1), new PlatformFigures("350102", "美团", 9, 9, 9, 9)),
                absent, "厦门市市场监督管理局", LocalDate.of(2025, 6, 30), "1", LocalDate.of(2025, 7, 1));
    }

    private static List<String[]> rows(HalfYearSubmission s) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        HalfYearCsv.write(s, out);
        List<String[]> rows = new ArrayList<>();
        new String(out.toByteArray(), StandardCharsets.UTF_8).lines().skip(1).forEach(l -> rows.add(l.split(",", -1)));
        return rows;
    }

    private static int col(String header) {
        return HalfYearCsv.HEADER.indexOf(header);
    }

    @Test
    void withEverySourceEveryColumnIsCounted() throws Exception {
        for (String[] r : rows(run(Set.of()))) {
            assertThat(r).as(r[0]).doesNotContain("");
        }
    }

    @Test
    void noRiderFileBlanksTheRiderColumnsAndTheLeadsThatNeedRiders() throws Exception {
        List<String[]> rows = rows(run(Set.of(Source.RIDERS)));
        assertThat(rows).hasSize((int) REGIONS.counties().stream().filter(c -> c.code().startsWith("3502")).count());
        for (String[] r : rows) {
            assertThat(r[col("网约配送员党员数")]).isEmpty();
            assertThat(r[col("配送站点党组织数")]).isEmpty();
            assertThat(r[col("口袋党员数")]).isEmpty();
            assertThat(r[col("隐形党员数")]).isEmpty();
            assertThat(r[col("专业市场数")]).isEqualTo("2");
            assertThat(r[col("党组织覆盖率")]).isEqualTo("20.0");
        }
    }

    @Test
    void noMarketFileBlanksTheMarketColumnsAndTheirRate() throws Exception {
        for (String[] r : rows(run(Set.of(Source.MARKETS)))) {
            assertThat(r[col("专业市场数")]).isEmpty();
            assertThat(r[col("专业市场已建党组织数")]).isEmpty();
            assertThat(r[col("专业市场党组织覆盖率")]).isEmpty();
            assertThat(r[col("网约配送员党员数")]).isEqualTo("3");
            assertThat(r[col("小微企业数")]).isEqualTo("4");
        }
    }

    @Test
    void aSubtotalOverABlankIsBlankNotAPartialSum() {
        Figures counted = Figures.of(new CountyFigures("350203", 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1), Set.of());
        Figures noMarkets = Figures.of(new CountyFigures("350206", 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1),
                Set.of(Source.MARKETS));
        Figures sum = Figures.sum(List.of(counted, noMarkets));
        assertThat(sum.get(Figure.MARKETS_OPEN)).isNull();
        assertThat(sum.get(Figure.MICRO)).isEqualTo(2);
    }

    @Test
    void theCitysPlatformRowsOnlyAndTheirRiderMemberColumnBlankWithoutTheRoster() throws Exception {
        HalfYearSubmission s = run(Set.of(Source.PARTY_MEMBERS));
        assertThat(s.platforms()).containsExactly(new PlatformRow("350203", "美团", 10, null, 3, 1));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PlatformsCsv.write(s, out);
        assertThat(new String(out.toByteArray(), StandardCharsets.UTF_8)).isEqualTo(
                "\uFEFF县级区划代码,县级区划名称,平台,网约配送员数,网约配送员党员数,配送站点数,配送站点党组织数\n350203,思明区,美团,10,,3,1\n");
    }
}
