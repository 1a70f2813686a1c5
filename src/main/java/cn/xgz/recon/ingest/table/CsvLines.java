package cn.xgz.recon.ingest.table;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The physical lines of a file as bytes, split at {@code \n}, {@code \r\n} or a lone {@code \r} (as an editor counts
 * them), with what makes a line damaged found on the way: a line longer than the limit is not kept (only counted), a
 * NUL byte is flagged. Memory is bounded by the line limit whatever the file holds. The current line's bytes are valid
 * until the next call.
 */
final class CsvLines implements Closeable {

    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int end;
    private boolean eof;
    private boolean pendingLf;

    private byte[] line = new byte[256];
    private int length;
    private int number;
    private boolean tooLong;
    private boolean nul;
    private boolean control;
    private boolean blank;

    CsvLines(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** Moves to the next line; false at the end of the file. */
    boolean next() throws IOException {
        length = 0;
        tooLong = false;
        nul = false;
        control = false;
        blank = true;
        boolean any = false;
        while (true) {
            if (pos == end) {
                if (eof || !fill()) {
                    if (any) {
                        number++;
                        return true;
                    }
                    return false;
                }
            }
            byte b = buf[pos++];
            if (pendingLf) {
                pendingLf = false;
                if (b == '\n') {
                    continue;
                }
            }
            if (b == '\n' || b == '\r') {
                pendingLf = b == '\r';
                number++;
                return true;
            }
            any = true;
            if (b == 0) {
                nul = true;
            } else if (b > 0 && b < ' ' && b != '\t') {
                control = true;
                blank = false;
            } else if (b != ' ' && b != '\t' && b != ',') {
                blank = false;
            }
            if (tooLong) {
                continue;
            }
            if (length == maxLineBytes) {
                tooLong = true;
                continue;
            }
            if (length == line.length) {
                line = Arrays.copyOf(line, Math.min(maxLineBytes, line.length * 2));
            }
            line[length++] = b;
        }
    }

    private boolean fill() throws IOException {
        int n = in.read(buf);
        if (n <= 0) {
            eof = true;
            return false;
        }
        pos = 0;
        end = n;
        return true;
    }

    /** The 1-based number of the current line. */
    int number() {
        return number;
    }

    byte[] bytes() {
        return line;
    }

    /** Bytes kept of the current line (all of them unless {@link #tooLong()}). */
    int length() {
        return length;
    }

    boolean tooLong() {
        return tooLong;
    }

    boolean hasNul() {
        return nul;
    }

    /** A NUL byte or another control character than tab: what binary data has and text has not. */
    boolean binaryLooking() {
        return nul || control;
    }

    /** Only spaces, tabs and commas: a blank row, not counted. */
    boolean blank() {
        return blank && !nul;
    }

    int maxLineBytes() {
        return maxLineBytes;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
