package cn.xgz.recon.ingest;

/** What became of one data row: loaded as a record, or rejected with a reason. */
public sealed interface RowOutcome<T> permits RowOutcome.Loaded, RowOutcome.Rejected {

    record Loaded<T>(T value) implements RowOutcome<T> {}

    record Rejected<T>(Reject reject) implements RowOutcome<T> {}
}
