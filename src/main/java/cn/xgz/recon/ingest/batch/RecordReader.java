package cn.xgz.recon.ingest.batch;

import cn.xgz.recon.common.binary.BinaryIn;
import java.io.IOException;

/** Reads one record of a staging file: the whole row, or (a partial reader) only the fields a caller needs. */
@FunctionalInterface
interface RecordReader<T> {

    T read(BinaryIn in) throws IOException;
}
