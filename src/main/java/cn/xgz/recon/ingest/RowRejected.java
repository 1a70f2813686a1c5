package cn.xgz.recon.ingest;

/** Thrown by {@link Cells} at a row's first problem; carries no stack trace, so rejecting a row is cheap. */
final class RowRejected extends RuntimeException {

    final transient SchemaColumn column;
    final String reason;
    final String value;

    RowRejected(SchemaColumn column, String reason, String value) {
        super(reason, null, false, false);
        this.column = column;
        this.reason = reason;
        this.value = value;
    }
}
