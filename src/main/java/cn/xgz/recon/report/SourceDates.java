package cn.xgz.recon.report;

import cn.xgz.recon.ingest.SourceFiles;
import cn.xgz.recon.source.Source;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The data sources' dates that every workbook sheet names: per source, the newest modification date of its files. */
public final class SourceDates {

    private SourceDates() {}

    /** The dates of an input folder's files, matched to sources as the loader matches them ({@link SourceFiles}). */
    public static Map<Source, LocalDate> scan(Path inputDir, ZoneId zone) {
        Map<Source, LocalDate> dates = new EnumMap<>(Source.class);
        try {
            for (Map.Entry<Source, List<Path>> e : SourceFiles.inFolder(inputDir).entrySet()) {
                for (Path f : e.getValue()) {
                    LocalDate d = LocalDate.ofInstant(Files.getLastModifiedTime(f).toInstant(), zone);
                    dates.merge(e.getKey(), d, (a, b) -> a.isAfter(b) ? a : b);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取输入目录 " + inputDir, e);
        }
        return dates;
    }
}
