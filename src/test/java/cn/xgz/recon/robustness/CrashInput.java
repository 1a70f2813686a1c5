package cn.xgz.recon.robustness;

import com.opencsv.CSVReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The crash tests' input: the public basic set with rejects planted in every file (a duplicate of the row before and a
 * row of nonsense, early and then every 150 rows, so that small chunks commit some of them before a kill and some
 * after), one rider file as .xlsx, so a restart also resumes inside a workbook and after a file boundary, and a rider
 * file that cannot be read past an open quote (loaded up to it, then rejected, exit 4).
 */
final class CrashInput {

    /** The rider file written as .xlsx (the second of the three rider files in name order). */
    static final String XLSX_RIDERS = "riders-meituan";

    private CrashInput() {}

    /** A fourth rider file that breaks at an open quote in data row 25: loaded up to there, then rejected. */
    static final String CUT_RIDERS = "riders-zz-cut.csv";

    static Path create(Path basicInput, Path target) throws IOException {
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(basicInput)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                List<String> lines = withPlantedRejects(Files.readAllLines(f, StandardCharsets.UTF_8));
                if (name.equals(XLSX_RIDERS + ".csv")) {
                    writeXlsx(lines, target.resolve(XLSX_RIDERS + ".xlsx"));
                } else {
                    Files.write(target.resolve(name), lines, StandardCharsets.UTF_8);
                }
            }
        }
        List<String> pupu = Files.readAllLines(basicInput.resolve("riders-pupu.csv"), StandardCharsets.UTF_8);
        List<String> cut = new ArrayList<>(List.of(pupu.get(0)));
        for (int row = 1; row <= 40; row++) {
            String line = pupu.get(row).replace("朴朴", "测试平台");
            cut.add(row == 25 ? line.replaceFirst(",", ",\"") : line);
        }
        Files.write(target.resolve(CUT_RIDERS), cut, StandardCharsets.UTF_8);
        return target;
    }

    /** Header first (with its BOM); after data rows 2, 9, 23, 57 and every 150th: a copy of that row and a row of "x". */
    static List<String> withPlantedRejects(List<String> lines) {
        String header = lines.get(0);
        int columns = header.split(",", -1).length;
        String nonsense = String.join(",", Collections.nCopies(columns, "x"));
        List<String> out = new ArrayList<>();
        out.add(header);
        for (int row = 1; row < lines.size(); row++) {
            String line = lines.get(row);
            out.add(line);
            if (row == 2 || row == 9 || row == 23 || row == 57 || row % 150 == 0) {
                out.add(line);
                out.add(nonsense);
            }
        }
        return out;
    }

    private static void writeXlsx(List<String> csvLines, Path target) throws IOException {
        List<String[]> rows;
        try (Reader r = new java.io.StringReader(String.join("\n", csvLines).replace("\uFEFF", ""));
                CSVReader csv = new CSVReader(r)) {
            rows = csv.readAll();
        } catch (com.opencsv.exceptions.CsvException e) {
            throw new IOException(e);
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(target)) {
            Sheet sheet = wb.createSheet("Sheet1");
            for (int i = 0; i < rows.size(); i++) {
                Row row = sheet.createRow(i);
                String[] cells = rows.get(i);
                for (int c = 0; c < cells.length; c++) {
                    if (!cells[c].isEmpty()) {
                        row.createCell(c).setCellValue(cells[c]);
                    }
                }
            }
            wb.write(out);
        }
    }
}
