package cn.xgz.recon.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** --xlsx: workbooks written through SXSSF open with POI's streaming reader and hold real numbers and dates. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkbookOutputTest {

    Path clean;
    Path messy;
    GenerationResult cleanResult;
    GenerationResult messyResult;

    @BeforeAll
    void generateOnce() throws IOException {
        clean = SyntheticDataGeneratorTest.tempDir();
        messy = SyntheticDataGeneratorTest.tempDir();
        cleanResult = SyntheticDataGeneratorTest.generate(clean, 2000, 3, false, true);
        messyResult = SyntheticDataGeneratorTest.generate(messy, 2000, 3, true, true);
    }

    @AfterAll
    void cleanUp() throws IOException {
        SyntheticDataGeneratorTest.delete(clean);
        SyntheticDataGeneratorTest.delete(messy);
    }

    @ParameterizedTest
    @ValueSource(strings = {"registrations.xlsx", "annual-reports.xlsx", "party-members.xlsx", "markets.xlsx",
        "riders-meituan.xlsx"})
    void workbookOpensWithTheStreamingReaderWithEveryRowAndTheContractHeader(String file) throws IOException {
        InputFiles.Sheet sheet = InputFiles.readXlsx(clean.resolve(file));
        GenerationResult.FileCount count = cleanResult.files().stream().filter(f -> f.file().equals(file)).findFirst()
                .orElseThrow();
        assertThat(sheet.rows()).hasSize((int) count.rows());
        assertThat(sheet.header()).containsExactlyElementsOf(
                SyntheticDataGeneratorTest.CONTRACT.get(SyntheticDataGeneratorTest.prefixOf(file)));
    }

    @Test
    void regionCodesCountsAndDatesAreRealNumericAndDateCellsWithInlineStrings() throws IOException {
        String xml = sheetXml(clean.resolve("registrations.xlsx"));
        assertThat(xml).contains("t=\"inlineStr\"").containsPattern("<c r=\"E2\"[^>]*t=\"n\"><v>35\\d{4}\\.0</v>");
        assertThat(xml).containsPattern("<c r=\"I2\" s=\"\\d+\" t=\"n\"><v>\\d{5}\\.0</v>");
        InputFiles.Sheet sheet = InputFiles.readXlsx(clean.resolve("registrations.xlsx"));
        assertThat(sheet.rows().get(0).get("行政区划代码")).matches("35\\d{4}");
        assertThat(MiniReconciler.date(sheet.rows().get(0).get("成立日期"))).isBefore(LocalDate.now());
    }

    @Test
    void messyWorkbooksHoldIdNumbersThatExcelTurnedIntoNumbers() throws IOException {
        List<String> numericIds = new ArrayList<>();
        for (String file : List.of("riders-meituan.xlsx", "party-members.xlsx")) {
            InputFiles.Sheet sheet = InputFiles.readXlsx(messy.resolve(file));
            for (InputFiles.Row r : sheet.rows()) {
                String id = r.get("身份证号");
                if (id.contains("E+")) {
                    numericIds.add(id);
                }
            }
        }
        assertThat(numericIds).isNotEmpty();
        assertThat(messyResult.files()).extracting(GenerationResult.FileCount::file)
                .contains("registrations-1.csv", "registrations-2.xlsx", "annual-reports.xlsx");
    }

    @Test
    void sheetThatWouldOverflowContinuesInTheNextFile(@TempDir Path dir) throws IOException {
        List<String> header = List.of("市场编号", "经营户数量");
        List<Integer> rowNumbers = new ArrayList<>();
        try (XlsxSink sink = new XlsxSink(dir, SyntheticDataGenerator.xlsxNames("markets"), "markets", header,
                new int[] {0, 1}, new Table.Kind[] {Table.Kind.CODE, Table.Kind.INT}, 5)) {
            for (int i = 0; i < 12; i++) {
                rowNumbers.add(sink.write(new Object[] {"SC" + i, i}));
            }
            sink.close();
            assertThat(sink.files()).extracting(TableSink.FileRows::file)
                    .containsExactly("markets.xlsx", "markets-2.xlsx", "markets-3.xlsx");
            assertThat(sink.files()).extracting(TableSink.FileRows::rows).containsExactly(5L, 5L, 2L);
        }
        assertThat(rowNumbers).containsExactly(2, 3, 4, 5, 6, 2, 3, 4, 5, 6, 2, 3);
        InputFiles.Sheet third = InputFiles.readXlsx(dir.resolve("markets-3.xlsx"));
        assertThat(third.header()).containsExactly("市场编号", "经营户数量");
        assertThat(third.rows()).extracting(r -> r.get("市场编号")).containsExactly("SC10", "SC11");
    }

    @Test
    void numberedPartsContinueTheirOwnNumbering() {
        assertThat(SyntheticDataGenerator.xlsxNames("registrations").apply(0)).isEqualTo("registrations.xlsx");
        assertThat(SyntheticDataGenerator.xlsxNames("registrations").apply(1)).isEqualTo("registrations-2.xlsx");
        assertThat(SyntheticDataGenerator.xlsxNames("registrations-2").apply(0)).isEqualTo("registrations-2.xlsx");
        assertThat(SyntheticDataGenerator.xlsxNames("registrations-2").apply(1)).isEqualTo("registrations-3.xlsx");
        assertThat(XlsxSink.MAX_DATA_ROWS).isEqualTo(1_048_575);
    }

    private static String sheetXml(Path xlsx) throws IOException {
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            return new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
        }
    }
}
