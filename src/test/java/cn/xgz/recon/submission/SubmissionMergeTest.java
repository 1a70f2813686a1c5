package cn.xgz.recon.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.xgz.recon.reference.RegionTable;
import cn.xgz.recon.rules.CountyFigures;
import cn.xgz.recon.rules.PlatformFigures;
import cn.xgz.recon.source.Source;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The merge without the command line: what a city writes, the province reads back exactly. */
class SubmissionMergeTest {

    private static final RegionTable REGIONS = RegionTable.fujian();
    private static final Period H1 = Period.parse("2025H1");
    private static final LocalDate FILLED = LocalDate.of(2025, 7, 2);
    private final HalfYearSubmissionWriter writer = new HalfYearSubmissionWriter(Clock.fixed(Instant.EPOCH, ZoneId.of("UTC")));

    @TempDir
    Path dir;

    private static List<CountyFigures> figures() {
        List<CountyFigures> out = new ArrayList<>();
        int i = 0;
        for (var c : REGIONS.counties()) {
            i++;
            out.add(new CountyFigures(c.code(), i, i + 1, i % 3, i % 5, i, i / 2, i % 4, 1, 0, i % 2, 0, i % 3, i % 2, 1,
                    i % 2, i % 7, i % 3, i % 4, i % 2, 2 * i + 3));
        }
        return out;
    }

    private static final List<PlatformFigures> PLATFORMS = List.of(
            new PlatformFigures("350102", "美团", 5, 1, 2, 1),
            new PlatformFigures("350102", "=HYPERLINK(\"x\")", 1, 0, 1, 0),
            new PlatformFigures("350203", "饿了么\\外卖, 加盟", 3, 2, 1, 1));

    private HalfYearSubmission run(String region, Set<Source> absent) {
        return HalfYearSubmission.fromRun(H1, REGIONS, Jurisdiction.of(REGIONS, region, "--region"), figures(), PLATFORMS, absent,
                "单位", LocalDate.of(2025, 6, 30), "9", FILLED);
    }

    private Path write(String name, HalfYearSubmission s) throws Exception {
        return writer.write(s, dir.resolve(name), false).folder();
    }

    @Test
    void everyCityMergedGivesTheProvinceFilesByteForByte() throws Exception {
        Path province = write("province", run("350000", Set.of()));
        List<Path> cities = new ArrayList<>();
        for (var c : REGIONS.cities()) {
            cities.add(write(c.code(), run(c.code(), Set.of())));
        }
        Path merged = writer.write(SubmissionMerge.merge(H1, cities, REGIONS, "单位", FILLED), dir.resolve("merged"), false).folder();
        for (String f : List.of(HalfYearSubmissionWriter.csvFileName(H1), HalfYearSubmissionWriter.platformsFileName(H1))) {
            assertThat(Files.readAllBytes(merged.resolve(f))).as(f).isEqualTo(Files.readAllBytes(province.resolve(f)));
        }
    }

    @Test
    void blanksOfACityRunWithoutASourceSurviveTheMerge() throws Exception {
        Path xiamen = write("xiamen", run("350200", Set.of(Source.MARKETS)));
        HalfYearSubmission m = SubmissionMerge.merge(H1, List.of(xiamen), REGIONS, "单位", FILLED);
        assertThat(m.figuresOf("350203").get(Figure.MARKETS_OPEN)).isNull();
        assertThat(m.figuresOf("350203").get(Figure.MICRO)).isNotNull();
        assertThat(m.figuresOf("350203")).isEqualTo(run("350200", Set.of(Source.MARKETS)).figuresOf("350203"));
        assertThat(m.notSubmitted()).hasSize(REGIONS.cities().size() - 1).doesNotContain("350200");
        assertThat(m.notes()).anyMatch(n -> n.startsWith("厦门市的报送中以下栏目空白") && n.contains("专业市场数"));
    }

    @Test
    void aCityWithACountyMissingIsRefused() throws Exception {
        Path xiamen = write("xiamen", run("350200", Set.of()));
        Path csv = xiamen.resolve(HalfYearSubmissionWriter.csvFileName(H1));
        List<String> lines = new ArrayList<>(Files.readAllLines(csv));
        String dropped = lines.remove(2).substring(0, 6);
        Files.write(csv, lines);
        List<String> manifest = new ArrayList<>();
        for (String l : Files.readAllLines(xiamen.resolve("manifest.sha256"))) {
            String name = l.substring(66);
            manifest.add(cn.xgz.recon.common.FileDigest.sha256(xiamen.resolve(name)) + "  " + name);
        }
        Files.write(xiamen.resolve("manifest.sha256"), manifest);
        assertThatThrownBy(() -> SubmissionMerge.merge(H1, List.of(xiamen), REGIONS, "单位", FILLED))
                .isInstanceOf(MergeRefusedException.class)
                .hasMessageContaining("厦门市的报送缺少县级区划 " + dropped);
    }
}
