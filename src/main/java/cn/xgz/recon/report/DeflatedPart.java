package cn.xgz.recon.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A piece of a zip entry's content, deflated (raw, at the fastest level) as it is written, with the CRC and length
 * of what went in. It ends with a sync flush rather than a final block, so pieces deflated separately, each by its own
 * deflater, join into one valid deflate stream when the last piece is {@linkplain #deflate finished}: a piece's
 * back-references never reach before its own start.
 *
 * <p>SXSSF keeps each sheet's rows in a temporary file until the package is written; deflating them on the way in
 * writes and reads a tenth of the bytes and deflates each byte once, where plain XML was written, read back and only
 * then deflated into the .xlsx.
 */
final class DeflatedPart extends OutputStream {

    private final OutputStream out;
    private final Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
    private final CRC32 crc = new CRC32();
    private final byte[] buf = new byte[1 << 16];
    private long size;
    private long compressedSize;
    private boolean closed;

    DeflatedPart(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return;
        }
        if (closed) {
            throw new IOException("已关闭");
        }
        crc.update(b, off, len);
        size += len;
        deflater.setInput(b, off, len);
        while (!deflater.needsInput()) {
            deflate(Deflater.NO_FLUSH);
        }
    }

    private int deflate(int flush) throws IOException {
        int n = deflater.deflate(buf, 0, buf.length, flush);
        if (n > 0) {
            out.write(buf, 0, n);
            compressedSize += n;
        }
        return n;
    }

    /** Ends the piece byte-aligned without a final block (a sync flush) and closes the stream under it. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            // A full buffer means the flush may not be complete (Deflater's contract).
            while (deflate(Deflater.SYNC_FLUSH) == buf.length) {
                continue;
            }
        } finally {
            deflater.end();
            out.close();
        }
    }

    /** CRC-32 of the bytes written. */
    long crc() {
        return crc.getValue();
    }

    /** Bytes written (before deflating). */
    long size() {
        return size;
    }

    /** Bytes deflated, once closed. */
    long compressedSize() {
        return compressedSize;
    }

    /** {@code bytes} deflated on their own: ending with a sync flush, or, for the last piece, a final block. */
    static byte[] deflate(byte[] bytes, boolean last) {
        Deflater d = new Deflater(Deflater.BEST_SPEED, true);
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4 + 64);
            byte[] b = new byte[8192];
            d.setInput(bytes);
            if (last) {
                d.finish();
                while (!d.finished()) {
                    out.write(b, 0, d.deflate(b));
                }
            } else {
                int n;
                do {
                    n = d.deflate(b, 0, b.length, Deflater.SYNC_FLUSH);
                    out.write(b, 0, n);
                } while (n == b.length);
            }
            return out.toByteArray();
        } finally {
            d.end();
        }
    }

    /**
     * The CRC-32 of A followed by B from A's CRC, B's CRC and B's length (zlib's crc32_combine): appending n zero
     * bytes to A is a linear map of its CRC, applied as the product of the maps for the powers of two that sum to n.
     */
    static long combine(long crcA, long crcB, long lengthB) {
        long crc = crcA;
        for (int k = 0; lengthB >> k != 0; k++) {
            if ((lengthB >> k & 1) != 0) {
                crc = times(ZEROS[k], crc);
            }
        }
        return crc ^ crcB;
    }

    /** ZEROS[k]: the 32×32 bit matrix that appends 2^k zero bytes to a CRC-32. */
    private static final long[][] ZEROS = new long[63][];

    static {
        long[] op = new long[32];
        op[0] = 0xEDB88320L; // the CRC-32 polynomial: one zero bit
        for (int n = 1; n < 32; n++) {
            op[n] = 1L << (n - 1);
        }
        for (int i = 0; i < 3; i++) { // 2, 4, then 8 zero bits
            op = square(op);
        }
        ZEROS[0] = op;
        for (int k = 1; k < ZEROS.length; k++) {
            ZEROS[k] = square(ZEROS[k - 1]);
        }
    }

    private static long times(long[] matrix, long vector) {
        long sum = 0;
        for (int i = 0; vector != 0; i++, vector >>>= 1) {
            if ((vector & 1) != 0) {
                sum ^= matrix[i];
            }
        }
        return sum;
    }

    private static long[] square(long[] matrix) {
        long[] square = new long[32];
        for (int n = 0; n < 32; n++) {
            square[n] = times(matrix, matrix[n]);
        }
        return square;
    }
}
