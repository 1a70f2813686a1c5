package cn.xgz.recon.ingest.batch;

import cn.xgz.recon.ingest.IngestContext;
import cn.xgz.recon.ingest.RowOutcome;
import cn.xgz.recon.ingest.SourceSchema;
import cn.xgz.recon.ingest.table.ReadLimits;
import cn.xgz.recon.nightly.InputPlan;
import cn.xgz.recon.nightly.NightlyJobConfiguration;
import cn.xgz.recon.nightly.RunWorkspace;
import cn.xgz.recon.reference.IndustryTable;
import cn.xgz.recon.reference.RegionTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;

/**
 * The reader and writer of one source's ingest step, made for each step execution from the job's parameters
 * (input folder, run date, workspace): the step itself is a singleton, its files are not.
 */
final class SourceIngest<T> implements StepExecutionListener {

    private final SourceSchema<T> schema;
    private final RecordCodec<T> codec;
    private final RunWorkspace workspace;
    private final StagedSources staged;
    private final RegionTable regions;
    private final IndustryTable industries;
    private final ReadLimits limits;
    private final UnaryOperator<String> subjectKey;

    private SourceStepReader<T> reader;
    private StagingWriter<T> writer;
    private boolean present;

    SourceIngest(SourceSchema<T> schema, RecordCodec<T> codec, RunWorkspace workspace, StagedSources staged,
            RegionTable regions, IndustryTable industries, ReadLimits limits, UnaryOperator<String> subjectKey) {
        this.schema = schema;
        this.codec = codec;
        this.workspace = workspace;
        this.staged = staged;
        this.regions = regions;
        this.industries = industries;
        this.limits = limits;
        this.subjectKey = subjectKey;
    }

    @Override
    public void beforeStep(StepExecution step) {
        JobParameters p = step.getJobExecution().getJobParameters();
        Path input = Path.of(p.getString(NightlyJobConfiguration.PARAM_INPUT));
        LocalDate runDate = p.getLocalDate(NightlyJobConfiguration.PARAM_RUN_DATE);
        long instance = step.getJobExecution().getJobInstanceId();
        List<Path> files;
        try {
            files = InputPlan.scan(input).files(schema.source());
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取输入目录 " + input, e);
        }
        present = !files.isEmpty();
        step.getExecutionContext().putString(RunContextKeys.PRESENT, Boolean.toString(present));
        Path ws = workspace.of(instance);
        reader = new SourceStepReader<>(schema, files, new IngestContext(runDate, regions, industries), limits,
                subjectKey);
        writer = new StagingWriter<>(StagedSources.loadedFile(ws, schema.source()),
                StagedSources.rejectsFile(ws, schema.source()), codec, staged.sink(instance, schema.source()),
                StagedSources.retainedOf(schema.source()));
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        if (step.getStatus() == BatchStatus.COMPLETED) {
            writer.completed();
        }
        return step.getExitStatus();
    }

    /** The step's reader: delegates to this execution's. */
    ItemStreamReader<RowOutcome<T>> reader() {
        return new ItemStreamReader<>() {
            @Override
            public RowOutcome<T> read() {
                return reader.read();
            }

            @Override
            public void open(ExecutionContext ctx) {
                reader.open(ctx);
            }

            @Override
            public void update(ExecutionContext ctx) {
                reader.update(ctx);
            }

            @Override
            public void close() {
                if (reader != null) {
                    reader.close();
                }
            }
        };
    }

    /** The step's writer: delegates to this execution's. */
    ItemStreamWriter<RowOutcome<T>> writer() {
        return new ItemStreamWriter<>() {
            @Override
            public void write(Chunk<? extends RowOutcome<T>> chunk) throws Exception {
                writer.write(chunk);
            }

            @Override
            public void open(ExecutionContext ctx) {
                writer.open(ctx);
            }

            @Override
            public void update(ExecutionContext ctx) {
                writer.update(ctx);
            }

            @Override
            public void close() {
                if (writer != null) {
                    writer.close();
                }
            }
        };
    }
}
