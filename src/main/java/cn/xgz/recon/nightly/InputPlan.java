package cn.xgz.recon.nightly;

import cn.xgz.recon.source.Source;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The input folder's files, by source (file-name prefix), each source's files in name order. Files that belong
 * to no source are listed so the run log can name them.
 */
public record InputPlan(Map<Source, List<Path>> filesBySource, List<Path> unrecognised) {

    public static InputPlan scan(Path inputDir) throws IOException {
        Map<Source, List<Path>> bySource = new EnumMap<>(Source.class);
        List<Path> other = new ArrayList<>();
        try (Stream<Path> files = Files.list(inputDir)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = f.getFileName().toString();
                if (name.startsWith(".") || name.startsWith("~$")) {
                    continue; // editor lock files and hidden files are not extracts
                }
                Source.ofFileName(name).ifPresentOrElse(
                        s -> bySource.computeIfAbsent(s, k -> new ArrayList<>()).add(f), () -> other.add(f));
            }
        }
        return new InputPlan(bySource, other);
    }

    public List<Path> files(Source source) {
        return filesBySource.getOrDefault(source, List.of());
    }

    public boolean has(Source source) {
        return !files(source).isEmpty();
    }
}
