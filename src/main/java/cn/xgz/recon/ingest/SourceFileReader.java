package cn.xgz.recon.ingest;

import cn.xgz.recon.ingest.table.InputFileException;
import cn.xgz.recon.ingest.table.RawRow;
import cn.xgz.recon.ingest.table.ReadLimits;
import cn.xgz.recon.ingest.table.TableReader;
import cn.xgz.recon.ingest.table.TableReaders;
import cn.xgz.recon.source.Source;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Reads one input file of a source row by row: the header is bound to the schema when the file is opened (a missing
 * required column fails here, rejecting the file whole), then each data row comes out as loaded or rejected. With
 * {@link DuplicateKeys} shared across the files of a source, a row whose key was loaded before is rejected 重复记录.
 * Not thread-safe; one reader per file.
 */
public final class SourceFileReader<T> implements AutoCloseable {

    private final SourceSchema<T> schema;
    private final TableReader table;
    private final HeaderBinding binding;
    private final RowMapper<T> mapper;
    private final DuplicateKeys keys;
    private final Cells keyCells;
    private RejectedKeys rejectedKeys;
    private long loaded;
    private long rejected;
    private long damaged;
    private int lastRow;
    private RawRow lookahead;

    private SourceFileReader(SourceSchema<T> schema, TableReader table, HeaderBinding binding, RowMapper<T> mapper,
            DuplicateKeys keys, Cells keyCells) {
        this.schema = schema;
        this.table = table;
        this.binding = binding;
        this.mapper = mapper;
        this.keys = keys;
        this.keyCells = keyCells;
    }

    /**
     * Opens {@code file} as a file of {@code schema}'s source.
     *
     * @param keys the keys seen so far in this source's earlier files (shared, updated), or null for no duplicate
     *     check
     * @throws InputFileException when the file cannot be read or lacks a required column
     */
    public static <T> SourceFileReader<T> open(Path file, SourceSchema<T> schema, IngestContext context,
            ReadLimits limits, DuplicateKeys keys) {
        return open(file, schema, context, limits, keys, TableReaders.READ_AHEAD_BYTES);
    }

    /** As {@link #open(Path, SourceSchema, IngestContext, ReadLimits, DuplicateKeys)}, read ahead from this size on. */
    static <T> SourceFileReader<T> open(Path file, SourceSchema<T> schema, IngestContext context, ReadLimits limits,
            DuplicateKeys keys, long readAheadFrom) {
        TableReader table = TableReaders.open(file, limits, schema.source().prefix(), readAheadFrom);
        try {
            String name = table.fileName();
            HeaderBinding binding = HeaderBinding.bind(name, schema.columns(), table.header());
            boolean csv = name.toLowerCase(Locale.ROOT).endsWith(".csv");
            RowMapper<T> mapper = schema.mapper(name, binding, context, csv);
            Cells keyCells = new Cells(schema.source(), name, binding, context, false);
            return new SourceFileReader<>(schema, table, binding, mapper, keys, keyCells);
        } catch (RuntimeException e) {
            table.close();
            throw e;
        }
    }

    /** Collects the readable keys of rejected rows (shared across the source's files); none when not set. */
    public SourceFileReader<T> collectRejectedKeys(RejectedKeys into) {
        this.rejectedKeys = into;
        return this;
    }

    public Source source() {
        return schema.source();
    }

    public String fileName() {
        return table.fileName();
    }

    /** Header cells that match no column (to be listed once in the run log). */
    public List<String> unknownColumns() {
        return binding.unknownColumns();
    }

    /**
     * The next row's outcome, or {@code null} at the end of the file.
     *
     * @throws InputFileException when the file turns out unreadable part-way (rows already returned stay valid)
     */
    public RowOutcome<T> next() {
        RawRow row = lookahead != null ? lookahead : table.next();
        lookahead = null;
        return row == null ? null : process(row);
    }

    /**
     * Skips the rows up to and including row {@code rowNumber}, for a restart that already handled them. The rows are
     * still read and validated, so their keys enter {@link DuplicateKeys} and the counts cover the whole file.
     */
    public void skipThrough(int rowNumber) {
        while (lookahead == null) {
            RawRow row = table.next();
            if (row == null) {
                return;
            }
            if (row.rowNumber() > rowNumber) {
                lookahead = row;
            } else {
                process(row);
            }
        }
    }

    private RowOutcome<T> process(RawRow row) {
        lastRow = row.rowNumber();
        if (row.isDamaged()) {
            // A damaged line is a bad row (inputs.md); its value is not shown, it may be anything.
            rejected += row.rows();
            boolean unreadRange = table.stoppedPartWay() != null;
            if (!unreadRange) {
                damaged++;
                noteRejectedKey(row);
            }
            String column = row.damageColumn() >= 0 && row.damageColumn() < table.header().size()
                    && table.header().get(row.damageColumn()) != null ? table.header().get(row.damageColumn()) : "";
            return new RowOutcome.Rejected<>(new Reject(schema.source(), table.fileName(), row.rowNumber(), column,
                    row.damage(), ""));
        }
        RowOutcome<T> outcome = mapper.map(row);
        if (outcome instanceof RowOutcome.Loaded<T> l && keys != null && !keys.add(schema.key(l.value()))) {
            SchemaColumn column = schema.keyColumn();
            keyCells.at(row);
            outcome = new RowOutcome.Rejected<>(keyCells.reject(column, Cells.DUPLICATE, keyCells.maskedValue(column)));
        } else if (outcome instanceof RowOutcome.Rejected) {
            noteRejectedKey(row);
        }
        if (outcome instanceof RowOutcome.Loaded) {
            loaded++;
        } else {
            rejected++;
        }
        return outcome;
    }

    private void noteRejectedKey(RawRow row) {
        if (rejectedKeys != null && row.rows() == 1) {
            rejectedKeys.add(RejectedKeys.keyOf(schema.source(), row.value(binding.position(schema.keyColumn()))));
        }
    }

    /** Rows rejected because their line itself was damaged (not counting an unread range). */
    public long damagedRows() {
        return damaged;
    }

    /** Why reading stopped before the end of the file, once the unread range has been returned; else null. */
    public String stoppedPartWay() {
        return table.stoppedPartWay();
    }

    /** The row number of the last row returned or skipped (0 before the first): the checkpoint for a restart. */
    public int lastRowNumber() {
        return lastRow;
    }

    /** The row number of the header. */
    public int headerRowNumber() {
        return table.headerRowNumber();
    }

    /** Rows read so far by outcome. */
    public FileCounts counts() {
        return new FileCounts(schema.source(), table.fileName(), loaded + rejected, loaded, rejected);
    }

    @Override
    public void close() {
        table.close();
    }
}
