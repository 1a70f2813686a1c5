package cn.xgz.recon.output;

import cn.xgz.recon.ingest.batch.FileStats;
import java.util.List;
import java.util.Map;

/**
 * run-summary.json: the record of a run (outputs.md). Logs narrate; this is what an operator or a script
 * reads to know what happened.
 *
 * @param status the job's status (COMPLETED, FAILED …)
 * @param failedStep the step that failed, null otherwise
 * @param restarts how many times this job instance was restarted before this execution
 * @param files per input file: read / loaded / rejected, SHA-256
 * @param missingSources sources with no file in the input folder
 * @param skippedRules rules not run, with the reason
 * @param findings per rule: count by status (NEW, OPEN, RESOLVED) and total
 * @param resolution names resolved by method (USCC, EXACT, FUZZY, UNRESOLVED)
 * @param previousRunDate the run the lifecycle compared with, null for the first run
 * @param steps per step: status and seconds
 * @param revealPii whether personal data was written unmasked (--reveal-pii)
 */
public record RunSummary(
        String runDate,
        long jobExecutionId,
        long jobInstanceId,
        String status,
        String failedStep,
        String message,
        int restarts,
        Map<String, String> parameters,
        boolean revealPii,
        List<FileStats> files,
        long rowsRead,
        long rowsLoaded,
        long rowsRejected,
        List<String> missingSources,
        Map<String, String> skippedRules,
        Map<String, Map<String, Long>> findings,
        long findingsTotal,
        Map<String, Long> resolution,
        String previousRunDate,
        List<StepTiming> steps,
        List<String> outputs) {

    /** One step's outcome and duration. */
    public record StepTiming(String step, String status, double seconds, long readCount, long writeCount) {}
}
