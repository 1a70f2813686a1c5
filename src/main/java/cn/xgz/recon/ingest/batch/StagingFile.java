package cn.xgz.recon.ingest.batch;

import cn.xgz.recon.common.binary.BinaryIn;
import cn.xgz.recon.common.binary.BinaryOut;
import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import cn.xgz.recon.common.OwnerOnly;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * An append-only file of staged records. Its committed length is saved in the step's execution context at
 * every chunk; a restarted step truncates the file back to that length, so a chunk that was written but not
 * committed is written again exactly once.
 */
final class StagingFile<T> implements AutoCloseable {

    private final Path path;
    private final RecordCodec<T> codec;
    private FileChannel channel;
    private CountingOutputStream counter;
    private BinaryOut out;

    StagingFile(Path path, RecordCodec<T> codec) {
        this.path = path;
        this.codec = codec;
    }

    /** Opens for appending after {@code committedLength} bytes, dropping anything written beyond them. */
    void openAt(long committedLength) throws IOException {
        // Loaded rows hold ID numbers and full names: owner-only at rest (0700 folder, 0600 file).
        OwnerOnly.directory(path.getParent());
        channel = FileChannel.open(path, java.util.Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                OwnerOnly.fileAttributes());
        OwnerOnly.file(path);
        if (channel.size() > committedLength) {
            channel.truncate(committedLength);
        }
        channel.position(committedLength);
        counter = new CountingOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16),
                committedLength);
        out = new BinaryOut(counter);
    }

    void append(T value) throws IOException {
        codec.write(out, value);
    }

    /** Flushes and returns the length to record as committed. */
    long flush() throws IOException {
        out.flush();
        return counter.count;
    }

    /** Reads back the first {@code length} bytes' records. */
    static <T> void forEach(Path path, RecordReader<T> reader, long length, Consumer<T> action) throws IOException {
        if (length == 0 || !Files.exists(path)) {
            return;
        }
        try (InputStream raw = Files.newInputStream(path);
                CountingInputStream counted = new CountingInputStream(raw, 1 << 16);
                BinaryIn in = new BinaryIn(counted)) {
            while (counted.count < length) {
                try {
                    action.accept(reader.read(in));
                } catch (EOFException e) {
                    throw new IOException("暂存文件不完整：" + path.getFileName(), e);
                }
            }
        }
    }

    static <T> List<T> readAll(Path path, RecordCodec<T> codec, long length) throws IOException {
        List<T> list = new ArrayList<>();
        forEach(path, codec, length, list::add);
        return list;
    }

    @Override
    public void close() throws IOException {
        if (out != null) {
            out.close();
        }
        if (channel != null && channel.isOpen()) {
            channel.close();
        }
    }

    private static final class CountingOutputStream extends java.io.FilterOutputStream {
        long count;

        CountingOutputStream(OutputStream out, long start) {
            super(out);
            this.count = start;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }

    /**
     * A buffered stream that counts the bytes its reader consumed. It buffers itself, unlike a count over a
     * {@link java.io.BufferedInputStream}: {@link java.io.DataInputStream} reads every int and length byte by byte,
     * and the synchronised single-byte read of a BufferedInputStream was half the time of reading a million staged
     * registrations back.
     */
    static final class CountingInputStream extends InputStream {
        private final InputStream in;
        private final byte[] buf;
        private int pos;
        private int limit;
        long count;

        CountingInputStream(InputStream in, int bufferSize) {
            this.in = in;
            this.buf = new byte[bufferSize];
        }

        /** Refills an exhausted buffer; false at the end of the stream. */
        private boolean fill() throws IOException {
            int n = in.read(buf, 0, buf.length);
            pos = 0;
            limit = Math.max(n, 0);
            return n > 0;
        }

        @Override
        public int read() throws IOException {
            if (pos == limit && !fill()) {
                return -1;
            }
            count++;
            return buf[pos++] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (pos == limit) {
                if (len >= buf.length) {
                    int n = in.read(b, off, len);
                    if (n > 0) {
                        count += n;
                    }
                    return n;
                }
                if (!fill()) {
                    return -1;
                }
            }
            int n = Math.min(len, limit - pos);
            System.arraycopy(buf, pos, b, off, n);
            pos += n;
            count += n;
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            if (n <= 0) {
                return 0;
            }
            if (pos == limit && !fill()) {
                return 0;
            }
            int k = (int) Math.min(n, limit - pos);
            pos += k;
            count += k;
            return k;
        }

        @Override
        public int available() throws IOException {
            return limit - pos + in.available();
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
