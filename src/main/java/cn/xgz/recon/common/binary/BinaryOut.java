package cn.xgz.recon.common.binary;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/** Compact binary writing of nullable values, for staging files and finding snapshots. */
public final class BinaryOut implements AutoCloseable {

    private static final int NULL = -1;

    private final DataOutputStream out;

    public BinaryOut(OutputStream out) {
        this.out = out instanceof DataOutputStream d ? d : new DataOutputStream(out);
    }

    public void string(String s) throws IOException {
        if (s == null) {
            out.writeInt(NULL);
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    public void strings(List<String> list) throws IOException {
        out.writeInt(list.size());
        for (String s : list) {
            string(s);
        }
    }

    public void date(LocalDate d) throws IOException {
        out.writeLong(d == null ? Long.MIN_VALUE : d.toEpochDay());
    }

    public void integer(Integer i) throws IOException {
        out.writeBoolean(i != null);
        if (i != null) {
            out.writeInt(i);
        }
    }

    public void bool(Boolean b) throws IOException {
        out.writeByte(b == null ? 2 : b ? 1 : 0);
    }

    public void intValue(int i) throws IOException {
        out.writeInt(i);
    }

    public void longValue(long l) throws IOException {
        out.writeLong(l);
    }

    public void doubleValue(double d) throws IOException {
        out.writeDouble(d);
    }

    /** An enum constant by ordinal, null as -1. */
    public void enumValue(Enum<?> e) throws IOException {
        out.writeByte(e == null ? NULL : e.ordinal());
    }

    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
