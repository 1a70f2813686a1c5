package cn.xgz.recon.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A plain record of every run's start and end, one JSON line each, in {@code <data-dir>/runs.jsonl}. The job
 * repository is the authority, but the embedded database belongs to the process holding the run lock; this file lets
 * {@code status} answer while a run is going. A start without an end is a run still going or one that was killed.
 */
public final class RunJournal {

    public static final String FILE_NAME = "runs.jsonl";

    private static final ObjectMapper JSON = new ObjectMapper()
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private RunJournal() {}

    /**
     * One line.
     *
     * @param event {@code start} or {@code end}
     * @param subject the run date or period
     * @param exitCode on {@code end}
     * @param note on {@code end}: the outcome in one Chinese line, personal data masked
     */
    public record Entry(String runId, String event, String command, String subject, String at, Integer exitCode,
            String note) {}

    /** A run: its start and, once it ended, its end. */
    public record Run(Entry start, Entry end) {}

    public static void start(Path dataDir, String runId, String command, String subject) {
        append(dataDir, new Entry(runId, "start", command, subject, LocalDateTime.now().withNano(0).toString(), null, null));
    }

    public static void end(Path dataDir, String runId, String command, String subject, int exitCode, String note) {
        append(dataDir, new Entry(runId, "end", command, subject, LocalDateTime.now().withNano(0).toString(), exitCode,
                PiiScrubber.scrub(note)));
    }

    /** The last {@code limit} runs, newest first. */
    public static List<Run> recent(Path dataDir, int limit) throws IOException {
        Path f = dataDir.resolve(FILE_NAME);
        if (!Files.isRegularFile(f)) {
            return List.of();
        }
        Map<String, Entry[]> byId = new LinkedHashMap<>();
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            Entry e;
            try {
                e = JSON.readValue(line, Entry.class);
            } catch (IOException bad) {
                continue; // a line cut short by a crash: the other lines still count
            }
            Entry[] pair = byId.computeIfAbsent(e.runId(), k -> new Entry[2]);
            pair["end".equals(e.event()) ? 1 : 0] = e;
        }
        List<Run> runs = new ArrayList<>();
        byId.values().forEach(p -> runs.add(new Run(p[0] != null ? p[0] : p[1], p[1])));
        List<Run> newest = new ArrayList<>(runs.subList(Math.max(0, runs.size() - limit), runs.size()));
        java.util.Collections.reverse(newest);
        return newest;
    }

    private static void append(Path dataDir, Entry e) {
        try {
            Files.createDirectories(dataDir);
            Files.writeString(dataDir.resolve(FILE_NAME), JSON.writeValueAsString(e) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException ex) {
            // The journal serves status; a run must not fail because it could not be written.
            org.slf4j.LoggerFactory.getLogger(RunJournal.class).warn("无法写入运行记录 {}：{}", dataDir.resolve(FILE_NAME),
                    FileProblems.isFileSystemProblem(ex) ? FileProblems.describe(ex) : ex.getMessage());
        }
    }
}
