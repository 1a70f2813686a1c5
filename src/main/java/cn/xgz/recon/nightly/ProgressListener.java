package cn.xgz.recon.nightly;

import java.time.Duration;
import java.time.LocalDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * One console line per long step every few seconds (rows, rows/s), and one when it ends, so an operator
 * watching a province-sized run sees it move.
 */
public final class ProgressListener implements StepExecutionListener, ChunkListener<Object, Object> {

    private static final Logger log = LoggerFactory.getLogger(ProgressListener.class);
    private static final long EVERY_NANOS = 5_000_000_000L;

    private final String label;
    private StepExecution step;
    private long startNanos;
    private long lastLog;

    public ProgressListener(String label) {
        this.label = label;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        step = stepExecution;
        startNanos = System.nanoTime();
        lastLog = startNanos;
    }

    @Override
    public void afterChunk(Chunk<Object> chunk) {
        long now = System.nanoTime();
        if (step != null && now - lastLog >= EVERY_NANOS) {
            lastLog = now;
            double secs = (now - startNanos) / 1e9;
            log.info("{}：已处理 {} 行（{} 行/秒）", label, String.format("%,d", step.getReadCount()),
                    String.format("%,.0f", step.getReadCount() / Math.max(secs, 1e-3)));
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution s) {
        LocalDateTime start = s.getStartTime();
        double secs = start == null ? 0 : Duration.between(start, LocalDateTime.now()).toMillis() / 1000.0;
        log.info("{}：{}，{} 行，用时 {} 秒", label, s.getStatus().isUnsuccessful() ? "失败" : "完成",
                String.format("%,d", s.getReadCount()), String.format("%.1f", secs));
        return s.getExitStatus();
    }
}
