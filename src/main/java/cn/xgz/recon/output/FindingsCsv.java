package cn.xgz.recon.output;

import static cn.xgz.recon.common.CsvText.inert;

import cn.xgz.recon.common.AtomicFiles;
import cn.xgz.recon.common.CsvText;
import cn.xgz.recon.rules.Finding;
import com.opencsv.ICSVWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** findings.csv exactly as outputs.md specifies (columns, order, BOM, inert text). */
public final class FindingsCsv {

    public static final String FILE_NAME = "findings.csv";

    static final String[] HEADER = {
        "run_date", "rule_code", "rule_name", "severity", "status", "first_seen", "subject_type", "subject_key",
        "subject_name", "region_code", "city_code", "market_id", "metric", "basis", "detail"
    };

    private FindingsCsv() {}

    /** Writes the findings (already in findings.csv order, statuses set) atomically into {@code runDir}. */
    public static void write(Path runDir, LocalDate runDate, List<Finding> findings) throws IOException {
        String date = runDate.toString();
        AtomicFiles.write(runDir.resolve(FILE_NAME), out -> {
            ICSVWriter csv = CsvText.open(out);
            csv.writeNext(HEADER, false);
            String[] row = new String[HEADER.length];
            for (Finding f : findings) {
                row[0] = date;
                row[1] = f.rule().name();
                row[2] = f.rule().ruleName();
                row[3] = f.rule().severity().label();
                row[4] = f.status().name();
                row[5] = f.firstSeen().toString();
                row[6] = f.subjectType().name();
                row[7] = inert(f.subjectKey());
                row[8] = inert(f.subjectName());
                row[9] = nullToEmpty(f.regionCode());
                row[10] = nullToEmpty(f.cityCode());
                row[11] = inert(f.marketId());
                row[12] = Long.toString(f.metric());
                row[13] = nullToEmpty(f.basis());
                row[14] = inert(f.detail());
                csv.writeNext(row, false);
            }
            csv.flush();
        });
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
