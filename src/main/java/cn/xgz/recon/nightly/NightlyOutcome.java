package cn.xgz.recon.nightly;

import java.nio.file.Path;

/**
 * How a nightly run ended, for the command line.
 *
 * @param exitCode per outputs.md
 * @param jobExecutionId the Spring Batch job execution; 0 when the job failed before its end could be recorded
 * @param restarted whether this execution resumed a failed one
 * @param message one Chinese line for the console
 */
public record NightlyOutcome(int exitCode, long jobExecutionId, boolean restarted, Path runDir, String message) {}
