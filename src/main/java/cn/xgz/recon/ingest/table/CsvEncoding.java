package cn.xgz.recon.ingest.table;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Detects the encoding of a .csv as inputs.md orders it: a UTF-8 byte order mark, else UTF-8, else GB18030 (a
 * superset of GBK, what Excel on a Chinese Windows writes). A line whose bytes are invalid in the encoding chosen is a
 * damaged row, not a damaged file (inputs.md, "A damaged line is a bad row"): the encoding is the one in which fewer
 * lines are invalid, and the file is rejected whole only when it is not text (NUL bytes in the header line or in more
 * than a tenth of its first 100 lines, UTF-16) or when no encoding reads at least half of its non-ASCII lines.
 *
 * @param charset the encoding to read with
 * @param bomLength bytes of byte order mark to skip
 * @param clean every line is valid in {@code charset}, so lines need no strict decoding
 */
record CsvEncoding(Charset charset, int bomLength, boolean clean) {

    static final Charset GB18030 = Charset.forName("GB18030");
    /** Lines looked at to decide whether the file is text at all. */
    private static final int SAMPLE_LINES = 100;

    static CsvEncoding detect(Path file, String name, int maxLineBytes) {
        try (InputStream raw = Files.newInputStream(file)) {
            int bom = cleanUtf8Text(raw);
            if (bom >= 0) {
                return new CsvEncoding(StandardCharsets.UTF_8, bom, true);
            }
        } catch (IOException e) {
            throw new InputFileException(name, "读取文件出错", e);
        }
        Scan s;
        try (InputStream raw = Files.newInputStream(file)) {
            s = scan(new BufferedInputStream(raw, 1 << 16), maxLineBytes, null);
        } catch (IOException e) {
            throw new InputFileException(name, "读取文件出错", e);
        }
        if (s.utf16Bom) {
            throw new InputFileException(name, "文件是UTF-16编码（Excel“Unicode文本”），请另存为UTF-8或GBK编码的CSV");
        }
        // Text has no NUL bytes: one or two damaged rows are bad rows, NUL bytes throughout the first lines are a
        // binary file (an image, a zip) whatever its name says.
        if (s.nulInFirstLine || s.sampleNul * 2 > Math.max(1, s.sampled) || (s.sampleNul >= 3 && s.sampleNul * 10 > s.sampled)) {
            throw new InputFileException(name, "第" + s.firstNulLine + "行起含二进制数据（NUL字节或控制字符），不是文本CSV文件");
        }
        int bom = s.bom ? 3 : 0;
        if (s.bom || s.invalid == 0) {
            return new CsvEncoding(StandardCharsets.UTF_8, bom, s.invalid == 0);
        }
        Scan gb;
        try (InputStream raw = Files.newInputStream(file)) {
            gb = scan(new BufferedInputStream(raw, 1 << 16), maxLineBytes, GB18030);
        } catch (IOException e) {
            throw new InputFileException(name, "读取文件出错", e);
        }
        if (gb.invalid == 0) {
            return new CsvEncoding(GB18030, 0, true);
        }
        long best = Math.min(s.invalid, gb.invalid);
        if (best * 2 > s.nonAscii) {
            if (s.firstNulLine > 0) {
                throw new InputFileException(name, "第" + s.firstNulLine + "行起含二进制数据（NUL字节或控制字符），不是文本CSV文件");
            }
            throw new InputFileException(name, "文件编码无法识别：既不是有效的UTF-8，也不是有效的GB18030/GBK（可能同一文件混用了多种编码）");
        }
        return s.invalid <= gb.invalid ? new CsvEncoding(StandardCharsets.UTF_8, 0, false)
                : new CsvEncoding(GB18030, 0, false);
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /**
     * The common file in one cheap pass: valid UTF-8 throughout (the rules of {@link #validUtf8}) with no NUL byte and
     * no control character but tab and line breaks. Such a file is what the line scan below would find UTF-8 and
     * clean, without its per-line work (a tenth of ingest's CPU); anything else, or a UTF-16 mark, returns -1 and is
     * scanned line by line. A line break never sits inside a UTF-8 sequence, so a valid stream has only valid lines.
     *
     * @return the byte order mark's length (0 or 3), or -1 when the file needs the line scan
     */
    static int cleanUtf8Text(InputStream in) throws IOException {
        byte[] buf = new byte[1 << 16];
        int need = 0;
        int lo = 0x80;
        int hi = 0xBF;
        long offset = 0;
        int bom = 0;
        int n;
        while ((n = in.readNBytes(buf, 0, buf.length)) > 0) {
            int i = 0;
            if (offset == 0 && n >= 3 && (buf[0] & 0xFF) == 0xEF && (buf[1] & 0xFF) == 0xBB && (buf[2] & 0xFF) == 0xBF) {
                bom = 3;
                i = 3;
            }
            offset += n;
            while (i < n) {
                if (need > 0) {
                    int c = buf[i++] & 0xFF;
                    if (c < lo || c > hi) {
                        return -1;
                    }
                    lo = 0x80;
                    hi = 0xBF;
                    need--;
                    continue;
                }
                // Eight printable ASCII bytes at a time: a byte below 0x20 borrows into its high bit, one from 0x80 has it.
                while (i + 8 <= n) {
                    long w = (long) LONGS.get(buf, i);
                    if (((w | (w - 0x2020202020202020L)) & 0x8080808080808080L) != 0) {
                        break;
                    }
                    i += 8;
                }
                if (i == n) {
                    break;
                }
                int u = buf[i++] & 0xFF;
                if (u < 0x80) {
                    if (u < 0x20 && u != '\t' && u != '\n' && u != '\r') {
                        return -1;
                    }
                    continue;
                }
                int lead = lead(u);
                if (lead < 0) {
                    return -1;
                }
                need = lead & 0xFF;
                lo = (lead >>> 8) & 0xFF;
                hi = lead >>> 16;
            }
        }
        return need == 0 ? bom : -1;
    }

    /** What one pass over the lines found; {@code strict} null validates UTF-8 (fast), else decodes with it. */
    private static final class Scan {
        boolean bom;
        boolean utf16Bom;
        boolean nulInFirstLine;
        long firstNulLine;
        int sampled;
        int sampleNul;
        long nonAscii;
        long invalid;
    }

    private static Scan scan(InputStream in, int maxLineBytes, Charset strict) throws IOException {
        Scan s = new Scan();
        in.mark(4);
        int b0 = in.read();
        int b1 = in.read();
        int b2 = in.read();
        if ((b0 == 0xFF && b1 == 0xFE) || (b0 == 0xFE && b1 == 0xFF)) {
            s.utf16Bom = true;
            return s;
        }
        s.bom = b0 == 0xEF && b1 == 0xBB && b2 == 0xBF;
        in.reset();
        if (s.bom) {
            in.skipNBytes(3);
        }
        CharsetDecoder decoder = strict == null ? null : strictDecoder(strict);
        CharBuffer chars = CharBuffer.allocate(256);
        boolean seenText = false;
        try (CsvLines lines = new CsvLines(in, maxLineBytes)) {
            while (lines.next()) {
                boolean empty = lines.length() == 0 || lines.blank();
                if (lines.binaryLooking() && !lines.hasNul() && s.firstNulLine == 0 && s.sampled < SAMPLE_LINES) {
                    s.firstNulLine = lines.number();
                }
                if (lines.hasNul()) {
                    if (s.firstNulLine == 0) {
                        s.firstNulLine = lines.number();
                    }
                    if (!seenText) {
                        s.nulInFirstLine = true;
                    }
                }
                if (s.sampled < SAMPLE_LINES && !empty) {
                    s.sampled++;
                    if (lines.binaryLooking()) {
                        s.sampleNul++;
                    }
                }
                seenText |= !empty;
                if (lines.tooLong() || !hasNonAscii(lines.bytes(), lines.length())) {
                    continue;
                }
                s.nonAscii++;
                boolean ok = decoder == null ? validUtf8(lines.bytes(), lines.length())
                        : decodes(decoder, lines.bytes(), lines.length(), chars);
                if (!ok) {
                    s.invalid++;
                }
            }
        }
        return s;
    }

    static CharsetDecoder strictDecoder(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static boolean decodes(CharsetDecoder decoder, byte[] bytes, int length, CharBuffer chars) {
        decoder.reset();
        ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
        while (true) {
            chars.clear();
            var r = decoder.decode(in, chars, true);
            if (r.isError()) {
                return false;
            }
            if (r.isUnderflow()) {
                chars.clear();
                return !decoder.flush(chars).isError();
            }
        }
    }

    private static boolean hasNonAscii(byte[] b, int length) {
        for (int i = 0; i < length; i++) {
            if (b[i] < 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * A strict UTF-8 lead byte (0x80 and above): the continuation bytes it needs, and the range its first continuation
     * byte must be in (which rules out overlongs, surrogates and code points above U+10FFFF), packed as
     * {@code need | lo << 8 | hi << 16}; -1 when no sequence starts with it.
     */
    private static int lead(int u) {
        if (u >= 0xC2 && u <= 0xDF) {
            return 1 | 0x80 << 8 | 0xBF << 16;
        } else if (u == 0xE0) {
            return 2 | 0xA0 << 8 | 0xBF << 16;
        } else if ((u >= 0xE1 && u <= 0xEC) || u == 0xEE || u == 0xEF) {
            return 2 | 0x80 << 8 | 0xBF << 16;
        } else if (u == 0xED) {
            return 2 | 0x80 << 8 | 0x9F << 16;
        } else if (u == 0xF0) {
            return 3 | 0x90 << 8 | 0xBF << 16;
        } else if (u >= 0xF1 && u <= 0xF3) {
            return 3 | 0x80 << 8 | 0xBF << 16;
        } else if (u == 0xF4) {
            return 3 | 0x80 << 8 | 0x8F << 16;
        }
        return -1;
    }

    /** Strict UTF-8: no overlongs, surrogates or code points above U+10FFFF, no sequence cut at the line's end. */
    static boolean validUtf8(byte[] b, int length) {
        int i = 0;
        while (i < length) {
            int u = b[i] & 0xFF;
            if (u < 0x80) {
                i++;
                continue;
            }
            int lead = lead(u);
            if (lead < 0) {
                return false;
            }
            int need = lead & 0xFF;
            int lo = (lead >>> 8) & 0xFF;
            int hi = lead >>> 16;
            if (i + need >= length) {
                return false;
            }
            int c = b[i + 1] & 0xFF;
            if (c < lo || c > hi) {
                return false;
            }
            for (int k = 2; k <= need; k++) {
                int d = b[i + k] & 0xFF;
                if (d < 0x80 || d > 0xBF) {
                    return false;
                }
            }
            i += need + 1;
        }
        return true;
    }
}
