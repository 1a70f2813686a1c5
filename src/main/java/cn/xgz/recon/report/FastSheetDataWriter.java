package cn.xgz.recon.report;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * POI's sheet writer with a plain UTF-8 writer under it: POI writes the sheet XML a character at a time, and
 * through a synchronised BufferedWriter and a charset encoder that was about half of the workbook step.
 */
final class FastSheetDataWriter extends SheetDataWriter {

    FastSheetDataWriter(SharedStringsTable strings) throws IOException {
        super(strings);
    }

    @Override
    public Writer createWriter(File fd) throws IOException {
        return new Utf8Writer(new FileOutputStream(fd));
    }

    /** An unsynchronised writer that encodes UTF-8 straight into its own buffer. */
    static final class Utf8Writer extends Writer {

        private static final int SIZE = 1 << 16;

        private final OutputStream out;
        private final byte[] buf = new byte[SIZE];
        private int pos;
        private char highSurrogate;

        Utf8Writer(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int c) throws IOException {
            if (SIZE - pos < 4) {
                drain();
            }
            put((char) c);
        }

        @Override
        public void write(char[] cs, int off, int len) throws IOException {
            for (int i = off; i < off + len; i++) {
                if (SIZE - pos < 4) {
                    drain();
                }
                put(cs[i]);
            }
        }

        @Override
        public void write(String s, int off, int len) throws IOException {
            for (int i = off; i < off + len; i++) {
                if (SIZE - pos < 4) {
                    drain();
                }
                put(s.charAt(i));
            }
        }

        @Override
        public void write(String s) throws IOException {
            write(s, 0, s.length());
        }

        private void put(char c) {
            byte[] b = buf;
            if (highSurrogate != 0) {
                char hi = highSurrogate;
                highSurrogate = 0;
                if (Character.isLowSurrogate(c)) {
                    int cp = Character.toCodePoint(hi, c);
                    b[pos++] = (byte) (0xF0 | cp >> 18);
                    b[pos++] = (byte) (0x80 | cp >> 12 & 0x3F);
                    b[pos++] = (byte) (0x80 | cp >> 6 & 0x3F);
                    b[pos++] = (byte) (0x80 | cp & 0x3F);
                    return;
                }
                // An unpaired surrogate becomes '?', as the JDK's encoder does; with c that is at most 4 bytes.
                b[pos++] = '?';
            }
            if (c < 0x80) {
                b[pos++] = (byte) c;
            } else if (c < 0x800) {
                b[pos++] = (byte) (0xC0 | c >> 6);
                b[pos++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c)) {
                highSurrogate = c;
            } else if (Character.isLowSurrogate(c)) {
                b[pos++] = '?';
            } else {
                b[pos++] = (byte) (0xE0 | c >> 12);
                b[pos++] = (byte) (0x80 | c >> 6 & 0x3F);
                b[pos++] = (byte) (0x80 | c & 0x3F);
            }
        }

        private void drain() throws IOException {
            out.write(buf, 0, pos);
            pos = 0;
        }

        @Override
        public void flush() throws IOException {
            drain();
            out.flush();
        }

        @Override
        public void close() throws IOException {
            if (highSurrogate != 0) {
                highSurrogate = 0;
                if (SIZE - pos < 4) {
                    drain();
                }
                buf[pos++] = '?';
            }
            drain();
            out.close();
        }
    }
}
