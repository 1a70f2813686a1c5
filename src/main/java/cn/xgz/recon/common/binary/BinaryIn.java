package cn.xgz.recon.common.binary;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Reads what {@link BinaryOut} wrote. */
public final class BinaryIn implements AutoCloseable {

    private final DataInputStream in;

    public BinaryIn(InputStream in) {
        this.in = in instanceof DataInputStream d ? d : new DataInputStream(in);
    }

    public String string() throws IOException {
        int n = in.readInt();
        if (n < 0) {
            return null;
        }
        byte[] b = in.readNBytes(n);
        if (b.length != n) {
            throw new EOFException();
        }
        return new String(b, StandardCharsets.UTF_8);
    }

    /** Passes over a string without making it. */
    public void skipString() throws IOException {
        int n = in.readInt();
        if (n > 0) {
            in.skipNBytes(n);
        }
    }

    public List<String> strings() throws IOException {
        int n = in.readInt();
        List<String> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add(string());
        }
        return List.copyOf(list);
    }

    public LocalDate date() throws IOException {
        long v = in.readLong();
        return v == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(v);
    }

    public Integer integer() throws IOException {
        return in.readBoolean() ? in.readInt() : null;
    }

    public Boolean bool() throws IOException {
        byte b = in.readByte();
        return b == 2 ? null : b == 1;
    }

    public int intValue() throws IOException {
        return in.readInt();
    }

    /** Passes over a {@link BinaryOut#longValue} or {@link BinaryOut#date}. */
    public void skipLong() throws IOException {
        in.skipNBytes(8);
    }

    public long longValue() throws IOException {
        return in.readLong();
    }

    public double doubleValue() throws IOException {
        return in.readDouble();
    }

    /** Passes over a {@link BinaryOut#integer}. */
    public void skipInteger() throws IOException {
        if (in.readBoolean()) {
            in.skipNBytes(4);
        }
    }

    /** Passes over a {@link BinaryOut#enumValue}. */
    public void skipEnum() throws IOException {
        in.readByte();
    }

    public <E extends Enum<E>> E enumValue(Class<E> type) throws IOException {
        byte b = in.readByte();
        return b < 0 ? null : constants(type)[b];
    }

    private static final ClassValue<Object[]> CONSTANTS = new ClassValue<>() {
        @Override
        protected Object[] computeValue(Class<?> type) {
            return type.getEnumConstants();
        }
    };

    /** The enum's constants without the copy {@code getEnumConstants()} makes on every call. */
    @SuppressWarnings("unchecked")
    private static <E extends Enum<E>> E[] constants(Class<E> type) {
        return (E[]) CONSTANTS.get(type);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
