package cn.xgz.recon.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xgz.recon.rules.Finding;
import cn.xgz.recon.rules.FindingStatus;
import cn.xgz.recon.rules.RuleCode;
import cn.xgz.recon.rules.SubjectType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Table rows written straight to the sheet data (FastZipWorkbook with plain temporary files) against the same workbook
 * written entirely by POI (gzip'ed temporary files: SXSSF's rows, cells and sheet writer, POI's package injection):
 * every entry of the package the same bytes.
 */
class DirectRowsTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "reveal {0}, {1} rows a sheet, {2} extra findings")
    @CsvSource({"false, 1048576, 0", "true, 1048576, 0", "false, 10, 0", "false, 10, 1", "false, 10, 7", "false, 10, 8",
        "true, 12, 40", "false, 1048576, 300"})
    void writesTheBytesPoiWrites(boolean reveal, int maxRows, int extra) throws IOException {
        GapReportInput base = Fixtures.sample(reveal);
        List<Finding> findings = new ArrayList<>(base.findings());
        findings.addAll(Fixtures.manyR13(extra, Fixtures.GULOU));
        // Text POI escapes, replaces or marks xml:space="preserve", surrogate pairs, and a long 说明 (a taller row).
        String[] odd = {" 前导空格", "尾随空格 ", "<&>\"'\t\n\r\u00A0\u0001\uFFFE", "\uD83D\uDE00表情\uD800", "",
            "很长的说明".repeat(60)};
        for (int i = 0; i < odd.length; i++) {
            findings.add(new Finding(RuleCode.R13, SubjectType.ENTITY, Fixtures.uscc(Fixtures.GULOU, 900 + i), odd[i],
                    Fixtures.GULOU, null, 2024, null, odd[i], FindingStatus.values()[i % FindingStatus.values().length],
                    Fixtures.RUN.minusDays(i * 40L)));
        }
        findings.sort(Finding.CSV_ORDER);
        GapReportInput in = Fixtures.withFindings(base, findings);

        Map<String, byte[]> direct = entries(new GapWorkbookWriter(maxRows, 4, false).writeJurisdiction(in, dir.resolve("a")));
        Map<String, byte[]> poi = entries(new GapWorkbookWriter(maxRows, 4, true).writeJurisdiction(in, dir.resolve("b")));
        assertThat(direct.keySet()).isEqualTo(poi.keySet()).contains("xl/worksheets/sheet4.xml");
        for (String name : poi.keySet()) {
            assertThat(new String(direct.get(name), StandardCharsets.UTF_8)).as(name)
                    .isEqualTo(new String(poi.get(name), StandardCharsets.UTF_8));
            assertThat(direct.get(name)).as(name).isEqualTo(poi.get(name));
        }
    }

    /** The package's entries by name, the creation time in docProps/core.xml left out. */
    private static Map<String, byte[]> entries(Path xlsx) throws IOException {
        Map<String, byte[]> entries = new TreeMap<>();
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            for (ZipEntry e : Collections.list(zip.entries())) {
                if (!e.getName().equals("docProps/core.xml")) {
                    entries.put(e.getName(), zip.getInputStream(e).readAllBytes());
                }
            }
        }
        Files.delete(xlsx);
        return entries;
    }
}
