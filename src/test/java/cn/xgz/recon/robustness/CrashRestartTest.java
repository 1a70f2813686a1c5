package cn.xgz.recon.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xgz.recon.acceptance.AcceptanceSets;
import cn.xgz.recon.common.ExitCodes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The nightly job killed with {@code kill -9} (fault injection, {@code XGZ_FAULT_KILL_AT}) at every step and inside
 * the ingest steps' chunks, then restarted with the same run date, ends exactly as an uninterrupted run: the three
 * CSVs byte for byte, run-summary.json's per-file and per-rule figures, and the history the half-year submission
 * reads. Several kills are chained (each restart is killed at the next point), which covers every point for the cost
 * of one run plus a JVM start per point; a kill point that a chain cannot reach fails the test rather than passing
 * silently. Chains that must reach each ingest step in turn run with one processor, so the sources load one after
 * another; one scenario keeps the parallel ingest. Scenarios run two at a time.
 */
@Tag("long") // child JVMs: runs in verify (failsafe), not in the fast mvn test
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrashRestartTest {

    /** Every step of the nightly job, in the order it runs (with one processor, the ingest steps too). */
    static final List<String> STEPS = List.of("prepare", "ingest-registrations", "ingest-annual-reports",
            "ingest-riders", "ingest-party-orgs", "ingest-party-members", "ingest-markets", "reconcile", "lifecycle",
            "write-csv", "write-workbooks", "finish");

    /** After the 2nd chunk of 5 rows of each source (chunk 60 of riders is in the second, .xlsx, file), and after three steps' work. */
    static final List<String> MID_CHUNK_AND_END = List.of("ingest-registrations:2", "ingest-annual-reports:2",
            "ingest-riders:60", "ingest-party-orgs:2", "ingest-party-members:2", "ingest-markets:2", "reconcile:end",
            "write-workbooks:end", "finish:end");

    private static final Path ROOT = Path.of("target", "robustness", "crash").toAbsolutePath();

    private final ExecutorService pool = Executors.newFixedThreadPool(2);
    private Future<Baseline> baseline;
    private Future<Scenario> everyStep;
    private Future<Scenario> midChunk;
    private Future<Scenario> parallel;

    /** One data directory's crashes and restarts: for each kill point the exit code and any partial file it left. */
    record Scenario(Path out, Path data, Map<String, Integer> kills, Map<String, List<String>> partialAfterKill,
            List<ChildJvm.Result> finals) {

        Path runDir(String date) {
            return out.resolve(date);
        }
    }

    @BeforeAll
    void startScenarios() throws Exception {
        AcceptanceSets.root();
        RunFiles.deleteTree(ROOT);
        baseline = pool.submit(Baseline::get);
        everyStep = pool.submit(() -> chain("every-step-start", STEPS, false, true));
        midChunk = pool.submit(() -> chain("mid-chunk", MID_CHUNK_AND_END, true, false));
        parallel = pool.submit(() -> chain("parallel-ingest", List.of("ingest-party-orgs:3"), true, false));
    }

    @AfterAll
    void stop() throws InterruptedException {
        pool.shutdownNow();
        pool.awaitTermination(1, TimeUnit.MINUTES);
    }

    @Test
    void killedAtTheStartOfEveryStepAndRestartedEndsExactlyAsAnUninterruptedRun() throws Exception {
        Scenario s = everyStep.get();
        assertEveryKillLanded(s, STEPS);
        assertSameAsBaseline(s, Baseline.DAY1);
    }

    @Test
    void killedInsideIngestChunksAndBetweenStepsAndRestartedLosesOrDoublesNoRow() throws Exception {
        Scenario s = midChunk.get();
        assertEveryKillLanded(s, MID_CHUNK_AND_END);
        assertSameAsBaseline(s, Baseline.DAY1);
    }

    @Test
    void killedWhileSourcesLoadInParallelAndRestartedEndsTheSame() throws Exception {
        Scenario s = parallel.get();
        assertEveryKillLanded(s, List.of("ingest-party-orgs:3"));
        assertSameAsBaseline(s, Baseline.DAY1);
    }

    @Test
    void secondDayAfterACrashedFirstDayHasTheSameLifecycle() throws Exception {
        Scenario s = everyStep.get();
        assertThat(s.kills()).containsEntry("day 2 lifecycle", ChildJvm.KILLED);
        assertSameAsBaseline(s, Baseline.DAY2);
        assertThat(RunFiles.summary(s.runDir(Baseline.DAY2)).get("previousRunDate").asText()).isEqualTo(Baseline.DAY1);
        assertThat(RunFiles.figures(s.runDir(Baseline.DAY2)).findings().get("R13").get("RESOLVED")).isPositive();
    }

    @Test
    void noKilledRunLeavesAPartialFileUnderItsFinalName() throws Exception {
        for (Scenario s : List.of(everyStep.get(), midChunk.get(), parallel.get())) {
            assertThat(s.partialAfterKill()).allSatisfy((point, partial) -> assertThat(partial).as(point).isEmpty());
            for (String date : List.of(Baseline.DAY1, Baseline.DAY2)) {
                if (Files.isDirectory(s.runDir(date))) {
                    assertThat(RunFiles.regularFiles(s.runDir(date)))
                            .as("temporary files left in the run folder after the restarted run completed")
                            .noneMatch(p -> RunFiles.hiddenPath(s.runDir(date).relativize(p).toString()));
                }
            }
        }
    }

    /**
     * Runs the nightly job killed at each point in turn on one data directory, then once more to completion;
     * with {@code day2}, then day 2 killed at its lifecycle step and restarted.
     */
    private Scenario chain(String name, List<String> points, boolean smallChunks, boolean day2) throws Exception {
        Path root = ROOT.resolve(name);
        Path input = CrashInput.create(AcceptanceSets.set("basic/input"), root.resolve("input"));
        Path out = root.resolve("out");
        Path data = root.resolve("data");
        boolean sequential = points.size() > 1;
        Map<String, Integer> kills = new LinkedHashMap<>();
        Map<String, List<String>> partial = new LinkedHashMap<>();
        List<ChildJvm.Result> finals = new ArrayList<>();
        for (String point : points) {
            ChildJvm.Result r = child(smallChunks, sequential).env("XGZ_FAULT_KILL_AT", point)
                    .run(Baseline.nightly(input, out, data, Baseline.DAY1));
            kills.put(point, r.exitCode());
            partial.put(point, RunFiles.partialFiles(out.resolve(Baseline.DAY1)));
            if (r.exitCode() != ChildJvm.KILLED) {
                break; // the chain cannot go on; assertEveryKillLanded says which point was not reached
            }
        }
        finals.add(child(smallChunks, sequential).run(Baseline.nightly(input, out, data, Baseline.DAY1)));
        if (day2) {
            Path inputDay2 = AcceptanceSets.set("basic/input-day2");
            ChildJvm.Result r = child(smallChunks, sequential).env("XGZ_FAULT_KILL_AT", "lifecycle")
                    .run(Baseline.nightly(inputDay2, out, data, Baseline.DAY2));
            kills.put("day 2 lifecycle", r.exitCode());
            partial.put("day 2 lifecycle", RunFiles.partialFiles(out.resolve(Baseline.DAY2)));
            finals.add(child(smallChunks, sequential).run(Baseline.nightly(inputDay2, out, data, Baseline.DAY2)));
        }
        return new Scenario(out, data, kills, partial, finals);
    }

    private static ChildJvm child(boolean smallChunks, boolean sequential) {
        ChildJvm c = ChildJvm.withTestSecret();
        if (smallChunks) {
            c.env("XGZ_INGEST_CHUNKSIZE", "5");
        }
        if (sequential) {
            c.jvmOption("-XX:ActiveProcessorCount=1");
        }
        return c;
    }

    private static void assertEveryKillLanded(Scenario s, List<String> points) {
        Map<String, Integer> expected = new LinkedHashMap<>();
        points.forEach(p -> expected.put(p, ChildJvm.KILLED));
        Map<String, Integer> day1Kills = new LinkedHashMap<>(s.kills());
        day1Kills.remove("day 2 lifecycle");
        assertThat(day1Kills).as("exit code of the run killed at each point (137 = killed there)").isEqualTo(expected);
        ChildJvm.Result restarted = s.finals().get(0);
        assertThat(restarted.exitCode()).as("restarted run (a rider file is cut off): %s", restarted)
                .isEqualTo(ExitCodes.FILE_REJECTED);
        assertThat(s.finals().subList(1, s.finals().size()))
                .allSatisfy(r -> assertThat(r.exitCode()).as("day 2: %s", r).isZero());
        assertThat(restarted.console()).contains("续跑");
    }

    private void assertSameAsBaseline(Scenario s, String date) throws Exception {
        Baseline b = baseline.get();
        Path want = b.runDir(date);
        Path got = s.runDir(date);
        for (String csv : List.of("findings.csv", "joint-branch-proposals.csv", "rejects.csv")) {
            assertThat(Files.readString(got.resolve(csv))).as(csv).isEqualTo(Files.readString(want.resolve(csv)));
            assertThat(Files.readAllBytes(got.resolve(csv))).as(csv + " byte for byte").isEqualTo(Files.readAllBytes(want.resolve(csv)));
        }
        assertThat(RunFiles.figures(got)).isEqualTo(RunFiles.figures(want));
        assertThat(RunFiles.history(s.data(), date)).isEqualTo(RunFiles.history(b.data, date)).isNotEmpty();
        assertThat(RunFiles.summary(got).get("status").asText()).isEqualTo("COMPLETED");
        assertThat(RunFiles.summary(got).get("outputs")).isEqualTo(RunFiles.summary(want).get("outputs"));
    }
}
