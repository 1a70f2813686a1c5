package cn.xgz.recon.ingest.table;

import java.util.List;

/**
 * Streams the rows of one input table. The header is the first non-empty row; rows whose every cell is blank after
 * cleaning are skipped and not counted. Methods throw {@link InputFileException} when the file turns out unreadable.
 */
public interface TableReader extends AutoCloseable {

    /** The file name, without its directory. */
    String fileName();

    /** The cleaned header texts, in file order (a blank header cell is {@code null}). */
    List<String> header();

    /** The row number of the header row. */
    int headerRowNumber();

    /** The next non-blank data row, or {@code null} at the end. */
    RawRow next();

    /** Data rows returned so far. */
    long rowsRead();

    /**
     * Why reading stopped before the end of the file (an unclosed quote, the row limit), once the row standing for
     * the unread range has been returned; null when the file was read to its end.
     */
    default String stoppedPartWay() {
        return null;
    }

    @Override
    void close();
}
