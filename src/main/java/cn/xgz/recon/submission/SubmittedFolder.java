package cn.xgz.recon.submission;

import cn.xgz.recon.common.FileDigest;
import cn.xgz.recon.reference.Region;
import cn.xgz.recon.reference.RegionTable;
import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * One city's submission folder as the province's merge reads it: every file checked against
 * {@code manifest.sha256}, the period, the CSVs' headers, and that every county belongs to a city of the region
 * table and every city it reports is complete. Anything else refuses the merge, naming the folder and the reason.
 *
 * @param cities the cities the submission reports (normally one)
 * @param counties its counties' figures, in code order
 * @param platforms its platform rows
 * @param manifestSha256 the SHA-256 of its manifest, which the merged form lists
 */
public record SubmittedFolder(Path folder, List<Region> cities, Map<String, Figures> counties, List<PlatformRow> platforms,
        String manifestSha256) {

    private static final Pattern MANIFEST_LINE = Pattern.compile("([0-9a-fA-F]{64}) [ *](.+)");
    private static final Pattern PERIOD_CSV = Pattern.compile("half-year-(\\d{4}H[12])\\.csv");

    /** Reads and checks a folder; refuses it on the first problem. */
    public static SubmittedFolder read(Path folder, Period period, RegionTable regions) throws MergeRefusedException, IOException {
        Path manifest = folder.resolve(HalfYearSubmissionWriter.MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            Path inner = HalfYearSubmissionWriter.periodFolder(folder, period);
            throw new MergeRefusedException(folder, "没有 manifest.sha256，无法核验报送文件是否完整未改动"
                    + (Files.isRegularFile(inner.resolve(HalfYearSubmissionWriter.MANIFEST)) ? "（应指定其下的 " + inner + " 目录）" : ""));
        }
        Map<String, String> hashes = manifest(folder, manifest);
        String csvName = HalfYearSubmissionWriter.csvFileName(period);
        if (!hashes.containsKey(csvName)) {
            for (String name : hashes.keySet()) {
                Matcher m = PERIOD_CSV.matcher(name);
                if (m.matches()) {
                    throw new MergeRefusedException(folder, "这是 " + m.group(1) + " 的报送，不是 " + period + " 的");
                }
            }
            throw new MergeRefusedException(folder, "manifest.sha256 未列出 " + csvName);
        }
        for (String required : List.of(HalfYearSubmissionWriter.formFileName(period), HalfYearSubmissionWriter.platformsFileName(period))) {
            if (!hashes.containsKey(required)) {
                throw new MergeRefusedException(folder, "manifest.sha256 未列出 " + required);
            }
        }
        for (Map.Entry<String, String> e : hashes.entrySet()) {
            Path file = folder.resolve(e.getKey()).normalize();
            if (!file.getParent().equals(folder.normalize()) || !Files.isRegularFile(file)) {
                throw new MergeRefusedException(folder, "manifest.sha256 列出的文件 " + e.getKey() + " 不存在");
            }
            if (!FileDigest.sha256(file).equalsIgnoreCase(e.getValue())) {
                throw new MergeRefusedException(folder, "文件 " + e.getKey() + " 的 SHA-256 与 manifest.sha256 不符（报送后被改动或不完整）");
            }
        }

        Map<String, Figures> counties = new LinkedHashMap<>();
        Map<String, Region> cities = new LinkedHashMap<>();
        List<String[]> rows = csv(folder, csvName, HalfYearCsv.HEADER);
        Map<String, Integer> inScope = inScope(folder, HalfYearSubmissionWriter.formFileName(period));
        for (int i = 0; i < rows.size(); i++) {
            String[] r = rows.get(i);
            int line = i + 2;
            String code = r[0].trim();
            Region city = regions.isCounty(code) ? regions.find(Region.cityOf(code)).filter(c -> c.level() == 2).orElse(null) : null;
            if (city == null) {
                throw new MergeRefusedException(folder, csvName + " 第 " + line + " 行：县级区划代码 " + code + " 不属于区划表中的任何地市");
            }
            if (!city.code().equals(r[2].trim())) {
                throw new MergeRefusedException(folder, csvName + " 第 " + line + " 行：县级区划 " + code + " 属于地市 " + city.code()
                        + "，地市代码却填为 " + r[2]);
            }
            if (counties.containsKey(code)) {
                throw new MergeRefusedException(folder, csvName + " 第 " + line + " 行：县级区划 " + code + " 出现了两次");
            }
            if (!inScope.containsKey(code)) {
                throw new MergeRefusedException(folder, "报送表中没有县级区划 " + code + " 的行，与 " + csvName + " 不一致");
            }
            cities.put(city.code(), city);
            counties.put(code, figures(folder, csvName, line, r, inScope.get(code)));
        }
        if (cities.isEmpty()) {
            throw new MergeRefusedException(folder, csvName + " 没有任何县级区划的行");
        }
        for (Region city : cities.values()) {
            List<String> missing = Jurisdiction.countiesOf(regions, city).stream().map(Region::code)
                    .filter(c -> !counties.containsKey(c)).toList();
            if (!missing.isEmpty()) {
                throw new MergeRefusedException(folder, city.name() + "的报送缺少县级区划 " + String.join("、", missing));
            }
        }
        List<PlatformRow> platforms = platforms(folder, HalfYearSubmissionWriter.platformsFileName(period), counties.keySet());
        return new SubmittedFolder(folder, List.copyOf(cities.values()), counties, platforms, FileDigest.sha256(manifest));
    }

    private static Map<String, String> manifest(Path folder, Path manifest) throws MergeRefusedException, IOException {
        Map<String, String> hashes = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            Matcher m = MANIFEST_LINE.matcher(lines.get(i).strip());
            if (!m.matches()) {
                throw new MergeRefusedException(folder, "manifest.sha256 第 " + (i + 1) + " 行不是“SHA-256  文件名”格式");
            }
            hashes.put(m.group(2), m.group(1));
        }
        if (hashes.isEmpty()) {
            throw new MergeRefusedException(folder, "manifest.sha256 是空的");
        }
        return hashes;
    }

    /** A CSV's data rows, after checking its header is exactly {@code header}. */
    private static List<String[]> csv(Path folder, String name, List<String> header) throws MergeRefusedException, IOException {
        String text = Files.readString(folder.resolve(name), StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<String[]> rows;
        // RFC 4180 as written (CsvText): a backslash in a platform's name is text, not an escape.
        try (Reader in = new StringReader(text);
                CSVReader r = new CSVReaderBuilder(in).withCSVParser(new RFC4180ParserBuilder().build()).build()) {
            rows = new ArrayList<>(r.readAll());
        } catch (CsvException e) {
            throw new MergeRefusedException(folder, name + " 不是有效的 CSV：" + e.getMessage());
        }
        if (rows.isEmpty()) {
            throw new MergeRefusedException(folder, name + " 是空的");
        }
        List<String> actual = List.of(rows.get(0));
        for (int c = 0; c < Math.max(actual.size(), header.size()); c++) {
            String want = c < header.size() ? header.get(c) : "（无）";
            String got = c < actual.size() ? actual.get(c) : "（无）";
            if (!want.equals(got)) {
                throw new MergeRefusedException(folder, name + " 的表头与规范不符：第 " + (c + 1) + " 列应为“" + want + "”，实为“" + got + "”");
            }
        }
        List<String[]> data = rows.subList(1, rows.size());
        for (int i = 0; i < data.size(); i++) {
            if (data.get(i).length != header.size()) {
                throw new MergeRefusedException(folder, name + " 第 " + (i + 2) + " 行有 " + data.get(i).length + " 列，应为 " + header.size());
            }
        }
        return data;
    }

    private static Figures figures(Path folder, String name, int line, String[] r, Integer inScope) throws MergeRefusedException {
        Map<Figure, Integer> counts = new EnumMap<>(Figure.class);
        for (int i = 0; i < Column.CSV.size(); i++) {
            Column c = Column.CSV.get(i);
            if (c.rate() || c.counts().size() != 1) {
                continue; // derived: recomputed from the counts
            }
            Integer v = count(folder, name, line, c.csvHeader(), r[4 + i]);
            if (v != null) {
                counts.put(c.counts().get(0), v);
            }
        }
        if (inScope != null) {
            counts.put(Figure.IN_SCOPE, inScope);
        }
        return Figures.of(counts);
    }

    private static Integer count(Path folder, String name, int line, String column, String text) throws MergeRefusedException {
        String t = text.trim();
        if (t.isEmpty()) {
            return null;
        }
        try {
            int v = Integer.parseInt(t);
            if (v >= 0) {
                return v;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new MergeRefusedException(folder, name + " 第 " + line + " 行“" + column + "”列的值 " + t + " 不是非负整数");
    }

    /** The form's 纳入统计合计 per county: the divisor of 党组织覆盖率, which the CSV does not carry. */
    private static Map<String, Integer> inScope(Path folder, String formName) throws MergeRefusedException, IOException {
        int col = 2 + Column.ALL.indexOf(Column.ALL.stream().filter(c -> c.counts().equals(List.of(Figure.IN_SCOPE)))
                .findFirst().orElseThrow());
        Map<String, Integer> m = new HashMap<>();
        try (InputStream in = Files.newInputStream(folder.resolve(formName)); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheet(HalfYearForm.SHEET);
            if (sheet == null) {
                throw new MergeRefusedException(folder, formName + " 中没有工作表“" + HalfYearForm.SHEET + "”");
            }
            for (Row row : sheet) {
                Cell code = row.getCell(0);
                if (code == null || code.getCellType() != CellType.STRING) {
                    continue;
                }
                Cell v = row.getCell(col);
                m.put(code.getStringCellValue(), v == null || v.getCellType() != CellType.NUMERIC ? null : (int) v.getNumericCellValue());
            }
        } catch (org.apache.poi.ooxml.POIXMLException | org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException e) {
            throw new MergeRefusedException(folder, formName + " 不是有效的 xlsx 文件");
        }
        return m;
    }

    private static List<PlatformRow> platforms(Path folder, String name, Set<String> counties) throws MergeRefusedException, IOException {
        List<PlatformRow> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        List<String[]> rows = csv(folder, name, PlatformsCsv.HEADER);
        for (int i = 0; i < rows.size(); i++) {
            String[] r = rows.get(i);
            int line = i + 2;
            String code = r[0].trim();
            if (!counties.contains(code)) {
                throw new MergeRefusedException(folder, name + " 第 " + line + " 行：县级区划 " + code + " 不在本报送的县级区划中");
            }
            if (!seen.add(code + "|" + r[2])) {
                throw new MergeRefusedException(folder, name + " 第 " + line + " 行：县级区划 " + code + " 的平台“" + r[2] + "”出现了两次");
            }
            out.add(new PlatformRow(code, r[2], count(folder, name, line, PlatformsCsv.HEADER.get(3), r[3]),
                    count(folder, name, line, PlatformsCsv.HEADER.get(4), r[4]), count(folder, name, line, PlatformsCsv.HEADER.get(5), r[5]),
                    count(folder, name, line, PlatformsCsv.HEADER.get(6), r[6])));
        }
        return out;
    }
}
