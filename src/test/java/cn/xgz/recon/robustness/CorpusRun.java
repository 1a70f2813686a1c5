package cn.xgz.recon.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xgz.recon.acceptance.AcceptanceSets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * One nightly run, in a child JVM with no {@code XGZ_*} variable (so the installation secret is generated), on a
 * hostile input folder: the basic set with {@link FormulaPayloads} as names, plus every file of the
 * {@link HostileCorpus}. The hostile-input, formula-injection and personal-data tests all read it. Later, on the
 * same data directory, the clean basic set with {@code --reveal-pii}. Kept under {@code target/robustness/corpus}.
 */
final class CorpusRun {

    static final String DATE = "2025-09-30";

    private static CorpusRun instance;

    final Path root;
    final Path input;
    final Path out;
    final Path data;
    final Map<String, String> before;
    final Map<String, String> after;
    final ChildJvm.Result result;
    private Reveal reveal;

    /** The --reveal-pii run and the secret file's text before and after it. */
    record Reveal(Path out, ChildJvm.Result result, String secretBefore, String secretAfter) {
        Path runDir() {
            return out.resolve(DATE);
        }
    }

    private CorpusRun(Path root) throws Exception {
        this.root = root;
        RunFiles.deleteTree(root);
        input = Files.createDirectories(root.resolve("input"));
        out = root.resolve("out");
        data = root.resolve("data");
        FormulaPayloads.write(AcceptanceSets.set("basic/input"), AcceptanceSets.root().resolve("basic/expected/findings.csv"), input);
        for (HostileCorpus.Hostile h : HostileCorpus.cases()) {
            h.maker().make(input.resolve(h.fileName()), root.resolve("outside"));
        }
        before = snapshot();
        result = ChildJvm.plain().run(Baseline.nightly(input, out, data, DATE));
        after = snapshot();
    }

    static synchronized CorpusRun get() throws Exception {
        if (instance == null) {
            AcceptanceSets.root();
            instance = new CorpusRun(Path.of("target", "robustness", "corpus").toAbsolutePath());
        }
        return instance;
    }

    synchronized Reveal reveal() throws Exception {
        if (reveal == null) {
            Path secret = data.resolve("pii-secret.key");
            String before = Files.readString(secret);
            Path revealOut = root.resolve("out-reveal");
            ChildJvm.Result r = ChildJvm.plain().run("nightly", "--input", AcceptanceSets.set("basic/input").toString(), "--out",
                    revealOut.toString(), "--date", DATE, "--data-dir", data.toString(), "--reveal-pii");
            assertThat(r.exitCode()).as(r.toString()).isZero();
            reveal = new Reveal(revealOut, r, before, Files.readString(secret));
        }
        return reveal;
    }

    Path runDir() {
        return out.resolve(DATE);
    }

    /** Everything under the root but the run folder and the data directory: the run must not change any of it. */
    private Map<String, String> snapshot() throws Exception {
        return RunFiles.snapshot(root, p -> p.equals(out) || p.startsWith(runDir()) || p.startsWith(data)
                || p.startsWith(root.resolve("out-reveal")));
    }
}
