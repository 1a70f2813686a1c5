package cn.xgz.recon.ingest.batch;

import cn.xgz.recon.common.ContextJson;
import cn.xgz.recon.common.FileDigest;
import cn.xgz.recon.ingest.DuplicateKeys;
import cn.xgz.recon.ingest.FileCounts;
import cn.xgz.recon.ingest.IngestContext;
import cn.xgz.recon.ingest.MissingColumnException;
import cn.xgz.recon.ingest.Reject;
import cn.xgz.recon.ingest.RejectedKeys;
import cn.xgz.recon.ingest.RowOutcome;
import cn.xgz.recon.ingest.SourceFileReader;
import cn.xgz.recon.ingest.SourceSchema;
import cn.xgz.recon.ingest.table.InputFileException;
import cn.xgz.recon.ingest.table.ReadLimits;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads all files of one source, in name order, as row outcomes. Its checkpoint is (file index, last row
 * number): a restarted step re-reads the earlier files and the current one up to the checkpoint without
 * emitting them — the rows are validated again, so their keys take part in duplicate detection — and
 * continues with the first row not yet committed.
 *
 * <p>A file that cannot be used at all (unreadable, a required column missing) yields one reject naming the
 * problem and is flagged in its {@link FileStats}; the other files of the source are still read.
 */
public final class SourceStepReader<T> implements ItemStreamReader<RowOutcome<T>> {

    private static final Logger log = LoggerFactory.getLogger(SourceStepReader.class);

    static final String CTX_FILE_INDEX = "reader.fileIndex";
    static final String CTX_LAST_ROW = "reader.lastRow";

    private final SourceSchema<T> schema;
    private final FileList fileList;
    private List<Path> files;
    private final IngestContext context;
    private final ReadLimits limits;
    private final UnaryOperator<String> subjectKey;
    private final int expectedKeys;

    private DuplicateKeys keys;
    private RejectedKeys rejectedKeys;
    private int fileIndex;
    private SourceFileReader<T> current;
    private Map<String, FileStats> stats;
    private RowOutcome<T> pendingFileReject;

    /** The files a reader reads, listed when it opens: a folder that cannot be listed fails the step, not its setup. */
    @FunctionalInterface
    public interface FileList {
        List<Path> files() throws IOException;
    }

    SourceStepReader(SourceSchema<T> schema, List<Path> files, IngestContext context, ReadLimits limits) {
        this(schema, files, context, limits, null);
    }

    SourceStepReader(SourceSchema<T> schema, List<Path> files, IngestContext context, ReadLimits limits,
            UnaryOperator<String> subjectKey) {
        this(schema, (FileList) () -> files, context, limits, subjectKey);
    }

    /**
     * @param subjectKey turns a rejected row's normalised key into the finding subject key it stands for (a person key
     *     for an ID number), so that the keys of rejected rows can be kept without raw personal data; null collects none
     */
    SourceStepReader(SourceSchema<T> schema, FileList fileList, IngestContext context, ReadLimits limits,
            UnaryOperator<String> subjectKey) {
        this(schema, fileList, context, limits, subjectKey, 0);
    }

    /** @param expectedKeys how many keys the duplicate table is sized for; it grows past them */
    SourceStepReader(SourceSchema<T> schema, FileList fileList, IngestContext context, ReadLimits limits,
            UnaryOperator<String> subjectKey, int expectedKeys) {
        this.expectedKeys = expectedKeys;
        this.schema = schema;
        this.fileList = fileList;
        this.context = context;
        this.limits = limits;
        this.subjectKey = subjectKey;
    }

    @Override
    public void open(ExecutionContext ctx) {
        try {
            files = List.copyOf(fileList.files());
        } catch (IOException e) {
            throw new ItemStreamException(e.getMessage(), e);
        }
        ctx.putString(RunContextKeys.PRESENT, Boolean.toString(!files.isEmpty()));
        keys = new DuplicateKeys(expectedKeys);
        rejectedKeys = new RejectedKeys();
        stats = new LinkedHashMap<>();
        for (FileStats s : FileStats.of(ctx)) {
            stats.put(s.file(), s);
        }
        fileIndex = ctx.getInt(CTX_FILE_INDEX, 0);
        int lastRow = ctx.getInt(CTX_LAST_ROW, 0);
        // Replay what earlier executions committed, so duplicate detection sees the same keys as an uninterrupted run.
        for (int i = 0; i < Math.min(fileIndex, files.size()); i++) {
            FileStats done = stats.get(files.get(i).getFileName().toString());
            if (done != null && done.rejectedWhole() && done.read() == 0) {
                continue;
            }
            try (SourceFileReader<T> r = SourceFileReader.open(files.get(i), schema, context, limits, keys)) {
                r.collectRejectedKeys(rejectedKeys).skipThrough(Integer.MAX_VALUE);
            } catch (InputFileException e) {
                // The file failed the same way before; its stats already say so.
            }
        }
        if (fileIndex < files.size() && lastRow > 0) {
            openCurrent();
            if (current != null) {
                current.skipThrough(lastRow);
            }
        }
    }

    @Override
    public RowOutcome<T> read() {
        while (true) {
            if (pendingFileReject != null) {
                RowOutcome<T> r = pendingFileReject;
                pendingFileReject = null;
                return r;
            }
            if (fileIndex >= files.size()) {
                return null;
            }
            if (current == null) {
                openCurrent();
                if (current == null) {
                    continue; // rejected whole: pendingFileReject holds its reject, fileIndex moved on
                }
            }
            RowOutcome<T> outcome;
            try {
                outcome = current.next();
            } catch (InputFileException e) {
                // Unreadable part-way: what was read stays loaded; the rest of the file is reported, not guessed.
                // The row after the last one read, or after the header when no data row was read yet.
                int at = Math.max(current.lastRowNumber(), current.headerRowNumber()) + 1;
                log.warn("文件 {} 自第 {} 行起无法读取：{}", e.file(), at, e.problem());
                if (current.counts().read() == 0) {
                    // Not one data row could be read: nothing in the file was read reliably, it is rejected whole.
                    finishCurrent(e.problem() + "（自第 " + at + " 行起未能读取）", false);
                    markRejectedWhole(e.file());
                } else {
                    finishCurrent(e.problem() + "（自第 " + at + " 行起未能读取）", true);
                }
                pendingFileReject = new RowOutcome.Rejected<>(new Reject(schema.source(), e.file(), at, "",
                        "文件自此行起无法读取：" + e.problem(), ""));
                continue;
            }
            if (outcome != null) {
                return outcome;
            }
            String stopped = current.stoppedPartWay();
            if (stopped != null) {
                log.warn("文件 {} 未能读完：{}", current.fileName(), stopped);
            }
            finishCurrent(stopped, stopped != null);
        }
    }

    private void openCurrent() {
        Path file = files.get(fileIndex);
        String name = file.getFileName().toString();
        // An unreadable file is rejected whole by the reader below (无读取权限), not a failed job.
        String sha = stats.containsKey(name) ? stats.get(name).sha256() : Files.isReadable(file) ? sha256(file) : "";
        long bytes = size(file);
        try {
            current = SourceFileReader.open(file, schema, context, limits, keys).collectRejectedKeys(rejectedKeys);
            stats.put(name, new FileStats(schema.source().prefix(), name, sha, bytes, 0, 0, 0, false, null,
                    current.unknownColumns()));
            if (!current.unknownColumns().isEmpty()) {
                log.info("{} 中的未知列已忽略：{}", name, current.unknownColumns());
            }
        } catch (InputFileException e) {
            current = null;
            log.warn("文件 {} 被整体拒绝：{}", name, e.problem());
            stats.put(name, new FileStats(schema.source().prefix(), name, sha, bytes, 0, 0, 0, true, e.problem(), List.of()));
            String column = e instanceof MissingColumnException m ? String.join("、", m.columns()) : "";
            pendingFileReject = new RowOutcome.Rejected<>(new Reject(schema.source(), name, 0, column,
                    "文件被整体拒绝：" + e.problem(), ""));
            fileIndex++;
        }
    }

    /** Records the current file's final counts and moves to the next file. */
    private void finishCurrent(String problem, boolean partWay) {
        FileCounts c = current.counts();
        FileStats s = stats.get(current.fileName());
        stats.put(current.fileName(), new FileStats(s.source(), s.file(), s.sha256(), s.bytes(), c.read(), c.loaded(),
                c.rejected(), false, problem, s.unknownColumns(), partWay, current.damagedRows()));
        log.info("{}：读取 {} 行，导入 {} 行，拒绝 {} 行", current.fileName(), c.read(), c.loaded(), c.rejected());
        current.close();
        current = null;
        fileIndex++;
    }

    private void markRejectedWhole(String file) {
        FileStats s = stats.get(file);
        stats.put(file, new FileStats(s.source(), s.file(), s.sha256(), s.bytes(), s.read(), s.loaded(), s.rejected(),
                true, s.problem(), s.unknownColumns(), false, s.damagedRows()));
    }

    @Override
    public void update(ExecutionContext ctx) {
        ctx.putInt(CTX_FILE_INDEX, fileIndex);
        ctx.putInt(CTX_LAST_ROW, current == null ? 0 : current.lastRowNumber());
        List<FileStats> all = new ArrayList<>(stats.values());
        if (current != null) {
            FileCounts c = current.counts();
            FileStats s = stats.get(current.fileName());
            all.replaceAll(x -> x.file().equals(s.file())
                    ? new FileStats(s.source(), s.file(), s.sha256(), s.bytes(), c.read(), c.loaded(), c.rejected(),
                            false, null, s.unknownColumns(), false, current.damagedRows())
                    : x);
        }
        ContextJson.put(ctx, RunContextKeys.FILE_STATS, all);
        if (subjectKey != null && keys != null && fileIndex >= files.size()) {
            // Once every file is read: the keys no row loaded, as finding subject keys (no raw ID is stored).
            ContextJson.put(ctx, RunContextKeys.REJECTED_SUBJECTS,
                    rejectedKeys.notLoaded(keys).stream().map(subjectKey).toList());
        }
    }

    @Override
    public void close() {
        if (current != null) {
            current.close();
            current = null;
        }
        // The step bean outlives its execution; the key table (hundreds of MB at province scale) must not.
        keys = null;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    private static String sha256(Path file) {
        try {
            return FileDigest.sha256(file);
        } catch (IOException e) {
            throw new ItemStreamException("无法读取文件 " + file.getFileName(), new UncheckedIOException(e));
        }
    }
}
