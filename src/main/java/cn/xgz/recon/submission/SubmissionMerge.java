package cn.xgz.recon.submission;

import cn.xgz.recon.reference.Region;
import cn.xgz.recon.reference.RegionTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The province's merge of the cities' half-year submissions (outputs.md, {@code half-year-merge}): every folder
 * is checked ({@link SubmittedFolder}) and no city may come twice, before anything is written; the result is the
 * province's submission, cities that did not submit kept with blank rows marked 未报送.
 */
public final class SubmissionMerge {

    private SubmissionMerge() {}

    /** Reads and checks every folder and merges them; refuses on the first problem, having written nothing. */
    public static HalfYearSubmission merge(Period period, List<Path> folders, RegionTable regions, String reportingUnit,
            LocalDate filledDate) throws MergeRefusedException, IOException {
        Map<String, Path> cityFrom = new HashMap<>();
        Set<Path> seen = new LinkedHashSet<>();
        List<SubmittedFolder> read = new ArrayList<>();
        for (Path folder : folders) {
            Path f = folder.toAbsolutePath().normalize();
            if (!Files.isDirectory(f)) {
                throw new MergeRefusedException(f, "目录不存在");
            }
            if (!seen.add(f.toRealPath())) {
                throw new MergeRefusedException(f, "同一目录给了两次");
            }
            SubmittedFolder s = SubmittedFolder.read(f, period, regions);
            for (Region city : s.cities()) {
                Path earlier = cityFrom.putIfAbsent(city.code(), f);
                if (earlier != null) {
                    throw new MergeRefusedException(f, city.name() + "（" + city.code() + "）已在报送目录 " + earlier
                            + " 中报送过，同一地市的县级区划不能出现两次");
                }
            }
            read.add(s);
        }

        Jurisdiction province = Jurisdiction.province(regions);
        Map<String, Figures> counties = new LinkedHashMap<>();
        List<PlatformRow> platforms = new ArrayList<>();
        read.forEach(s -> {
            counties.putAll(s.counties());
            platforms.addAll(s.platforms());
        });
        Set<String> notSubmitted = new LinkedHashSet<>();
        for (Region city : province.cities()) {
            if (!cityFrom.containsKey(city.code())) {
                notSubmitted.add(city.code());
            }
        }
        for (Region county : province.counties()) {
            counties.putIfAbsent(county.code(), Figures.blank());
        }
        platforms.sort(PlatformRow.ORDER);

        List<String> provenance = new ArrayList<>();
        List<String> merged = new ArrayList<>();
        for (Region city : province.cities()) {
            if (cityFrom.containsKey(city.code())) {
                merged.add(city.name());
            }
        }
        provenance.add("数据来源：合并 " + merged.size() + " 个地市的报送（" + String.join("、", merged) + "），各报送的 manifest.sha256 摘要见表末");
        read.stream().sorted(Comparator.comparing(s -> s.cities().get(0).code())).forEach(s -> provenance.add(
                String.join("、", s.cities().stream().map(Region::name).toList()) + "：manifest.sha256 的 SHA-256 为 "
                        + s.manifestSha256() + "（报送目录 " + s.folder() + "）"));

        List<String> notes = new ArrayList<>();
        for (SubmittedFolder s : read) {
            List<String> blank = new ArrayList<>();
            for (Column c : Column.ALL) {
                if (s.counties().values().stream().anyMatch(f -> c.value(f) == null && !c.rate())) {
                    blank.add((c.group() == null ? "" : c.group() + "·") + c.header());
                }
            }
            if (!blank.isEmpty()) {
                notes.add(String.join("、", s.cities().stream().map(Region::name).toList()) + "的报送中以下栏目空白（该市比对缺少数据源）："
                        + String.join("、", blank) + "，上级小计、合计相应空白。");
            }
        }
        return new HalfYearSubmission(period, regions, province, counties, notSubmitted, platforms, Set.of(), provenance, notes,
                reportingUnit, filledDate);
    }
}
