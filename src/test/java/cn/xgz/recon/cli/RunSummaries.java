package cn.xgz.recon.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A run folder's run-summary.json and an acceptance set's expected-files.csv, read for comparison. */
final class RunSummaries {

    private RunSummaries() {}

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
