package cn.xgz.recon.ingest.table;

/**
 * Bounds on what one input file may contain, so that a damaged or hostile file fails with a clear message instead of
 * exhausting memory or time.
 *
 * @param maxFileBytes size of the file on disk
 * @param maxRows data rows (blank rows not counted)
 * @param maxColumns cells per row, header included
 * @param maxCellChars characters in one cell after parsing (Excel's own limit is 32,767)
 * @param maxLineBytes bytes in one physical line of a .csv (checked while the encoding is detected; a character is at
 *     least one byte, so no longer line gets through)
 * @param maxLinesPerRecord physical lines one quoted .csv record may span: an unclosed quote fails here rather than
 *     swallowing the rest of the file
 * @param maxSharedStringsBytes unpacked size of an .xlsx's shared-strings part, which is held in memory whole (some
 *     4.5 bytes of heap per byte): a larger one rejects the file before the heap runs out
 */
public record ReadLimits(
        long maxFileBytes, long maxRows, int maxColumns, int maxCellChars, int maxLineBytes, int maxLinesPerRecord,
        long maxSharedStringsBytes) {

    /** Excel's largest sheet (1,048,576 rows of registrations) has some 450 MB of shared strings. */
    public static final long DEFAULT_MAX_SHARED_STRINGS_BYTES = 512L << 20;

    public ReadLimits {
        if (maxFileBytes <= 0 || maxRows <= 0 || maxColumns <= 0 || maxCellChars <= 0 || maxLineBytes <= 0
                || maxLinesPerRecord <= 0 || maxSharedStringsBytes <= 0) {
            throw new IllegalArgumentException("read limits must be positive");
        }
    }

    public ReadLimits(long maxFileBytes, long maxRows, int maxColumns, int maxCellChars, int maxLineBytes,
            int maxLinesPerRecord) {
        this(maxFileBytes, maxRows, maxColumns, maxCellChars, maxLineBytes, maxLinesPerRecord,
                DEFAULT_MAX_SHARED_STRINGS_BYTES);
    }

    /** Generous for a province: registrations are about 7M rows and 1.5 GB of CSV. */
    public static ReadLimits defaults() {
        return new ReadLimits(8L << 30, 50_000_000L, 500, 32_767, 1 << 20, 200);
    }
}
