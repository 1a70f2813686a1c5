package cn.xgz.recon.nightly;

import cn.xgz.recon.ingest.InputPlan;
import cn.xgz.recon.output.RunFolder;
import cn.xgz.recon.source.Source;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.batch.core.scope.context.ChunkContext;

/**
 * The first step of a nightly job instance: the folder the run builds beside {@code OUT/<date>} is started empty
 * (the previous run folder stays whole until the finish step swaps the new one in), the workspace is created, and
 * the input folder's files are named in the log. Runs once per job instance: a restart finds it complete.
 */
final class PrepareTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(PrepareTasklet.class);

    private final RunWorkspace workspace;

    PrepareTasklet(RunWorkspace workspace) {
        this.workspace = workspace;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) throws Exception {
        JobExecution job = contribution.getStepExecution().getJobExecution();
        Path out = NightlyJobConfiguration.out(job);
        LocalDate runDate = NightlyJobConfiguration.runDate(job);
        Optional<String> conflict = RunFolder.ownerConflict(out, runDate, workspace.dataDir());
        if (conflict.isPresent()) {
            throw new IllegalStateException(conflict.get());
        }
        // The previous run folder stays as it is until the new one is complete (finish swaps them).
        RunFolder.prepare(out, runDate, workspace.dataDir(), true);
        workspace.delete(job.getJobInstanceId());
        workspace.create(job.getJobInstanceId());
        InputPlan plan = InputPlan.scan(NightlyJobConfiguration.input(job));
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
    }
}
