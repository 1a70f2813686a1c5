package cn.xgz.recon.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Speed and size of a generation, and the rule rates of its background population. Not a unit test: it only runs
 * when asked, e.g.
 * {@code mvn -q test -Dtest=GeneratorBenchmark -Dgen.benchmark=true -Dgen.entities=7000000 [-Dgen.messy=true]
 * [-Dgen.xlsx=true] [-Dgen.out=/tmp/gen7m]}, and prints its figures.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "gen.benchmark", matches = "true")
class GeneratorBenchmark {

    @Test
    void generatesTheRequestedSizeAndPrintsTimeAndSize() throws IOException {
        long entities = Long.getLong("gen.entities", 1_000_000L);
        boolean messy = Boolean.getBoolean("gen.messy");
        boolean xlsx = Boolean.getBoolean("gen.xlsx");
        String out = System.getProperty("gen.out");
        Path dir = out != null ? Path.of(out) : Files.createTempDirectory("xgz-gen-bench");
        try {
            GenerationResult r = new SyntheticDataGenerator().generate(
                    new GeneratorOptions(entities, 1, dir, messy, xlsx));
            System.out.printf("[benchmark] entities=%,d messy=%s xlsx=%s seconds=%.1f megabytes=%.1f cores=%d%n",
                    entities, messy, xlsx, r.elapsed().toMillis() / 1000.0, r.bytes() / 1e6,
                    Runtime.getRuntime().availableProcessors());
            r.files().forEach(f -> System.out.printf("[benchmark]   %-24s %,12d rows%n", f.file(), f.rows()));
            System.out.println("[benchmark] counts " + r.counts());
            assertThat(r.counts().get("registrations")).isEqualTo(entities);
        } finally {
            if (out == null) {
                SyntheticDataGeneratorTest.delete(dir);
            }
        }
    }

    @Test
    void printsHowOftenEachRuleFires() throws IOException {
        long entities = Long.getLong("gen.rates.entities", 100_000L);
        Path dir = Files.createTempDirectory("xgz-gen-rates");
        try {
            new SyntheticDataGenerator().generate(new GeneratorOptions(entities, 1, dir, false, false));
            Map<String, Long> counts = new MiniReconciler(dir, GeneratorOptions.DEFAULT_AS_OF).ruleCounts();
            counts.forEach((rule, n) -> System.out.printf("[benchmark] %s %,d (%.3f%% of entities)%n", rule, n,
                    100.0 * n / entities));
            assertThat(counts.values()).allMatch(n -> n > 0);
        } finally {
            SyntheticDataGeneratorTest.delete(dir);
        }
    }
}
