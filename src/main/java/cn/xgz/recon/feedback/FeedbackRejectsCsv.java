package cn.xgz.recon.feedback;

import static cn.xgz.recon.common.CsvText.inert;

import cn.xgz.recon.common.CsvText;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** feedback-rejects.csv (feedback.md): UTF-8 with BOM, every text field formula-safe (values are analysts' text). */
public final class FeedbackRejectsCsv {

    public static final String FILE_NAME = "feedback-rejects.csv";
    static final String[] HEADER = {"file", "sheet", "row", "column", "reason", "value"};

    private FeedbackRejectsCsv() {}

    public static void write(Path dir, List<FeedbackReject> rejects) throws IOException {
        CsvText.write(dir.resolve(FILE_NAME), HEADER, rejects, r -> new String[] {inert(r.file()), inert(r.sheet()),
            r.row() > 0 ? Integer.toString(r.row()) : "", inert(r.column()), inert(r.reason()), inert(r.value())});
    }
}
