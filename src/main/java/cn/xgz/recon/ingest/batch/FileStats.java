package cn.xgz.recon.ingest.batch;

import java.util.List;

/**
 * The per-file figures of run-summary.json: {@code read = loaded + rejected} for every file.
 *
 * @param source the source's file prefix
 * @param read data rows read (blank rows are not rows)
 * @param rejectedWhole the file could not be used at all (unreadable, required column missing)
 * @param problem the Chinese reason when rejected whole or stopped part-way, else null
 * @param unknownColumns header cells that match no column of the source (ignored)
 * @param stoppedPartWay reading stopped before the end (an unclosed quote, a sheet unreadable from some row on): the
 *     rows after that point are not loaded, the source is incomplete
 * @param damagedRows rows rejected because the line itself is damaged (too wide or long, a NUL byte, bytes invalid in
 *     the file's encoding), counted in {@code rejected}
 */
public record FileStats(
        String source,
        String file,
        String sha256,
        long bytes,
        long read,
        long loaded,
        long rejected,
        boolean rejectedWhole,
        String problem,
        List<String> unknownColumns,
        boolean stoppedPartWay,
        long damagedRows) {

    public FileStats(String source, String file, String sha256, long bytes, long read, long loaded, long rejected,
            boolean rejectedWhole, String problem, List<String> unknownColumns) {
        this(source, file, sha256, bytes, read, loaded, rejected, rejectedWhole, problem, unknownColumns, false, 0);
    }

    /** The file could not be read to its end: rejected whole or stopped part-way. */
    public boolean incomplete() {
        return rejectedWhole || stoppedPartWay;
    }

    /** The stats an ingest step recorded in its execution context ({@link RunContextKeys#FILE_STATS}); none when null. */
    public static List<FileStats> of(org.springframework.batch.infrastructure.item.ExecutionContext ctx) {
        return cn.xgz.recon.common.ContextJson.get(ctx, RunContextKeys.FILE_STATS,
                new com.fasterxml.jackson.core.type.TypeReference<List<FileStats>>() {}, List.of());
    }
}
