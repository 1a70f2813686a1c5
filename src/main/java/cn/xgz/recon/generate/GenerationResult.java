package cn.xgz.recon.generate;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What a generation wrote and planted.
 *
 * @param files every file written, in source order
 * @param counts loaded rows per source once the planted rejects are removed (registrations, annual-reports,
 *     riders, party-orgs, party-members, markets), plus {@code stations}
 * @param planted scenario copies planted, by scenario name (see {@link Scenario})
 * @param natural background phenomena counted while generating (workplace variants, flowing members, …)
 * @param plantedRejects bad rows written (all listed in planted-rejects.csv)
 * @param elapsed wall-clock time of the run (not part of any file, so files stay reproducible)
 */
public record GenerationResult(
        Path outDir,
        List<FileCount> files,
        Map<String, Long> counts,
        Map<String, Long> planted,
        Map<String, Long> natural,
        long plantedRejects,
        Duration elapsed) {

    /**
     * One written file.
     *
     * @param rows data rows written (not counting the header and blank rows)
     * @param rejects of those, the planted bad rows
     */
    public record FileCount(String source, String file, long rows, long rejects) {}

    /** Total bytes of the written files. */
    public long bytes() {
        long sum = 0;
        for (FileCount f : files) {
            try {
                sum += java.nio.file.Files.size(outDir.resolve(f.file()));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return sum;
    }
}
