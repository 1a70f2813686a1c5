package cn.xgz.recon.ingest;

import cn.xgz.recon.source.Source;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The input folder's files, by source (file-name prefix), each source's files in name order. Files that belong
 * to no source are listed so the run log can name them.
 */
public record InputPlan(Map<Source, List<Path>> filesBySource, List<Path> unrecognised) {

    public static InputPlan scan(Path inputDir) throws IOException {
        try {
            return new InputPlan(SourceFiles.inFolder(inputDir), SourceFiles.unrecognised(inputDir));
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    public List<Path> files(Source source) {
        return filesBySource.getOrDefault(source, List.of());
    }

    public boolean has(Source source) {
        return !files(source).isEmpty();
    }
}
