package cn.xgz.recon.notify;

import java.util.List;

/**
 * What a notification says about a run (JSON): figures and short texts, no personal data.
 *
 * @param runId the run id of the log lines
 * @param command {@code nightly} or {@code half-year}
 * @param subject the run date or period
 * @param exitCode the exit code, with {@code meaning} in Chinese
 * @param message the console's outcome line (personal data masked)
 * @param findings NEW / OPEN / RESOLVED summed over the rules, null when the run wrote none
 * @param rowsRejected rows in rejects.csv
 * @param missingSources sources with no file
 * @param output the run folder, null when nothing was written
 */
public record RunNotice(String runId, String command, String subject, int exitCode, String meaning, boolean success,
        String message, Findings findings, long rowsRejected, List<String> missingSources, String output) {

    /** Findings by lifecycle status. */
    public record Findings(long newFindings, long open, long resolved) {}
}
