package cn.xgz.recon.robustness;

import cn.xgz.recon.generate.GeneratorOptions;
import cn.xgz.recon.generate.SyntheticDataGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A clean input folder from the project's generator (tests never read the shared acceptance sets). */
final class GeneratedInput {

    private GeneratedInput() {}

    /** {@code entities} registrations and the other sources to scale, as of 2025-09-30; only the input files. */
    static Path create(Path dir, int entities, long seed) throws IOException {
        new SyntheticDataGenerator().generate(new GeneratorOptions(entities, seed, dir, false, false));
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(p -> !p.getFileName().toString().matches(
                    "(registrations|annual-reports|riders|party-orgs|party-members|markets).*")).toList()) {
                Files.delete(p); // the generator's answer keys are no input
            }
        }
        return dir;
    }

    /** A copy of an input folder. */
    static Path copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path p : files.toList()) {
                Files.copy(p, to.resolve(p.getFileName()));
            }
        }
        return to;
    }
}
