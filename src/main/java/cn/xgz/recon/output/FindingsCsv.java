package cn.xgz.recon.output;

import static cn.xgz.recon.common.CsvText.inert;

import cn.xgz.recon.common.AtomicFiles;
import cn.xgz.recon.common.CsvText;
import cn.xgz.recon.rules.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** findings.csv exactly as outputs.md specifies (columns, order, BOM, inert text). */
public final class FindingsCsv {

    public static final String FILE_NAME = "findings.csv";

    static final String[] HEADER = {
        "run_date", "rule_code", "rule_name", "severity", "status", "first_seen", "subject_type", "subject_key",
        "subject_name", "region_code", "city_code", "market_id", "metric", "basis", "detail",
        "finding_id", "review", "review_date"
    };

    /** The review columns of a finding (feedback.md): the 核查结论 in force and its 核查日期, blank when none. */
    public interface ReviewColumns {

        /** No feedback: every review column blank. */
        ReviewColumns NONE = f -> null;

        /** {@code {review, review_date}} of the finding, or null when it has no review in force. */
        String[] of(Finding finding);
    }

    private FindingsCsv() {}

    /** Writes the findings without any review (no feedback imported). */
    public static void write(Path runDir, LocalDate runDate, List<Finding> findings) throws IOException {
        write(runDir, runDate, findings, ReviewColumns.NONE);
    }

    /** Writes the findings (already in findings.csv order, statuses set) atomically into {@code runDir}. */
    public static void write(Path runDir, LocalDate runDate, List<Finding> findings, ReviewColumns reviews)
            throws IOException {
        write(runDir, runDate, findings, reviews, 1);
    }

    /**
     * As {@link #write(Path, LocalDate, List, ReviewColumns)}, the lines formatted by {@code threads} threads in blocks
     * of {@value #BLOCK} findings and written in order: at province scale the file is close to a gigabyte (3.2M
     * findings, 8 s on one thread).
     */
    public static void write(Path runDir, LocalDate runDate, List<Finding> findings, ReviewColumns reviews,
            int threads) throws IOException {
        String date = runDate.toString();
        AtomicFiles.write(runDir.resolve(FILE_NAME), out -> {
            CsvText.writeBom(out);
            StringBuilder header = new StringBuilder();
            line(header, HEADER);
            out.write(header.toString().getBytes(StandardCharsets.UTF_8));
            OrderedBlocks.write(out, findings.size(), BLOCK, threads, (from, to) -> {
                StringBuilder sb = new StringBuilder((to - from) * 300);
                String[] row = new String[HEADER.length];
                for (int i = from; i < to; i++) {
                    fields(findings.get(i), date, reviews, row);
                    line(sb, row);
                }
                return sb.toString().getBytes(StandardCharsets.UTF_8);
            });
        });
    }

    static final int BLOCK = 16_384;

    private static void fields(Finding f, String date, ReviewColumns reviews, String[] row) {
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
        row[15] = inert(f.findingId());
        String[] review = reviews.of(f);
        row[16] = review == null ? "" : nullToEmpty(review[0]);
        row[17] = review == null ? "" : nullToEmpty(review[1]);
    }

    /** One line as {@link CsvText#open}'s writer writes it: quoted only where needed, ending in \n. */
    private static void line(StringBuilder sb, String[] fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            CsvText.appendField(sb, fields[i], false);
        }
        sb.append('\n');
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
