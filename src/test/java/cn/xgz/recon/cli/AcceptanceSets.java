package cn.xgz.recon.cli;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The public acceptance sets and checker in {@code ../shared}, and helpers to judge a run against them. */
final class AcceptanceSets {

    private AcceptanceSets() {}

    static Path shared() {
        for (String candidate : new String[] {System.getProperty("xgz.shared", ""), "../shared", "/work/shared"}) {
            if (!candidate.isEmpty() && Files.isDirectory(Path.of(candidate, "acceptance"))) {
                return Path.of(candidate).toAbsolutePath().normalize();
            }
        }
        assumeTrue(false, "../shared/acceptance is not beside the repository");
        return null;
    }

    static Path set(String relative) {
        return shared().resolve("acceptance").resolve(relative);
    }

    /** Runs {@code check.py} and returns its last line; fails the assumption when python3 is missing. */
    static CheckResult check(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("python3", shared().resolve("tools/check.py").toString()));
        cmd.addAll(List.of(args));
        Process p;
        try {
            p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, "python3 is not available");
            return null;
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(120, TimeUnit.SECONDS);
        return new CheckResult(p.exitValue(), out);
    }

    record CheckResult(int exitCode, String output) {
        String failures() {
            return output.lines().filter(l -> l.contains("FAIL") || l.contains("missing") || l.contains("unexpected")
                    || l.matches("\\d+ passed, \\d+ failed")).reduce("", (a, b) -> a + b + "\n");
        }
    }

    /** expected-files.csv as file → [read, loaded, rejected]. */
    static Map<String, List<Long>> expectedFiles(Path expectedDir) throws IOException {
        Map<String, List<Long>> m = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(expectedDir.resolve("expected-files.csv"), StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            m.put(f[1], List.of(Long.parseLong(f[2]), Long.parseLong(f[3]), Long.parseLong(f[4])));
        }
        return m;
    }

    /** run-summary.json's files as file → [read, loaded, rejected]. */
    static Map<String, List<Long>> summaryFiles(Path runDir) throws IOException {
        JsonNode root = new ObjectMapper().readTree(runDir.resolve("run-summary.json").toFile());
        Map<String, List<Long>> m = new LinkedHashMap<>();
        for (JsonNode f : root.get("files")) {
            m.put(f.get("file").asText(), List.of(f.get("read").asLong(), f.get("loaded").asLong(), f.get("rejected").asLong()));
        }
        return m;
    }

    static JsonNode summary(Path runDir) throws IOException {
        return new ObjectMapper().readTree(runDir.resolve("run-summary.json").toFile());
    }
}
