package cn.xgz.recon.ingest;

import cn.xgz.recon.ingest.table.InputFileException;
import java.util.List;

/** A file lacks a required column: it is rejected whole (inputs.md). */
public class MissingColumnException extends InputFileException {

    private final List<String> columns;

    public MissingColumnException(String file, List<String> columns) {
        super(file, "缺少必填列：" + String.join("、", columns));
        this.columns = List.copyOf(columns);
    }

    /** The missing columns, as {@code 中文表头（alias）}. */
    public List<String> columns() {
        return columns;
    }
}
