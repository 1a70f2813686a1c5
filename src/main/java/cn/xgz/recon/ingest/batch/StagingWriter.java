package cn.xgz.recon.ingest.batch;

import cn.xgz.recon.ingest.Reject;
import cn.xgz.recon.ingest.RowOutcome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;

/**
 * Writes a chunk's loaded rows and rejects to the source's two staging files. The committed lengths are kept
 * in the step's execution context, and a restarted step truncates both files back to them: a chunk whose
 * transaction did not commit is written again, once. While the step runs from its first row in this process,
 * the loaded rows are also kept in memory and handed on when the step completes, so the next step need not read
 * them back. Not final: the nightly job makes one per step execution, behind a step-scoped proxy.
 */
public class StagingWriter<T> implements ItemStreamWriter<RowOutcome<T>>, StepExecutionListener {

    private final Path loadedPath;
    private final Path rejectsPath;
    private final RecordCodec<T> codec;
    private final Consumer<List<T>> whole;
    private final UnaryOperator<T> retained;
    private final Supplier<List<T>> newMemory;

    private StagingFile<T> loaded;
    private StagingFile<Reject> rejects;
    private List<T> memory;

    /**
     * @param retained what memory keeps of a loaded row
     * @param newMemory the list the rows are kept in (a column table for the big sources)
     */
    StagingWriter(Path loadedPath, Path rejectsPath, RecordCodec<T> codec, Consumer<List<T>> whole,
            UnaryOperator<T> retained, Supplier<List<T>> newMemory) {
        this.retained = retained;
        this.newMemory = newMemory;
        this.loadedPath = loadedPath;
        this.rejectsPath = rejectsPath;
        this.codec = codec;
        this.whole = whole;
    }

    @Override
    public void open(ExecutionContext ctx) {
        long loadedLength = ctx.getLong(RunContextKeys.STAGED_LENGTH, 0L);
        long rejectsLength = ctx.getLong(RunContextKeys.REJECTS_LENGTH, 0L);
        try {
            loaded = new StagingFile<>(loadedPath, codec);
            loaded.openAt(loadedLength);
            rejects = new StagingFile<>(rejectsPath, RejectCodec.INSTANCE);
            rejects.openAt(rejectsLength);
        } catch (IOException e) {
            throw new ItemStreamException("无法打开暂存文件 " + loadedPath.getParent(), e);
        }
        // Only a step that starts from nothing in this process has every row in memory.
        memory = loadedLength == 0 ? newMemory.get() : null;
    }

    @Override
    public void write(Chunk<? extends RowOutcome<T>> chunk) throws IOException {
        for (RowOutcome<T> outcome : chunk) {
            if (outcome instanceof RowOutcome.Loaded<T> l) {
                loaded.append(l.value());
                if (memory != null) {
                    memory.add(retained.apply(l.value()));
                }
            } else if (outcome instanceof RowOutcome.Rejected<T> r) {
                rejects.append(r.reject());
            }
        }
    }

    @Override
    public void update(ExecutionContext ctx) {
        try {
            ctx.putLong(RunContextKeys.STAGED_LENGTH, loaded.flush());
            ctx.putLong(RunContextKeys.REJECTS_LENGTH, rejects.flush());
        } catch (IOException e) {
            throw new UncheckedIOException("暂存文件写入失败（磁盘已满或不可写？）", e);
        }
    }

    @Override
    public void close() {
        try {
            if (loaded != null) {
                loaded.close();
            }
            if (rejects != null) {
                rejects.close();
            }
        } catch (IOException e) {
            throw new ItemStreamException("无法关闭暂存文件", e);
        }
    }

    /** When the step completed: hands the in-memory rows on, if this process read them all. */
    @Override
    public ExitStatus afterStep(StepExecution step) {
        if (step.getStatus() == BatchStatus.COMPLETED && memory != null) {
            whole.accept(memory);
        }
        memory = null;
        return step.getExitStatus();
    }
}
