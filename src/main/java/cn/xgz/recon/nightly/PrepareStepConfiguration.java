package cn.xgz.recon.nightly;

import cn.xgz.recon.source.Source;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.util.FileSystemUtils;

/**
 * The first step of a nightly job instance: the run folder is emptied (a rerun replaces the date's
 * outputs), the workspace is created, and the input folder's files are named in the log. Runs once per job
 * instance: a restart finds it complete.
 */
@Configuration
class PrepareStepConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PrepareStepConfiguration.class);

    @Bean(NightlyJobConfiguration.STEP_PREPARE)
    Step prepareStep(JobRepository jobRepository, PlatformTransactionManager tm, RunWorkspace workspace,
            FaultInjection faults) {
        return new StepBuilder(NightlyJobConfiguration.STEP_PREPARE, jobRepository)
                .tasklet((contribution, chunk) -> {
                    JobExecution job = contribution.getStepExecution().getJobExecution();
                    Path input = Path.of(job.getJobParameters().getString(NightlyJobConfiguration.PARAM_INPUT));
                    Path runDir = Path.of(job.getJobParameters().getString(NightlyJobConfiguration.PARAM_OUT))
                            .resolve(job.getJobParameters().getLocalDate(NightlyJobConfiguration.PARAM_RUN_DATE).toString());
                    clear(runDir);
                    workspace.delete(job.getJobInstanceId());
                    workspace.create(job.getJobInstanceId());
                    InputPlan plan = InputPlan.scan(input);
                    for (Source s : Source.values()) {
                        if (plan.has(s)) {
                            log.info("数据源 {}：{}", s.label(), plan.files(s).stream().map(p -> p.getFileName().toString()).toList());
                        } else {
                            log.warn("数据源 {}（{}*）缺失：依赖它的规则本次不运行", s.label(), s.prefix());
                        }
                    }
                    for (Path f : plan.unrecognised()) {
                        log.warn("无法识别的文件（不属于任何数据源，已忽略）：{}", f.getFileName());
                    }
                    return RepeatStatus.FINISHED;
                }, tm)
                .listener((org.springframework.batch.core.listener.StepExecutionListener) faults)
                .build();
    }

    /** Empties the run folder; creates it when absent. Nothing outside it is touched. */
    private static void clear(Path runDir) throws IOException {
        if (Files.exists(runDir)) {
            try (Stream<Path> children = Files.list(runDir)) {
                for (Path p : children.toList()) {
                    FileSystemUtils.deleteRecursively(p);
                }
            }
        }
        Files.createDirectories(runDir);
    }
}
