package cn.xgz.recon.report;

import cn.xgz.recon.source.Source;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;

/** The data sources' dates that every workbook sheet names: per source, the newest modification date of its files. */
public final class SourceDates {

    private SourceDates() {}

    /** Scans an input folder (not recursively) the way the loader matches files to sources. */
    public static Map<Source, LocalDate> scan(Path inputDir, ZoneId zone) {
        Map<Source, LocalDate> dates = new EnumMap<>(Source.class);
        try (Stream<Path> files = Files.list(inputDir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                if (!Files.isRegularFile(f)) {
                    continue;
                }
                var source = Source.ofFileName(f.getFileName().toString());
                if (source.isEmpty()) {
                    continue;
                }
                LocalDate d = LocalDate.ofInstant(Files.getLastModifiedTime(f).toInstant(), zone);
                dates.merge(source.get(), d, (a, b) -> a.isAfter(b) ? a : b);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取输入目录 " + inputDir, e);
        }
        return dates;
    }
}
