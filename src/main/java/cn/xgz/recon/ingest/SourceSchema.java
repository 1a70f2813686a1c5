package cn.xgz.recon.ingest;

import cn.xgz.recon.source.Source;
import java.util.List;

/** The columns of one source (inputs.md) and how its rows become records. */
public interface SourceSchema<T> {

    Source source();

    /** The columns in the spec's order. */
    List<? extends SchemaColumn> columns();

    /** A mapper for one file whose header has been bound. */
    RowMapper<T> mapper(String file, HeaderBinding binding, IngestContext context, boolean strictWidth);

    /**
     * The record's duplicate key, normalised (upper case, full-width folded, IDs upgraded); composite keys carry a
     * {@code |} separator.
     */
    String key(T record);

    /** The column a duplicate reject names (the key's distinguishing column). */
    SchemaColumn keyColumn();

    /** The record type (for typed lookups). */
    Class<T> type();
}
