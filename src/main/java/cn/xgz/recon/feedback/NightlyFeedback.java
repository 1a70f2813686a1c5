package cn.xgz.recon.feedback;

import cn.xgz.recon.common.AtomicFiles;
import cn.xgz.recon.common.ContextJson;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code nightly --feedback DIR} (feedback.md): the folder's files not imported before are imported before the run
 * reconciles; afterwards the run folder gets the night's feedback-rejects.csv, and run-summary.json lists the imports.
 */
public final class NightlyFeedback {

    /** The key of the imports in run-summary.json. */
    public static final String SUMMARY_KEY = "feedbackImports";

    private NightlyFeedback() {}

    /** Imports every returned file of {@code dir} (signed workbooks; a CSV needs {@code feedback --scope}). */
    public static List<ImportResult> importFolder(FeedbackImports imports, Path dir) throws IOException {
        return imports.importAll(FeedbackImports.filesIn(dir), null);
    }

    /** Writes the night's feedback-rejects.csv and adds the imports to run-summary.json (when the run wrote one). */
    public static void record(Path runDir, List<ImportResult> results) throws IOException {
        FeedbackRejectsCsv.write(runDir, FeedbackImports.rejectsOf(results));
        Path summary = runDir.resolve("run-summary.json");
        if (!Files.isRegularFile(summary)) {
            return;
        }
        ObjectNode root = (ObjectNode) ContextJson.MAPPER.readTree(summary.toFile());
        ArrayNode list = root.putArray(SUMMARY_KEY);
        for (ImportResult r : results) {
            ObjectNode n = list.addObject();
            n.put("file", r.file());
            n.put("sha256", r.sha256());
            n.put("status", r.status().name());
            n.put("importedAt", r.importedAt().toString());
            n.put("scope", r.scope());
            n.put("rowsRead", r.rowsRead());
            n.put("rowsApplied", r.applied());
            n.put("rowsUnchanged", r.unchanged());
            n.put("rowsRejected", r.rejected());
            n.put("folder", r.folder() == null ? null : r.folder().toString());
            if (r.problem() != null) {
                n.put("problem", r.problem());
            }
        }
        if (!root.has("outputs") || !root.get("outputs").isArray()) {
            root.putArray("outputs");
        }
        ((ArrayNode) root.get("outputs")).add(FeedbackRejectsCsv.FILE_NAME);
        AtomicFiles.write(summary, o -> ContextJson.MAPPER.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValue(o, root));
    }
}
