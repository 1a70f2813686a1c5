package cn.xgz.recon.output;

import static cn.xgz.recon.common.CsvText.inert;

import cn.xgz.recon.common.CsvText;
import cn.xgz.recon.common.PiiScrubber;
import cn.xgz.recon.ingest.Reject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * rejects.csv (outputs.md): every rejected row with file, row as Excel shows it, column, the Chinese reason
 * and the offending value (IDs masked by the validators; anything ID- or phone-shaped is masked again here).
 * A file rejected whole has one row with the row left blank.
 */
public final class RejectsCsv {

    public static final String FILE_NAME = "rejects.csv";

    static final String[] HEADER = {"source", "file", "row", "column", "reason", "value"};

    private RejectsCsv() {}

    public static void write(Path dir, List<Reject> rejects) throws IOException {
        CsvText.write(dir.resolve(FILE_NAME), HEADER, rejects, r -> new String[] {
            r.source().prefix(),
            inert(r.file()),
            r.row() > 0 ? Integer.toString(r.row()) : "",
            inert(r.column()),
            inert(r.reason()),
            inert(PiiScrubber.scrub(r.value()))
        });
    }
}
