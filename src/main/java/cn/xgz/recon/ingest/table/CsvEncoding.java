package cn.xgz.recon.ingest.table;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Detects the encoding of a .csv as inputs.md orders it: a UTF-8 byte order mark, else valid UTF-8, else valid
 * GB18030 (a superset of GBK, what Excel on a Chinese Windows writes), else the file is rejected. Streams: one
 * byte-level pass validates UTF-8 and also finds NUL bytes (binary data) and over-long lines; a strict GB18030
 * decoding pass runs only when the file is not UTF-8. A file mixing encodings is valid in neither and is rejected.
 *
 * @param charset the encoding to read with
 * @param bomLength bytes of byte order mark to skip
 */
record CsvEncoding(Charset charset, int bomLength) {

    static final Charset GB18030 = Charset.forName("GB18030");
    private static final int BUFFER = 1 << 16;

    static CsvEncoding detect(Path file, String name, int maxLineBytes) {
        try (InputStream in = Files.newInputStream(file)) {
            Utf8Scan scan = Utf8Scan.run(in, name, maxLineBytes);
            if (scan.utf16Bom) {
                throw new InputFileException(name, "文件是UTF-16编码（Excel“Unicode文本”），请另存为UTF-8或GBK编码的CSV");
            }
            if (scan.valid) {
                return new CsvEncoding(StandardCharsets.UTF_8, scan.bom ? 3 : 0);
            }
            if (scan.bom) {
                throw new InputFileException(name, "文件以UTF-8标记开头，但第" + scan.invalidLine
                        + "行含非UTF-8字节（同一文件混用了多种编码）");
            }
        } catch (IOException e) {
            throw new InputFileException(name, "读取文件出错", e);
        }
        if (validGb18030(file, name)) {
            return new CsvEncoding(GB18030, 0);
        }
        throw new InputFileException(name, "文件编码无法识别：既不是有效的UTF-8，也不是有效的GB18030/GBK（可能同一文件混用了多种编码）");
    }

    private static boolean validGb18030(Path file, String name) {
        CharsetDecoder decoder = GB18030.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(BUFFER);
        CharBuffer chars = CharBuffer.allocate(BUFFER);
        try (InputStream in = Files.newInputStream(file)) {
            boolean eof = false;
            while (!eof) {
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (n < 0) {
                    eof = true;
                } else {
                    bytes.position(bytes.position() + n);
                }
                bytes.flip();
                while (true) {
                    CoderResult r = decoder.decode(bytes, chars, eof);
                    if (r.isError()) {
                        return false;
                    }
                    chars.clear();
                    if (r.isUnderflow()) {
                        break;
                    }
                }
                bytes.compact();
            }
            CoderResult r = decoder.flush(chars);
            return !r.isError();
        } catch (IOException e) {
            throw new InputFileException(name, "读取文件出错", e);
        }
    }

    /** One pass over the bytes: strict UTF-8 validation (no overlongs, surrogates or code points above U+10FFFF). */
    private static final class Utf8Scan {
        boolean bom;
        boolean utf16Bom;
        boolean valid = true;
        long invalidLine;

        static Utf8Scan run(InputStream in, String name, int maxLineBytes) throws IOException {
            Utf8Scan s = new Utf8Scan();
            byte[] buf = new byte[BUFFER];
            long line = 1;
            long lineBytes = 0;
            boolean valid = true;
            int need = 0;
            int lo = 0x80;
            int hi = 0xBF;
            boolean first = true;
            int n;
            while ((n = in.read(buf)) > 0) {
                if (first) {
                    first = false;
                    int u0 = buf[0] & 0xFF;
                    int u1 = n > 1 ? buf[1] & 0xFF : -1;
                    if ((u0 == 0xFF && u1 == 0xFE) || (u0 == 0xFE && u1 == 0xFF)) {
                        s.utf16Bom = true;
                        return s;
                    }
                    s.bom = n >= 3 && u0 == 0xEF && u1 == 0xBB && (buf[2] & 0xFF) == 0xBF;
                }
                for (int i = 0; i < n; i++) {
                    int b = buf[i];
                    // Printable ASCII outside a multi-byte sequence is most of a file: one test each.
                    if (b > '\n' && need == 0) {
                        if (++lineBytes > maxLineBytes) {
                            throw tooLong(name, line, maxLineBytes);
                        }
                        continue;
                    }
                    int u = b & 0xFF;
                    if (u == '\n') {
                        line++;
                        lineBytes = 0;
                    } else if (++lineBytes > maxLineBytes) {
                        throw tooLong(name, line, maxLineBytes);
                    } else if (u == 0) {
                        throw new InputFileException(name, "第" + line + "行含二进制数据（NUL字节），不是文本CSV文件");
                    }
                    if (!valid) {
                        continue;
                    }
                    if (need == 0) {
                        if (u < 0x80) {
                            continue;
                        }
                        if (u >= 0xC2 && u <= 0xDF) {
                            need = 1;
                        } else if (u == 0xE0) {
                            need = 2;
                            lo = 0xA0;
                        } else if ((u >= 0xE1 && u <= 0xEC) || u == 0xEE || u == 0xEF) {
                            need = 2;
                        } else if (u == 0xED) {
                            need = 2;
                            hi = 0x9F;
                        } else if (u == 0xF0) {
                            need = 3;
                            lo = 0x90;
                        } else if (u >= 0xF1 && u <= 0xF3) {
                            need = 3;
                        } else if (u == 0xF4) {
                            need = 3;
                            hi = 0x8F;
                        } else {
                            valid = false;
                            s.invalidLine = line;
                        }
                    } else if (u < lo || u > hi) {
                        valid = false;
                        s.invalidLine = line;
                        // Keep scanning for NUL bytes and long lines, but not for UTF-8.
                        need = 0;
                    } else {
                        need--;
                        lo = 0x80;
                        hi = 0xBF;
                    }
                }
            }
            if (need != 0 && valid) {
                valid = false;
                s.invalidLine = line;
            }
            s.valid = valid;
            return s;
        }

        private static InputFileException tooLong(String name, long line, int maxLineBytes) {
            return new InputFileException(name, "第" + line + "行超过 " + maxLineBytes
                    + " 字节的行长上限（文件可能不是CSV，或引号未闭合）");
        }
    }
}
