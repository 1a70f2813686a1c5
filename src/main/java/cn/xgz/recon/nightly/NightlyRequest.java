package cn.xgz.recon.nightly;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * What an operator asked for: {@code nightly --input --out --date [--reveal-pii] [--threads]}.
 *
 * @param threads worker threads for the parallel parts (1 gives the same results, only slower)
 */
public record NightlyRequest(LocalDate runDate, Path inputDir, Path outDir, boolean revealPii, int threads) {

    /** The run's folder, {@code <out>/<yyyy-MM-dd>/}. */
    public Path runDir() {
        return outDir.resolve(runDate.toString());
    }
}
