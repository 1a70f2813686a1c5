package cn.xgz.recon.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;

/**
 * Writes an .xlsx package in the zip layout SXSSF writes by default (its "opczip" layout, which Excel opens): every
 * entry deflated, a local header without sizes, a data descriptor with 64-bit sizes after the data, and a central
 * directory with a ZIP64 extra field only for an entry over 4 GB. Unlike SXSSF's writer it also takes an entry's
 * content already deflated ({@link #raw}), which is what lets a sheet's rows be deflated once, as they are written.
 */
final class OpcZip {

    private static final int LOCAL = 0x04034b50;
    private static final int DESCRIPTOR = 0x08074b50;
    private static final int CENTRAL = 0x02014b50;
    private static final int END = 0x06054b50;
    private static final int VERSION_20 = 20;
    private static final int VERSION_45 = 45;
    private static final int FLAG_DESCRIPTOR = 0x08;
    private static final long MAX32 = 0xFFFFFFFFL;

    private record Entry(byte[] name, long offset, long crc, long size, long compressedSize) {}

    private final OutputStream out;
    private final List<Entry> entries = new ArrayList<>();
    private final byte[] buf = new byte[1 << 16];
    private long written;

    OpcZip(OutputStream out) {
        this.out = new BufferedOutputStream(out, 1 << 16);
    }

    /** An entry of {@code in}'s bytes, deflated at the fastest level. */
    void deflated(String name, InputStream in) throws IOException {
        byte[] n = name.getBytes(StandardCharsets.UTF_8);
        long offset = written;
        localHeader(n);
        Deflater d = new Deflater(Deflater.BEST_SPEED, true);
        CRC32 crc = new CRC32();
        long size = 0;
        long compressed = 0;
        try {
            byte[] input = new byte[1 << 16];
            for (int r; (r = in.read(input)) >= 0; ) {
                crc.update(input, 0, r);
                size += r;
                d.setInput(input, 0, r);
                while (!d.needsInput()) {
                    compressed += put(d.deflate(buf));
                }
            }
            d.finish();
            while (!d.finished()) {
                compressed += put(d.deflate(buf));
            }
        } finally {
            d.end();
        }
        descriptor(new Entry(n, offset, crc.getValue(), size, compressed));
    }

    /** An entry whose content {@code deflated} holds as one raw deflate stream, of the given CRC and sizes. */
    void raw(String name, long crc, long size, long compressedSize, InputStream deflated) throws IOException {
        byte[] n = name.getBytes(StandardCharsets.UTF_8);
        long offset = written;
        localHeader(n);
        long copied = 0;
        for (int r; (r = deflated.read(buf)) >= 0; ) {
            copied += put(r);
        }
        if (copied != compressedSize) {
            throw new IOException("压缩数据长度不符: " + name + " " + copied + " != " + compressedSize);
        }
        descriptor(new Entry(n, offset, crc, size, compressedSize));
    }

    /** The central directory and its end; flushes, but leaves the stream open. */
    void finish() throws IOException {
        long start = written;
        for (Entry e : entries) {
            boolean zip64 = e.size > MAX32;
            int32(CENTRAL);
            int16(VERSION_45); // made by
            int16(zip64 ? VERSION_45 : VERSION_20); // needed to extract
            int16(FLAG_DESCRIPTOR);
            int16(ZipEntry.DEFLATED);
            int32(0); // time and date
            int32(e.crc);
            int32(max32(e.compressedSize));
            int32(zip64 ? MAX32 : e.size);
            int16(e.name.length);
            int16(zip64 ? 12 : 0); // extra field length
            int16(0); // comment length
            int16(0); // disk
            int16(0); // internal attributes
            int32(0); // external attributes
            int32(max32(e.offset));
            bytes(e.name);
            if (zip64) {
                int16(0x0001); // ZIP64 extended information
                int16(8);
                int64(e.size);
            }
        }
        long length = written - start;
        int32(END);
        int16(0); // this disk
        int16(0); // the directory's disk
        int16(entries.size());
        int16(entries.size());
        int32(max32(length));
        int32(max32(start));
        int16(0); // comment length
        out.flush();
    }

    private void localHeader(byte[] name) throws IOException {
        int32(LOCAL);
        int16(VERSION_45);
        int16(FLAG_DESCRIPTOR);
        int16(ZipEntry.DEFLATED);
        int32(0); // time and date
        int32(0); // CRC: in the data descriptor
        int32(0); // compressed size: likewise
        int32(0); // size: likewise
        int16(name.length);
        int16(0); // extra field length
        bytes(name);
    }

    private void descriptor(Entry e) throws IOException {
        int32(DESCRIPTOR);
        int32(e.crc);
        int64(e.compressedSize);
        int64(e.size);
        entries.add(e);
    }

    private int put(int n) throws IOException {
        out.write(buf, 0, n);
        written += n;
        return n;
    }

    /** The layout has 32-bit compressed sizes and offsets; a package that big is far past what a workbook holds. */
    private static long max32(long v) throws IOException {
        if (v > MAX32) {
            throw new IOException("工作簿超过 4 GB");
        }
        return v;
    }

    private void bytes(byte[] b) throws IOException {
        out.write(b);
        written += b.length;
    }

    private void int16(int v) throws IOException {
        out.write(v & 0xff);
        out.write(v >>> 8 & 0xff);
        written += 2;
    }

    private void int32(long v) throws IOException {
        int16((int) (v & 0xffff));
        int16((int) (v >>> 16 & 0xffff));
    }

    private void int64(long v) throws IOException {
        int32(v & MAX32);
        int32(v >>> 32);
    }
}
