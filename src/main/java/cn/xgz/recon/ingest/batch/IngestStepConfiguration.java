package cn.xgz.recon.ingest.batch;

import cn.xgz.recon.common.PersonKeys;
import cn.xgz.recon.config.XgzProperties;
import cn.xgz.recon.ingest.RejectedKeys;
import cn.xgz.recon.ingest.RowOutcome;
import cn.xgz.recon.ingest.SourceSchema;
import cn.xgz.recon.ingest.SourceSchemas;
import cn.xgz.recon.nightly.FaultInjection;
import cn.xgz.recon.nightly.NightlyJobConfiguration;
import cn.xgz.recon.nightly.ProgressListener;
import cn.xgz.recon.nightly.RunWorkspace;
import cn.xgz.recon.reference.IndustryTable;
import cn.xgz.recon.reference.RegionTable;
import cn.xgz.recon.source.Source;
import java.util.Arrays;
import java.util.function.UnaryOperator;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.listener.StepListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The ingest step: one chunk-oriented step per source (read and validate a row, stage it or its reject),
 * run as a split so that the sources load in parallel — registrations and annual reports, the two big ones,
 * each get a core.
 */
@Configuration
public class IngestStepConfiguration {

    /** The step name of a source's ingest, e.g. {@code ingest-registrations}. */
    public static String stepName(Source source) {
        return "ingest-" + source.prefix();
    }

    @Bean(NightlyJobConfiguration.STEP_INGEST)
    Step ingestStep(JobRepository jobRepository, PlatformTransactionManager tm, XgzProperties props,
            RunWorkspace workspace, StagedSources staged, RegionTable regions, IndustryTable industries,
            FaultInjection faults, PersonKeys personKeys) {
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("ingest-");
        executor.setConcurrencyLimit(Math.max(1, Math.min(Source.values().length, Runtime.getRuntime().availableProcessors())));
        Flow[] perSource = Arrays.stream(Source.values())
                .map(s -> new FlowBuilder<Flow>("flow-" + s.prefix())
                        .start(sourceStep(s, jobRepository, tm, props, workspace, staged, regions, industries, faults,
                                personKeys))
                        .build())
                .toArray(Flow[]::new);
        Flow split = new FlowBuilder<Flow>("ingest-split").split(executor).add(perSource).build();
        return new StepBuilder(NightlyJobConfiguration.STEP_INGEST, jobRepository).flow(split).build();
    }

    private static <T> Step sourceStep(Source source, JobRepository jobRepository, PlatformTransactionManager tm,
            XgzProperties props, RunWorkspace workspace, StagedSources staged, RegionTable regions,
            IndustryTable industries, FaultInjection faults, PersonKeys personKeys) {
        @SuppressWarnings("unchecked")
        SourceSchema<T> schema = (SourceSchema<T>) SourceSchemas.of(source);
        @SuppressWarnings("unchecked")
        RecordCodec<T> codec = (RecordCodec<T>) StagedSources.codecOf(source);
        SourceIngest<T> ingest = new SourceIngest<>(schema, codec, workspace, staged, regions, industries,
                props.limits().toReadLimits(), !RejectedKeys.applies(source) ? null
                        : source == Source.PARTY_MEMBERS ? personKeys::keyOf : UnaryOperator.identity());
        return new StepBuilder(stepName(source), jobRepository)
                .<RowOutcome<T>, RowOutcome<T>>chunk(props.ingest().chunkSize())
                .transactionManager(tm)
                .reader(ingest.reader())
                .writer(ingest.writer())
                .listener((StepListener) ingest)
                .listener((StepListener) new ProgressListener(stepName(source), jobRepository))
                .listener((StepListener) faults)
                .build();
    }
}
