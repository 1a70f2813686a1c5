package cn.xgz.recon.ingest.table;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Opens a {@link TableReader} for a .csv or .xlsx file. */
public final class TableReaders {

    /** The reason for a file the run's account may not read (inputs.md: rejected whole, the run goes on). */
    public static final String UNREADABLE = "无读取权限：运行账户不能读取该文件，请检查文件权限";

    /**
     * A .csv from this size on (a couple of thousand rows) is read ahead on a thread of its own
     * ({@link ReadAheadTableReader}); a smaller one is not worth a thread.
     */
    public static final long READ_AHEAD_BYTES = 256 << 10;

    private TableReaders() {}

    /** Opens {@code file}; for .xlsx the first sheet is read. */
    public static TableReader open(Path file, ReadLimits limits) {
        return open(file, limits, null);
    }

    /**
     * Opens {@code file}; for .xlsx the sheet named {@code preferredSheet} (ignoring case) is read when there is one,
     * else the first sheet.
     */
    public static TableReader open(Path file, ReadLimits limits, String preferredSheet) {
        return open(file, limits, preferredSheet, READ_AHEAD_BYTES);
    }

    /** As {@link #open(Path, ReadLimits, String)}, a .csv read ahead from {@code readAheadFrom} bytes on. */
    public static TableReader open(Path file, ReadLimits limits, String preferredSheet, long readAheadFrom) {
        String name = file.getFileName().toString();
        if (Files.exists(file) && !Files.isReadable(file)) {
            throw new InputFileException(name, UNREADABLE);
        }
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new InputFileException(name, "文件不存在或无权读取", e);
        }
        if (size > limits.maxFileBytes()) {
            throw new InputFileException(name, "文件大小 " + size + " 字节超过上限 " + limits.maxFileBytes() + " 字节");
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".csv")) {
            CsvTableReader csv = CsvTableReader.open(file, name, limits);
            return size >= readAheadFrom ? ReadAheadTableReader.of(csv) : csv;
        }
        if (lower.endsWith(".xlsx")) {
            return XlsxTableReader.open(file, name, limits, preferredSheet);
        }
        throw new InputFileException(name, "不支持的文件类型，只接受 .csv 和 .xlsx");
    }
}
