package cn.xgz.recon.source;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A column of 统一社会信用代码: 18 Latin-1 bytes per row in one array. A value that is not 18 Latin-1 characters (or
 * null) is kept as a String beside it: ingest admits only valid codes, so that map stays empty in a run.
 */
public final class UsccColumn {

    static final int WIDTH = 18;
    private static final byte OTHER = 0; // first byte of a row kept in {@link #others}; no valid code starts with NUL

    private byte[] bytes;
    private int size;
    private final Map<Integer, String> others = new HashMap<>();

    UsccColumn(int capacity) {
        bytes = new byte[Math.max(1, capacity) * WIDTH];
    }

    int size() {
        return size;
    }

    void add(String uscc) {
        if (size * WIDTH == bytes.length) {
            bytes = Arrays.copyOf(bytes, Columns.grown(size) * WIDTH);
        }
        int at = size * WIDTH;
        if (fits(uscc)) {
            for (int k = 0; k < WIDTH; k++) {
                bytes[at + k] = (byte) uscc.charAt(k);
            }
        } else {
            bytes[at] = OTHER;
            others.put(size, uscc);
        }
        size++;
    }

    private static boolean fits(String s) {
        if (s == null || s.length() != WIDTH) {
            return false;
        }
        for (int k = 0; k < WIDTH; k++) {
            char c = s.charAt(k);
            if (c == 0 || c > 0xFF) {
                return false;
            }
        }
        return true;
    }

    long heapBytes() {
        return bytes.length + others.size() * 96L;
    }

    void trim() {
        bytes = Arrays.copyOf(bytes, size * WIDTH);
    }

    public String get(int row) {
        int at = row * WIDTH;
        return bytes[at] == OTHER ? others.get(row) : new String(bytes, at, WIDTH, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    public boolean isNull(int row) {
        return bytes[row * WIDTH] == OTHER && others.get(row) == null;
    }

    /** The value's {@link String#hashCode()}, computed without making the String; 0 for null. */
    public int hash(int row) {
        int at = row * WIDTH;
        if (bytes[at] == OTHER) {
            String s = others.get(row);
            return s == null ? 0 : s.hashCode();
        }
        int h = 0;
        for (int k = at; k < at + WIDTH; k++) {
            h = 31 * h + (bytes[k] & 0xFF);
        }
        return h;
    }

    /** Whether row {@code row} holds {@code key} (false for a null key). */
    public boolean matches(int row, String key) {
        int at = row * WIDTH;
        if (bytes[at] == OTHER) {
            return key != null && key.equals(others.get(row));
        }
        if (key == null || key.length() != WIDTH) {
            return false;
        }
        for (int k = 0; k < WIDTH; k++) {
            if ((bytes[at + k] & 0xFF) != key.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Whether row {@code row} holds the same value as row {@code otherRow} of {@code other}. */
    public boolean matches(int row, UsccColumn other, int otherRow) {
        int at = row * WIDTH;
        int ot = otherRow * WIDTH;
        if (bytes[at] == OTHER || other.bytes[ot] == OTHER) {
            String key = other.get(otherRow);
            return key != null && matches(row, key);
        }
        return Arrays.equals(bytes, at, at + WIDTH, other.bytes, ot, ot + WIDTH);
    }
}
