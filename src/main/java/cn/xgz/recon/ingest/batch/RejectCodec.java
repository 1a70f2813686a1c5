package cn.xgz.recon.ingest.batch;

import cn.xgz.recon.common.binary.BinaryIn;
import cn.xgz.recon.common.binary.BinaryOut;
import cn.xgz.recon.ingest.Reject;
import cn.xgz.recon.source.Source;
import java.io.IOException;

/** Staging codec of rejected rows. */
final class RejectCodec implements RecordCodec<Reject> {

    static final RejectCodec INSTANCE = new RejectCodec();

    @Override
    public void write(BinaryOut o, Reject r) throws IOException {
        o.enumValue(r.source());
        o.string(r.file());
        o.intValue(r.row());
        o.string(r.column());
        o.string(r.reason());
        o.string(r.value());
    }

    @Override
    public Reject read(BinaryIn i) throws IOException {
        return new Reject(i.enumValue(Source.class), i.string(), i.intValue(), i.string(), i.string(), i.string());
    }
}
