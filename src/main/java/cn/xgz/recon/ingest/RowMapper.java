package cn.xgz.recon.ingest;

import cn.xgz.recon.ingest.table.RawRow;

/** Turns the rows of one file into loaded records or rejects; one instance per file. */
@FunctionalInterface
public interface RowMapper<T> {

    RowOutcome<T> map(RawRow row);
}
