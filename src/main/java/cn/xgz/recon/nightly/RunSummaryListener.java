package cn.xgz.recon.nightly;

import cn.xgz.recon.common.AtomicFiles;
import cn.xgz.recon.common.ContextJson;
import cn.xgz.recon.common.FileProblems;
import cn.xgz.recon.common.PiiScrubber;
import cn.xgz.recon.ingest.SourceFiles;
import cn.xgz.recon.ingest.batch.FileStats;
import cn.xgz.recon.output.RunFolder;
import cn.xgz.recon.output.RunSummary;
import cn.xgz.recon.source.Source;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameter;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.stereotype.Component;

/**
 * Writes run-summary.json when the job ends, completed or failed, so an operator always finds the record of
 * the run beside its outputs. Figures are gathered from the latest execution of every step of the job
 * instance, so a restarted run reports the rows its earlier execution loaded.
 */
@Component
public class RunSummaryListener implements JobExecutionListener {

    public static final String FILE_NAME = "run-summary.json";

    /** Step-context keys the steps fill. */
    public static final String CTX_SKIPPED_RULES = "skippedRules";
    public static final String CTX_RESOLUTION = "resolution";
    public static final String CTX_FINDING_COUNTS = "findingCounts";
    public static final String CTX_PREVIOUS_RUN = "previousRunDate";
    /** Per incomplete source (file prefix), why (inputs.md); filled by the lifecycle step. */
    public static final String CTX_INCOMPLETE_SOURCES = "incompleteSources";

    private static final Logger log = LoggerFactory.getLogger(RunSummaryListener.class);

    private final JobRepository jobRepository;
    private final RunWorkspace workspace;

    public RunSummaryListener(JobRepository jobRepository, RunWorkspace workspace) {
        this.jobRepository = jobRepository;
        this.workspace = workspace;
    }

    @Override
    public void afterJob(JobExecution job) {
        // A completed run's summary goes into its published folder; a failed one's beside the outputs it built, which
        // a restart goes on with (the previous run folder stays untouched).
        Path out = Path.of(job.getJobParameters().getString(NightlyJobConfiguration.PARAM_OUT));
        LocalDate runDate = job.getJobParameters().getLocalDate(NightlyJobConfiguration.PARAM_RUN_DATE);
        Path runDir = job.getStatus() == BatchStatus.COMPLETED ? RunFolder.published(out, runDate)
                : RunFolder.building(out, runDate, workspace.dataDir());
        writeInto(job, runDir);
    }

    /** Writes run-summary.json for the job as it stands into {@code runDir}. */
    public void writeInto(JobExecution job, Path runDir) {
        try {
            RunSummary summary = summarise(job, runDir);
            Files.createDirectories(runDir);
            AtomicFiles.write(runDir.resolve(FILE_NAME), out -> ContextJson.MAPPER.copy()
                    .enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValue(out, summary));
        } catch (IOException | RuntimeException e) {
            log.error("无法写入运行摘要 {}：{}", runDir.resolve(FILE_NAME), e instanceof IOException io
                    && FileProblems.isFileSystemProblem(io) ? FileProblems.describe(io) : PiiScrubber.scrub(e.getMessage()));
        }
    }

    /** The run-summary.json of a run folder, if it was written and can be read. */
    public static java.util.Optional<RunSummary> read(Path runDir) {
        Path f = runDir.resolve(FILE_NAME);
        if (!Files.isRegularFile(f)) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(ContextJson.MAPPER.copy()
                    .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(f.toFile(), RunSummary.class));
        } catch (IOException | RuntimeException e) {
            log.warn("无法读取运行摘要 {}：{}", f, PiiScrubber.scrub(String.valueOf(e.getMessage())));
            return java.util.Optional.empty();
        }
    }

    RunSummary summarise(JobExecution job, Path runDir) throws IOException {
        Map<String, StepExecution> last = lastStepExecutions(job);
        List<FileStats> files = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Source s : Source.values()) {
            StepExecution se = last.get(NightlyJobConfiguration.ingestStepName(s));
            List<FileStats> stats = FileStats.of(ctx(se));
            files.addAll(stats);
            if (se != null && se.getStatus() == BatchStatus.COMPLETED && stats.isEmpty()) {
                missing.add(s.prefix());
            }
        }
        StepExecution reconcile = last.get(NightlyJobConfiguration.STEP_RECONCILE);
        StepExecution lifecycle = last.get(NightlyJobConfiguration.STEP_LIFECYCLE);
        Map<String, Map<String, Long>> counts = ContextJson.get(ctx(lifecycle), CTX_FINDING_COUNTS,
                new TypeReference<Map<String, Map<String, Long>>>() {}, Map.of());
        long total = counts.values().stream().mapToLong(m -> m.getOrDefault("total", 0L)).sum();
        Map<String, String> params = new LinkedHashMap<>();
        for (JobParameter<?> p : job.getJobParameters()) {
            params.put(p.name(), String.valueOf(p.value()));
        }
        List<RunSummary.StepTiming> timings = last.values().stream()
                .filter(se -> se.getStartTime() != null)
                .sorted((a, b) -> a.getStartTime().compareTo(b.getStartTime()))
                .map(se -> new RunSummary.StepTiming(se.getStepName(), se.getStatus().name(),
                        se.getEndTime() == null ? 0
                                : Duration.between(se.getStartTime(), se.getEndTime()).toMillis() / 1000.0,
                        se.getReadCount(), se.getWriteCount()))
                .toList();
        String failedStep = job.getStepExecutions().stream()
                .filter(se -> se.getStatus() == BatchStatus.FAILED)
                .map(StepExecution::getStepName)
                .findFirst().orElse(null);
        String message = job.getAllFailureExceptions().stream()
                .map(t -> PiiScrubber.scrub(String.valueOf(t.getMessage())))
                .findFirst().orElse(null);
        List<String> outputs = new ArrayList<>();
        if (Files.isDirectory(runDir)) {
            try (Stream<Path> walk = Files.walk(runDir)) {
                walk.filter(Files::isRegularFile)
                        .map(p -> runDir.relativize(p).toString())
                        .filter(n -> !n.startsWith(".") && !n.contains("/.") && !n.equals(FILE_NAME))
                        .sorted()
                        .forEach(outputs::add);
            }
        }
        int restarts = jobRepository.getJobExecutions(job.getJobInstance()).size() - 1;
        return new RunSummary(
                job.getJobParameters().getLocalDate(NightlyJobConfiguration.PARAM_RUN_DATE).toString(),
                job.getId(),
                job.getJobInstanceId(),
                job.getStatus().name(),
                failedStep,
                message,
                Math.max(0, restarts),
                params,
                Boolean.parseBoolean(job.getJobParameters().getString(NightlyJobConfiguration.PARAM_REVEAL_PII)),
                files,
                files.stream().mapToLong(FileStats::read).sum(),
                files.stream().mapToLong(FileStats::loaded).sum(),
                files.stream().mapToLong(FileStats::rejected).sum(),
                missing,
                ContextJson.get(ctx(reconcile), CTX_SKIPPED_RULES, new TypeReference<Map<String, String>>() {}, Map.of()),
                counts,
                total,
                ContextJson.get(ctx(reconcile), CTX_RESOLUTION, new TypeReference<Map<String, Long>>() {}, Map.of()),
                ctx(lifecycle) != null && ctx(lifecycle).containsKey(CTX_PREVIOUS_RUN)
                        ? ctx(lifecycle).getString(CTX_PREVIOUS_RUN) : null,
                timings,
                outputs).withInputChecks(
                        ContextJson.get(ctx(lifecycle), CTX_INCOMPLETE_SOURCES,
                                new TypeReference<Map<String, String>>() {}, Map.of()),
                        unmatched(job));
    }

    /** The input folder's .csv/.xlsx files of no source; none when the folder cannot be listed any more. */
    private static List<String> unmatched(JobExecution job) {
        try {
            return SourceFiles.unmatchedTables(Path.of(job.getJobParameters().getString(NightlyJobConfiguration.PARAM_INPUT)));
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    /** The latest execution of every step of this job instance (restarts skip completed steps). */
    private Map<String, StepExecution> lastStepExecutions(JobExecution job) {
        Map<String, StepExecution> last = new LinkedHashMap<>();
        for (JobExecution e : jobRepository.getJobExecutions(job.getJobInstance())) {
            for (StepExecution se : e.getStepExecutions()) {
                StepExecution seen = last.get(se.getStepName());
                if (seen == null || se.getId() > seen.getId()) {
                    last.put(se.getStepName(), se);
                }
            }
        }
        for (StepExecution se : job.getStepExecutions()) {
            last.put(se.getStepName(), se);
        }
        return last;
    }

    private static ExecutionContext ctx(StepExecution se) {
        return se == null ? null : se.getExecutionContext();
    }
}
