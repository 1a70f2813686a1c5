package cn.xgz.recon.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xgz.recon.acceptance.AcceptanceSets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The uninterrupted runs that the crash tests compare with and the personal-data test scans, made once per test JVM:
 * day 1 ({@link CrashInput} from the basic set, 2025-09-30), then day 2 (the basic set's next-day input, 2025-10-01)
 * on the same data directory, each in a child JVM with the acceptance secret. Kept under
 * {@code target/robustness/baseline} for inspection.
 */
final class Baseline {

    static final String DAY1 = "2025-09-30";
    static final String DAY2 = "2025-10-01";

    private static Baseline instance;

    final Path root;
    final Path input;
    final Path inputDay2;
    final Path out;
    final Path data;
    final ChildJvm.Result day1;
    final ChildJvm.Result day2;

    private Baseline(Path root) throws Exception {
        this.root = root;
        RunFiles.deleteTree(root);
        Files.createDirectories(root);
        input = CrashInput.create(AcceptanceSets.set("basic/input"), root.resolve("input"));
        inputDay2 = AcceptanceSets.set("basic/input-day2");
        out = root.resolve("out");
        data = root.resolve("data");
        day1 = ChildJvm.withTestSecret().run(nightly(input, out, data, DAY1));
        assertThat(day1.exitCode()).as("baseline day 1 (a rider file is cut off): %s", day1).isEqualTo(4);
        day2 = ChildJvm.withTestSecret().run(nightly(inputDay2, out, data, DAY2));
        assertThat(day2.exitCode()).as("baseline day 2: %s", day2).isZero();
    }

    static synchronized Baseline get() throws Exception {
        if (instance == null) {
            AcceptanceSets.root();
            instance = new Baseline(Path.of("target", "robustness", "baseline").toAbsolutePath());
        }
        return instance;
    }

    static String[] nightly(Path input, Path out, Path data, String date) {
        return new String[] {"nightly", "--input", input.toString(), "--out", out.toString(), "--date", date,
            "--data-dir", data.toString()};
    }

    Path runDir(String date) {
        return out.resolve(date);
    }
}
