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
 * @param incompleteSources per incomplete source (file prefix), why: its rules resolved nothing this run (inputs.md)
 * @param unmatchedFiles .csv and .xlsx files of the input folder that belong to no source (not read)
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
        List<String> outputs,
        Map<String, String> incompleteSources,
        List<String> unmatchedFiles) {

    public RunSummary(String runDate, long jobExecutionId, long jobInstanceId, String status, String failedStep,
            String message, int restarts, Map<String, String> parameters, boolean revealPii, List<FileStats> files,
            long rowsRead, long rowsLoaded, long rowsRejected, List<String> missingSources,
            Map<String, String> skippedRules, Map<String, Map<String, Long>> findings, long findingsTotal,
            Map<String, Long> resolution, String previousRunDate, List<StepTiming> steps, List<String> outputs) {
        this(runDate, jobExecutionId, jobInstanceId, status, failedStep, message, restarts, parameters, revealPii, files,
                rowsRead, rowsLoaded, rowsRejected, missingSources, skippedRules, findings, findingsTotal, resolution,
                previousRunDate, steps, outputs, Map.of(), List.of());
    }

    /** The same summary with the input checks: incomplete sources and unmatched files. */
    public RunSummary withInputChecks(Map<String, String> incomplete, List<String> unmatched) {
        return new RunSummary(runDate, jobExecutionId, jobInstanceId, status, failedStep, message, restarts, parameters,
                revealPii, files, rowsRead, rowsLoaded, rowsRejected, missingSources, skippedRules, findings,
                findingsTotal, resolution, previousRunDate, steps, outputs, incomplete, unmatched);
    }

    /** One step's outcome and duration. */
    public record StepTiming(String step, String status, double seconds, long readCount, long writeCount) {}
}
