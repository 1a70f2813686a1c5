package cn.xgz.recon.ingest.batch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/**
 * How many rows an ingest step is likely to read, so that its column tables and key table are sized once instead of
 * growing by copying (at province scale those copies cost seconds of young-GC pauses). A guess only: the tables still
 * grow past it and are trimmed at the end, so a wrong guess costs time or transient room, never rows.
 */
public final class ExpectedRows {

    private static final Logger log = LoggerFactory.getLogger(ExpectedRows.class);
    /** How many earlier job instances are searched for the step's row count. */
    private static final int LOOK_BACK = 5;
    /** The head of a CSV file whose lines give the bytes a row. */
    private static final int SAMPLE_BYTES = 1 << 20;

    private ExpectedRows() {}

    /** The rows this step read in the newest earlier job instance where it completed; 0 when none did. */
    public static long previousRun(JobRepository jobRepository, StepExecution current) {
        try {
            JobInstance me = current.getJobExecution().getJobInstance();
            // The newest instances only (the repository pages them newest first): every ingest step asks, and a
            // bureau's history holds one instance a night for years.
            List<JobInstance> earlier = jobRepository.getJobInstances(me.getJobName(), 0, LOOK_BACK + 1).stream()
                    .filter(i -> i.getInstanceId() != me.getInstanceId())
                    .sorted(Comparator.comparingLong(JobInstance::getInstanceId).reversed())
                    .limit(LOOK_BACK)
                    .toList();
            return earlier.stream()
                    .map(i -> jobRepository.getLastStepExecution(i, current.getStepName()))
                    .filter(Objects::nonNull)
                    .filter(se -> se.getStatus() == BatchStatus.COMPLETED)
                    .mapToLong(StepExecution::getReadCount)
                    .findFirst().orElse(0);
        } catch (RuntimeException e) {
            // An estimate is a courtesy: without one the step runs the same.
            log.debug("无法取得上次运行的行数", e);
            return 0;
        }
    }

    /**
     * The data rows the CSV files are likely to hold: each file's size over the bytes a line in its first megabyte.
     * Other files (XLSX is compressed) and unreadable ones count 0.
     */
    public static long inFiles(List<Path> files) {
        long rows = 0;
        for (Path f : files) {
            if (f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
                rows += inCsv(f);
            }
        }
        return rows;
    }

    private static long inCsv(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(SAMPLE_BYTES);
            int lines = 0;
            for (byte b : head) {
                if (b == '\n') {
                    lines++;
                }
            }
            if (head.length < SAMPLE_BYTES) {
                return Math.max(0, lines - 1); // read whole: its lines less the header
            }
            return lines == 0 ? 0 : Files.size(file) * lines / head.length;
        } catch (IOException e) {
            return 0; // the reader reports the file
        }
    }

    /** The rows to size the tables for: {@code expected} and a sixteenth more (a night's growth), within an int. */
    public static int withHeadroom(long expected) {
        return (int) Math.min(Integer.MAX_VALUE - 16, Math.max(0, expected + (expected >> 4)));
    }
}
