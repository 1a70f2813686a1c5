package cn.xgz.recon.report;

import cn.xgz.recon.ingest.SourceFiles;
import cn.xgz.recon.source.Source;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The data sources' dates that every workbook sheet names: per source, the date in its files' names
 * ({@code registrations-20250930.csv}) where they carry one, else the files' modification time, labelled as such
 * because copying a file changes it.
 */
public final class SourceDates {

    /** Eight digits that are a date, not part of a longer number. */
    private static final Pattern NAME_DATE = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(\\d{2})(\\d{2})(?!\\d)");

    private SourceDates() {}

    /** A source's date and where it came from. */
    public record SourceDate(LocalDate date, boolean fromFileName) {

        /** 2025-09-30, or 2025-09-30（文件修改时间）. */
        String label() {
            return date + (fromFileName ? "" : "（文件修改时间）");
        }
    }

    /** The dates of an input folder's files, matched to sources as the loader matches them ({@link SourceFiles}). */
    public static Map<Source, SourceDate> scan(Path inputDir, ZoneId zone) {
        Map<Source, SourceDate> dates = new EnumMap<>(Source.class);
        try {
            for (Map.Entry<Source, List<Path>> e : SourceFiles.inFolder(inputDir).entrySet()) {
                for (Path f : e.getValue()) {
                    LocalDate named = dateInName(f.getFileName().toString());
                    SourceDate d = named != null
                            ? new SourceDate(named, true)
                            : new SourceDate(LocalDate.ofInstant(Files.getLastModifiedTime(f).toInstant(), zone), false);
                    dates.merge(e.getKey(), d, (a, b) -> a.date().isAfter(b.date()) ? a : b);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取输入目录 " + inputDir, e);
        }
        return dates;
    }

    /** The last valid yyyyMMdd date in a file name, or null. */
    static LocalDate dateInName(String fileName) {
        Matcher m = NAME_DATE.matcher(fileName);
        LocalDate found = null;
        while (m.find()) {
            try {
                found = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            } catch (DateTimeException notADate) {
                // eight digits that are no date (a licence number, a count): not the file's date
            }
        }
        return found;
    }
}
