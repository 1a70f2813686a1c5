package cn.xgz.recon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xgz.recon.acceptance.AcceptanceSets;
import cn.xgz.recon.ingest.batch.ExpectedRows;
import cn.xgz.recon.nightly.NightlyJobConfiguration;
import cn.xgz.recon.nightly.NightlyLauncher;
import cn.xgz.recon.nightly.NightlyOutcome;
import cn.xgz.recon.nightly.NightlyRequest;
import cn.xgz.recon.source.Source;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The nightly job's steps as Spring Batch counts them, on the messy acceptance set (rejected rows in every source):
 * each ingest step reads and writes every row of its files, loaded or rejected; a rejected row is an item written to
 * rejects.csv, not a skip. The later steps count the findings and workbooks they wrote.
 */
class NightlyStepCountsTest {

    private static final LocalDate RUN_DATE = LocalDate.of(2025, 7, 1);

    @TempDir
    Path work;

    @Test
    void ingestStepsReadAndWriteEveryRowAndSkipNone() throws Exception {
        Map<Source, Long> rowsRead = rowsReadPerSource(AcceptanceSets.set("messy/expected").resolve("expected-files.csv"));
        Map<Source, Long> rejected = rejectedPerSource(AcceptanceSets.set("messy/expected").resolve("expected-files.csv"));
        try (ConfigurableApplicationContext ctx = SpringRuntime.start(work.resolve("data"))) {
            Map<String, StepExecution> steps = run(ctx);
            for (Source s : Source.values()) {
                StepExecution step = steps.get(NightlyJobConfiguration.ingestStepName(s));
                assertThat(step.getStatus()).as(step.getStepName()).isEqualTo(BatchStatus.COMPLETED);
                assertThat(rejected.get(s)).as("the set has rejects in " + s).isPositive();
                assertThat(step.getReadCount()).as(step.getStepName() + " read").isEqualTo(rowsRead.get(s));
                assertThat(step.getWriteCount()).as(step.getStepName() + " written").isEqualTo(rowsRead.get(s));
                assertThat(step.getSkipCount()).as(step.getStepName() + " skipped").isZero();
                assertThat(step.getFilterCount()).as(step.getStepName() + " filtered").isZero();
                assertThat(step.getRollbackCount()).as(step.getStepName() + " rolled back").isZero();
            }
        }
    }

    @Test
    void laterStepsCountTheFindingsAndWorkbooksTheyWrote() throws Exception {
        try (ConfigurableApplicationContext ctx = SpringRuntime.start(work.resolve("data"))) {
            Map<String, StepExecution> steps = run(ctx);
            Path runDir = work.resolve("out").resolve(RUN_DATE.toString());
            long findings = Files.readAllLines(runDir.resolve("findings.csv"), StandardCharsets.UTF_8).stream()
                    .skip(1).filter(l -> !l.isBlank()).count();
            long workbooks;
            try (Stream<Path> files = Files.walk(runDir)) {
                workbooks = files.filter(f -> f.getFileName().toString().endsWith(".xlsx")).count();
            }
            assertThat(findings).isPositive();
            // A first run: every finding is NEW, none resolved, so each step counts the same findings.
            assertThat(steps.get(NightlyJobConfiguration.STEP_RECONCILE).getWriteCount()).isEqualTo(findings);
            assertThat(steps.get(NightlyJobConfiguration.STEP_LIFECYCLE).getWriteCount()).isEqualTo(findings);
            assertThat(steps.get(NightlyJobConfiguration.STEP_WRITE_CSV).getWriteCount()).isEqualTo(findings);
            assertThat(steps.get(NightlyJobConfiguration.STEP_WRITE_WORKBOOKS).getWriteCount()).isEqualTo(workbooks)
                    .isPositive();
        }
    }

    @Test
    void theNextNightSizesEachIngestStepForTheRowsTheLastOneRead() throws Exception {
        try (ConfigurableApplicationContext ctx = SpringRuntime.start(work.resolve("data"))) {
            JobRepository repository = ctx.getBean(JobRepository.class);
            Map<String, StepExecution> first = run(ctx, RUN_DATE);
            for (Source s : Source.values()) {
                String name = NightlyJobConfiguration.ingestStepName(s);
                assertThat(ExpectedRows.previousRun(repository, first.get(name))).as(name + ", night 1").isZero();
            }
            Map<String, StepExecution> second = run(ctx, RUN_DATE.plusDays(1));
            for (Source s : Source.values()) {
                String name = NightlyJobConfiguration.ingestStepName(s);
                assertThat(ExpectedRows.previousRun(repository, second.get(name))).as(name + ", night 2")
                        .isEqualTo(first.get(name).getReadCount()).isPositive();
            }
        }
    }

    private Map<String, StepExecution> run(ConfigurableApplicationContext ctx) throws Exception {
        return run(ctx, RUN_DATE);
    }

    private Map<String, StepExecution> run(ConfigurableApplicationContext ctx, LocalDate date) throws Exception {
        NightlyOutcome outcome = ctx.getBean(NightlyLauncher.class).run(new NightlyRequest(date,
                AcceptanceSets.set("messy/input"), work.resolve("out"), false, 2));
        assertThat(outcome.exitCode()).as(outcome.message()).isZero();
        JobExecution job = ctx.getBean(JobRepository.class).getJobExecution(outcome.jobExecutionId());
        return job.getStepExecutions().stream().collect(Collectors.toMap(StepExecution::getStepName, s -> s));
    }

    /** Rows read per source (loaded + rejected), from the set's expected-files.csv. */
    private static Map<Source, Long> rowsReadPerSource(Path expectedFiles) throws Exception {
        return column(expectedFiles, 2);
    }

    private static Map<Source, Long> rejectedPerSource(Path expectedFiles) throws Exception {
        return column(expectedFiles, 4);
    }

    private static Map<Source, Long> column(Path expectedFiles, int index) throws Exception {
        List<String> lines = Files.readAllLines(expectedFiles, StandardCharsets.UTF_8);
        Map<Source, Long> sums = new EnumMap<>(Source.class);
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split(",");
            Source source = Stream.of(Source.values()).filter(s -> s.prefix().equals(cells[0])).findFirst().orElseThrow();
            sums.merge(source, Long.parseLong(cells[index]), Long::sum);
        }
        return sums;
    }
}
