package cn.xgz.recon.robustness;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The public acceptance sets: {@code -Dxgz.acceptance=…}, else {@code ../shared/acceptance}, else {@code /work/shared/acceptance}. */
final class Acceptance {

    private Acceptance() {}

    static Path root() {
        for (String candidate : new String[] {System.getProperty("xgz.acceptance", ""), "../shared/acceptance",
            "/work/shared/acceptance"}) {
            if (!candidate.isEmpty() && Files.isDirectory(Path.of(candidate, "basic", "input"))) {
                return Path.of(candidate).toAbsolutePath().normalize();
            }
        }
        assumeTrue(false, "public acceptance data not found (set -Dxgz.acceptance=DIR)");
        return null;
    }

    /** {@code basic/input}: 2,000 entities in clean CSV, run date 2025-09-30. */
    static Path basicInput() {
        return root().resolve("basic/input");
    }

    /** {@code basic/input-day2}: the next day's extract, run date 2025-10-01. */
    static Path basicInputDay2() {
        return root().resolve("basic/input-day2");
    }
}
