package cn.xgz.recon.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Formula payloads from the inputs ({@link FormulaPayloads}, {@link HostileCorpus} h27, h28, h47) reach the outputs
 * only as inert text: in the CSVs a text cell never starts with {@code = + - @}, tab or carriage return (such text gets
 * a leading apostrophe) while numeric columns stay numbers, and in the workbooks they are string cells, never
 * formulas.
 */
@Tag("long") // child JVMs: runs in verify (failsafe), not in the fast mvn test
class FormulaInjectionTest {

    private static boolean live(String cell) {
        return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0;
    }

    @Test
    void findingsCsvWritesPayloadsWithALeadingApostropheAndKeepsMetricsNumeric() throws Exception {
        List<String[]> rows = FormulaPayloads.read(CorpusRun.get().runDir().resolve("findings.csv"));
        List<String> header = List.of(rows.get(0));
        int metric = header.indexOf("metric");
        int name = header.indexOf("subject_name");
        int type = header.indexOf("subject_type");
        for (String[] r : rows.subList(1, rows.size())) {
            for (int c = 0; c < r.length; c++) {
                if (c != metric) {
                    assertThat(live(r[c])).as("%s = %s in %s", header.get(c), r[c], String.join(",", r)).isFalse();
                }
            }
            assertThat(r[metric]).matches("-?\\d+");
        }
        List<String> names = rows.stream().skip(1).map(r -> r[name]).toList();
        assertThat(names).contains("'=cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0",
                "'@SUM(1+1)*cmd|' /C calc'!A0", "'=1+2");
        assertThat(rows.stream().skip(1).filter(r -> r[type].equals("PERSON")).map(r -> r[name]))
                .as("a masked person name that starts with a payload character").anyMatch(n -> n.matches("'[=+\\-@]\\*+"));
        assertThat(rows.stream().skip(1).filter(r -> r[1].equals("R06")).map(r -> r[metric]))
                .as("R06 metric stays a negative number").anyMatch(m -> m.startsWith("-"));
    }

    @Test
    void proposalsAndRejectsWritePayloadsInert() throws Exception {
        CorpusRun run = CorpusRun.get();
        List<String[]> proposals = FormulaPayloads.read(run.runDir().resolve("joint-branch-proposals.csv"));
        List<String> ph = List.of(proposals.get(0));
        for (String[] r : proposals.subList(1, proposals.size())) {
            for (int c = 0; c < r.length; c++) {
                assertThat(live(r[c])).as("%s = %s", ph.get(c), r[c]).isFalse();
            }
            assertThat(r[ph.indexOf("unit_count")]).matches("\\d+");
            assertThat(r[ph.indexOf("member_total")]).matches("\\d+");
        }
        assertThat(proposals.stream().skip(1).map(r -> r[ph.indexOf("unit_names")])).anyMatch(n -> n.startsWith("'"));

        List<String[]> rejects = FormulaPayloads.read(run.runDir().resolve("rejects.csv"));
        for (String[] r : rejects.subList(1, rejects.size())) {
            for (String cell : r) {
                assertThat(live(cell)).as(String.join(",", r)).isFalse();
            }
        }
        assertThat(rejects.stream().map(r -> r[5])).contains("'=CMD|' /C CALC'!A0", "'+CMD|' /C CALC'!A0",
                "'@SUM(1+1)*CMD|' /C CALC'!A0");
    }

    @Test
    void workbooksHoldPayloadsAsStringCellsAndNoFormulaAtAll() throws Exception {
        CorpusRun run = CorpusRun.get();
        List<Path> workbooks = RunFiles.regularFiles(run.runDir()).stream()
                .filter(p -> p.getFileName().toString().endsWith(".xlsx")).toList();
        assertThat(workbooks).hasSizeGreaterThan(1);
        List<String> payloadCells = new ArrayList<>();
        List<String> formulas = new ArrayList<>();
        for (Path wbFile : workbooks) {
            try (InputStream in = Files.newInputStream(wbFile); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                for (Sheet sheet : wb) {
                    for (Row row : sheet) {
                        for (Cell cell : row) {
                            String where = wbFile.getFileName() + "!" + sheet.getSheetName() + "!" + cell.getAddress();
                            if (cell.getCellType() == CellType.FORMULA) {
                                formulas.add(where + " = " + cell.getCellFormula());
                            } else if (cell.getCellType() == CellType.STRING
                                    && cell.getStringCellValue().contains("cmd|")) {
                                payloadCells.add(where);
                            }
                        }
                    }
                }
            }
        }
        assertThat(formulas).isEmpty();
        assertThat(payloadCells).as("payload names reached the workbooks as text").isNotEmpty();
        assertThat(Set.copyOf(payloadCells).size()).isEqualTo(payloadCells.size());
    }
}
