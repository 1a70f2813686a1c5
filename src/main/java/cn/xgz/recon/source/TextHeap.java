package cn.xgz.recon.source;

import java.util.Arrays;
import java.util.BitSet;

/**
 * A column of free text (names, addresses): the characters of every value end to end in fixed-size char[] chunks, and
 * per row the offset where its value starts; a value ends where the next one starts, and may run over a chunk
 * boundary. UTF-16 rather than UTF-8 because the text is mostly Chinese (2 bytes a character, not 3). Null is a bit.
 */
final class TextHeap {

    static final int DEFAULT_CHUNK_BITS = 16; // 64K chars, 128 KB a chunk

    private final int chunkBits;
    private final int chunkMask;
    private char[][] chunks = new char[4][];
    private int[] starts; // starts[row], and starts[size] = end of the last value
    private final BitSet nulls = new BitSet();
    private int size;
    private long length; // characters held

    TextHeap(int capacity, int chunkBits) {
        this.chunkBits = chunkBits;
        this.chunkMask = (1 << chunkBits) - 1;
        this.starts = new int[Math.max(1, capacity) + 1];
    }

    void add(String value) {
        if (size + 1 == starts.length) {
            starts = Arrays.copyOf(starts, Columns.grown(size) + 1);
        }
        if (value == null) {
            nulls.set(size);
        } else {
            if (length + value.length() > Integer.MAX_VALUE) {
                throw new IllegalStateException("文本列超过 2^31 个字符");
            }
            int from = 0;
            while (from < value.length()) {
                int chunk = (int) (length >>> chunkBits);
                int at = (int) (length & chunkMask);
                char[] c = chunk(chunk);
                int n = Math.min(value.length() - from, c.length - at);
                value.getChars(from, from + n, c, at);
                from += n;
                length += n;
            }
        }
        starts[++size] = (int) length;
    }

    private char[] chunk(int i) {
        if (i == chunks.length) {
            chunks = Arrays.copyOf(chunks, i * 2);
        }
        if (chunks[i] == null) {
            chunks[i] = new char[1 << chunkBits];
        } else if (chunks[i].length < 1 << chunkBits) {
            chunks[i] = Arrays.copyOf(chunks[i], 1 << chunkBits); // trimmed, then added to
        }
        return chunks[i];
    }

    String get(int row) {
        if (nulls.get(row)) {
            return null;
        }
        int from = starts[row];
        int len = starts[row + 1] - from;
        if (len == 0) {
            return "";
        }
        int at = from & chunkMask;
        char[] first = chunks[from >>> chunkBits];
        if (at + len <= first.length) {
            return new String(first, at, len);
        }
        char[] out = new char[len];
        int done = 0;
        while (done < len) {
            int pos = from + done;
            char[] c = chunks[pos >>> chunkBits];
            int off = pos & chunkMask;
            int n = Math.min(len - done, c.length - off);
            System.arraycopy(c, off, out, done, n);
            done += n;
        }
        return new String(out);
    }

    long heapBytes() {
        long b = 4L * starts.length + nulls.size() / 8;
        for (char[] c : chunks) {
            b += c == null ? 0 : 2L * c.length;
        }
        return b;
    }

    boolean isNull(int row) {
        return nulls.get(row);
    }

    /** Drops the spare room of the offsets and of the last chunk. */
    void trim() {
        starts = Arrays.copyOf(starts, size + 1);
        int used = (int) ((length + chunkMask) >>> chunkBits);
        chunks = Arrays.copyOf(chunks, Math.max(used, 1));
        if (used > 0) {
            int last = (int) (length - ((long) (used - 1) << chunkBits));
            chunks[used - 1] = Arrays.copyOf(chunks[used - 1], last);
        }
    }
}
