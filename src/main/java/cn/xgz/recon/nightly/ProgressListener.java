package cn.xgz.recon.nightly;

import cn.xgz.recon.common.Durations;
import cn.xgz.recon.ingest.batch.ExpectedRows;
import java.time.Duration;
import java.time.LocalDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * One console line per long step every few seconds (rows, rows/s and, when an earlier run read this step, an
 * estimate of the time left), and one when it ends, so an operator watching a province-sized run sees it move.
 */
public final class ProgressListener implements StepExecutionListener, ChunkListener<Object, Object> {

    private static final Logger log = LoggerFactory.getLogger(ProgressListener.class);
    private static final long EVERY_NANOS = 5_000_000_000L;

    private final String label;
    private final JobRepository jobRepository;
    private StepExecution step;
    private long startNanos;
    private long lastLog;
    private long expectedRows;

    public ProgressListener(String label) {
        this(label, null);
    }

    /** With the repository, the rows the last completed run read in this step are the estimate's total. */
    public ProgressListener(String label, JobRepository jobRepository) {
        this.label = label;
        this.jobRepository = jobRepository;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        step = stepExecution;
        startNanos = System.nanoTime();
        lastLog = startNanos;
        expectedRows = jobRepository == null ? 0 : ExpectedRows.previousRun(jobRepository, stepExecution);
    }

    @Override
    public void afterChunk(Chunk<Object> chunk) {
        long now = System.nanoTime();
        if (step != null && now - lastLog >= EVERY_NANOS) {
            lastLog = now;
            log.info(line(label, step.getReadCount(), Duration.ofNanos(now - startNanos), expectedRows));
        }
    }

    /** 「ingest-registrations：已处理 1,200,000 行（85,000 行/秒），预计还需约 1分05秒」. */
    static String line(String label, long rows, Duration elapsed, long expectedRows) {
        double perSecond = rows / Math.max(elapsed.toMillis() / 1000.0, 1e-3);
        StringBuilder sb = new StringBuilder(String.format("%s：已处理 %,d 行（%,.0f 行/秒）", label, rows, perSecond));
        if (expectedRows > 0 && perSecond > 0) {
            if (rows < expectedRows) {
                sb.append("，预计还需约 ").append(Durations.format(Duration.ofMillis(
                        Math.round((expectedRows - rows) / perSecond * 1000)))).append(String.format("（上次共 %,d 行）", expectedRows));
            } else {
                sb.append(String.format("，已超过上次的 %,d 行", expectedRows));
            }
        }
        return sb.toString();
    }

    @Override
    public ExitStatus afterStep(StepExecution s) {
        LocalDateTime start = s.getStartTime();
        String took = start == null ? "—" : Durations.format(Duration.between(start, LocalDateTime.now()));
        log.info("{}：{}，{} 行，用时 {}", label, s.getStatus().isUnsuccessful() ? "失败" : "完成",
                String.format("%,d", s.getReadCount()), took);
        return s.getExitStatus();
    }
}
