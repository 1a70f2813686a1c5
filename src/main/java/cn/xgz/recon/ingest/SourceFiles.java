package cn.xgz.recon.ingest;

import cn.xgz.recon.source.Source;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** The input files of a run folder, grouped by source and in name order (the order duplicates are decided in). */
public final class SourceFiles {

    private SourceFiles() {}

    /** Files of each source present in {@code folder}; sources without a file are absent from the map. */
    public static Map<Source, List<Path>> inFolder(Path folder) {
        Map<Source, List<Path>> bySource = new EnumMap<>(Source.class);
        for (Path p : candidates(folder)) {
            Optional<Source> source = Source.ofFileName(p.getFileName().toString());
            source.ifPresent(s -> bySource.computeIfAbsent(s, k -> new ArrayList<>()).add(p));
        }
        bySource.replaceAll((s, l) -> List.copyOf(l));
        return bySource;
    }

    /** Files in {@code folder} that belong to no source (named in the run log, then ignored). */
    public static List<Path> unrecognised(Path folder) {
        return candidates(folder).stream().filter(p -> Source.ofFileName(p.getFileName().toString()).isEmpty()).toList();
    }

    /**
     * The .csv and .xlsx files in {@code folder} that belong to no source, by name: listed in run-summary.json and on
     * 数据质量, never ignored silently (inputs.md).
     */
    public static List<String> unmatchedTables(Path folder) {
        return unrecognised(folder).stream().map(p -> p.getFileName().toString()).filter(Source::isTableFile).toList();
    }

    /** Regular files in name order, without Excel's lock files ({@code ~$…}) and hidden or temporary ({@code .…}) ones. */
    private static List<Path> candidates(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("~$") && !p.getFileName().toString().startsWith("."))
                    .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
