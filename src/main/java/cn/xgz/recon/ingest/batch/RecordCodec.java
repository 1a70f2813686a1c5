package cn.xgz.recon.ingest.batch;

import cn.xgz.recon.common.binary.BinaryOut;
import java.io.IOException;

/** How one kind of loaded row is written to and read from a staging file. */
interface RecordCodec<T> extends RecordReader<T> {

    void write(BinaryOut out, T value) throws IOException;
}
