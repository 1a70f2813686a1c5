package cn.xgz.recon.ingest.table;

import cn.xgz.recon.ingest.value.TextCleaner;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Reads a .csv with OpenCSV's RFC 4180 parser: a doubled quote is a quote and a backslash is just a character (the
 * default parser would treat {@code \"} as an escape and corrupt names and addresses). Row numbers are the physical
 * line where a record starts, so a quoted line break or a leading blank line shifts them as an editor would.
 *
 * <p>A damaged line is a bad row, not a bad file (inputs.md): a record that is too wide, has a cell or line over the
 * limit, holds a NUL byte or bytes invalid in the file's encoding comes out as a damaged {@link RawRow} and reading
 * goes on at the next line. Only an unclosed quote (the record reaches the end of the file or spans more lines than
 * allowed) or the row limit stops reading part-way: the rest of the file is then counted, not parsed, and comes out
 * as one damaged row standing for all its non-blank lines, so that {@code read = loaded + rejected} still holds
 * against the file's lines.
 */
final class CsvTableReader implements TableReader {

    private final String name;
    private final ReadLimits limits;
    private final CsvLines lines;
    private final CsvEncoding encoding;
    private final CharsetDecoder strict;
    private final boolean utf8;
    /** Where the current line's commas are, for {@link #splitUtf8} (one pass over the bytes, not two). */
    private int[] commas = new int[64];
    private QuoteFreeFastPathParser parser = new QuoteFreeFastPathParser();
    private List<String> header = List.of();
    private int headerRow;
    private long rows;
    private String stopped;
    private boolean ended;

    private CsvTableReader(String name, ReadLimits limits, CsvLines lines, CsvEncoding encoding) {
        this.name = name;
        this.limits = limits;
        this.lines = lines;
        this.encoding = encoding;
        this.strict = encoding.clean() ? null : CsvEncoding.strictDecoder(encoding.charset());
        this.utf8 = encoding.charset().equals(StandardCharsets.UTF_8);
    }

    static CsvTableReader open(Path file, String name, ReadLimits limits) {
        CsvEncoding encoding = CsvEncoding.detect(file, name, limits.maxLineBytes());
        InputStream in = null;
        try {
            in = Files.newInputStream(file);
            in.skipNBytes(encoding.bomLength());
            CsvTableReader reader = new CsvTableReader(name, limits, new CsvLines(new BufferedInputStream(in, 1 << 16),
                    limits.maxLineBytes()), encoding);
            reader.readHeader();
            return reader;
        } catch (IOException e) {
            closeQuietly(in);
            throw new InputFileException(name, "读取文件出错", e);
        } catch (RuntimeException e) {
            closeQuietly(in);
            throw e;
        }
    }

    /** The header is the first non-blank record; if it is damaged, no column can be found reliably. */
    private void readHeader() {
        RawRow first = readRow();
        if (first == null) {
            throw new InputFileException(name, "文件为空，没有表头行");
        }
        if (first.isDamaged()) {
            throw new InputFileException(name, "表头行无法可靠读取：" + first.damage());
        }
        header = Collections.unmodifiableList(Arrays.asList(first.values()));
        headerRow = first.rowNumber();
    }

    @Override
    public String fileName() {
        return name;
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public int headerRowNumber() {
        return headerRow;
    }

    @Override
    public RawRow next() {
        if (ended) {
            return null;
        }
        if (rows >= limits.maxRows()) {
            // The next row would exceed the limit: what is left is counted, not read.
            RawRow row = readRow();
            if (row == null) {
                return null;
            }
            try {
                return stop(row.rowNumber(), 1 + restNonBlank(false), "数据行数超过上限 " + limits.maxRows() + " 行");
            } catch (IOException e) {
                throw new InputFileException(name, "读取文件出错", e);
            }
        }
        RawRow row = readRow();
        if (row != null) {
            rows += row.rows();
        }
        return row;
    }

    @Override
    public long rowsRead() {
        return rows;
    }

    @Override
    public String stoppedPartWay() {
        return stopped;
    }

    /** The next record with a non-blank cell, cleaned, or a damaged row; null at the end. */
    private RawRow readRow() {
        try {
            while (true) {
                if (!lines.next()) {
                    ended = true;
                    return null;
                }
                int start = lines.number();
                if (lines.blank() && !lines.tooLong()) {
                    continue;
                }
                String damage = lineDamage();
                if (damage != null) {
                    return RawRow.damaged(start, lenientFields(), damage, -1, 1);
                }
                String[] fields = utf8 && !parser.isPending() ? splitUtf8() : null;
                if (fields == null) {
                    fields = parser.parseLineMulti(text());
                }
                int span = 1;
                int nonBlank = 1;
                while (parser.isPending()) {
                    if (!lines.next()) {
                        ended = true;
                        return stop(start, nonBlank, "引号未闭合，直到文件末尾");
                    }
                    if (++span > limits.maxLinesPerRecord()) {
                        int rest = restNonBlank(true);
                        return stop(start, nonBlank + rest, "记录跨越超过 " + limits.maxLinesPerRecord()
                                + " 行，可能有未闭合的引号");
                    }
                    nonBlank += lines.blank() ? 0 : 1;
                    String inner = lineDamage();
                    if (inner != null) {
                        // The record is cut by a damaged line: reject it and resynchronise after that line.
                        parser = new QuoteFreeFastPathParser();
                        return RawRow.damaged(start, fields, "第" + start + "行起的记录中，第" + lines.number() + "行"
                                + inner, -1, 1);
                    }
                    fields = concat(fields, parser.parseLineMulti(text()));
                }
                RawRow row = checked(start, fields);
                if (row != null) {
                    return row;
                }
            }
        } catch (IOException e) {
            throw new InputFileException(name, "读取文件出错", e);
        }
    }

    /** Why the current physical line is damaged, or null. */
    private String lineDamage() {
        if (lines.tooLong()) {
            return "超过 " + lines.maxLineBytes() + " 字节的行长上限，该行未读取";
        }
        if (lines.hasNul()) {
            return "含二进制数据（NUL字节）";
        }
        if (strict != null && !decodes()) {
            return "含不符合文件编码（" + (encoding.charset().equals(StandardCharsets.UTF_8) ? "UTF-8" : "GB18030/GBK")
                    + "）的字节，可能同一文件混用了多种编码";
        }
        return null;
    }

    private boolean decodes() {
        try {
            strict.reset();
            strict.decode(ByteBuffer.wrap(lines.bytes(), 0, lines.length()));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /**
     * The current line split at every comma with each cell decoded from its own bytes, or null when the line holds a
     * quote character (OpenCSV parses it). The same cells as {@link QuoteFreeFastPathParser#split} of {@link #text()}:
     * a comma byte in UTF-8 is always a comma, and a line that reaches here is valid UTF-8 (one that is not was
     * rejected as damaged before). Saves decoding the whole line and copying it again cell by cell, a tenth of ingest.
     */
    private String[] splitUtf8() {
        byte[] b = lines.bytes();
        int n = lines.length();
        int k = 0;
        for (int i = 0; i < n; i++) {
            byte x = b[i];
            if (x == ',') {
                if (k == commas.length) {
                    commas = Arrays.copyOf(commas, k * 2);
                }
                commas[k++] = i;
            } else if (x == '"') {
                return null;
            }
        }
        String[] out = new String[k + 1];
        int start = 0;
        for (int f = 0; f < k; f++) {
            out[f] = new String(b, start, commas[f] - start, StandardCharsets.UTF_8);
            start = commas[f] + 1;
        }
        out[k] = new String(b, start, n - start, StandardCharsets.UTF_8);
        return out;
    }

    private String text() {
        return new String(lines.bytes(), 0, lines.length(), encoding.charset());
    }

    /**
     * The cells of a damaged line as far as they can be read (to find the row's key, never to load it): decoded with
     * replacement characters, NUL bytes dropped, split at commas.
     */
    private String[] lenientFields() {
        if (lines.tooLong()) {
            return new String[0];
        }
        String t = text().replace("\0", "");
        String[] f = QuoteFreeFastPathParser.split(t);
        for (int i = 0; i < f.length; i++) {
            f[i] = TextCleaner.clean(f[i].replace("\"", ""));
        }
        return f;
    }

    /** The record as a row: cleaned, null when blank, damaged when too wide or a cell is too long. */
    private RawRow checked(int row, String[] fields) {
        boolean blank = true;
        String damage = null;
        int column = -1;
        for (int i = 0; i < fields.length; i++) {
            String f = fields[i];
            if (f.length() > limits.maxCellChars() && damage == null) {
                damage = "第" + (i + 1) + "列超过 " + limits.maxCellChars() + " 个字符的上限";
                column = i;
                fields[i] = null;
                blank = false;
                continue;
            }
            String v = TextCleaner.clean(f);
            fields[i] = v;
            blank &= v == null;
        }
        if (blank) {
            return null;
        }
        if (fields.length > limits.maxColumns()) {
            // Only the header's columns can be bound; keep those for the key.
            return RawRow.damaged(row, Arrays.copyOf(fields, Math.min(fields.length, Math.max(header.size(), 1))),
                    "该行有 " + fields.length + " 列，超过上限 " + limits.maxColumns() + " 列（多余的分隔符？）", -1, 1);
        }
        if (damage != null) {
            return RawRow.damaged(row, fields, damage, column, 1);
        }
        return new RawRow(row, fields, new boolean[fields.length]);
    }

    /** Reading stops: the rows from {@code from} on are not read; one damaged row stands for them. */
    private RawRow stop(int from, int count, String problem) {
        ended = true;
        stopped = problem;
        return RawRow.damaged(from, null, "自第" + from + "行起未能读取（共 " + count + " 行）：" + problem, -1, count);
    }

    /** Non-blank lines from the current one ({@code includeCurrent}) or the next one to the end of the file. */
    private int restNonBlank(boolean includeCurrent) throws IOException {
        int n = includeCurrent && !lines.blank() ? 1 : 0;
        while (lines.next()) {
            n += lines.blank() ? 0 : 1;
        }
        return n;
    }

    private static String[] concat(String[] a, String[] b) {
        if (a.length == 0) {
            return b;
        }
        String[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Override
    public void close() {
        try {
            lines.close();
        } catch (IOException e) {
            // Nothing was written; a failed close of a read-only stream loses nothing.
        }
    }

    private static void closeQuietly(InputStream in) {
        if (in != null) {
            try {
                in.close();
            } catch (IOException ignored) {
                // already failing
            }
        }
    }
}
