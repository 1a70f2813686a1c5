package cn.xgz.recon.feedback;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What one file's import did: import-summary.json and the console line.
 *
 * @param folder the import's folder under {@code <data-dir>/feedback/}, null when already imported before
 * @param scope the scope code applied, null when the file was refused
 * @param problem why the whole file was refused, null otherwise
 */
public record ImportResult(
        Status status,
        String file,
        String sha256,
        LocalDateTime importedAt,
        Path folder,
        String scope,
        boolean scopeSigned,
        int rowsRead,
        int applied,
        int unchanged,
        int rejected,
        String problem,
        List<FeedbackReject> rejects) {

    /** The outcome of a file. */
    public enum Status {
        IMPORTED,
        /** The same file (by SHA-256) was imported before: nothing changes. */
        ALREADY_IMPORTED,
        /** Unreadable as a whole, or out of scope as a whole: nothing applied (exit 4). */
        REFUSED
    }

    /** One Chinese line for the console (counts and folder only: free text is never printed). */
    public String consoleLine() {
        return switch (status) {
            case IMPORTED -> String.format("已导入 %s：读取 %,d 行，应用 %,d，未变 %,d，拒绝 %,d（范围 %s）；导入记录在 %s",
                    file, rowsRead, applied, unchanged, rejected, scope, folder);
            case ALREADY_IMPORTED -> String.format("%s 已于 %s 导入过（SHA-256 相同），本次未作任何更改", file,
                    importedAt.toString().replace('T', ' '));
            case REFUSED -> "整体拒绝 " + file + "：" + problem + (folder == null ? "" : "；详见 " + folder);
        };
    }
}
