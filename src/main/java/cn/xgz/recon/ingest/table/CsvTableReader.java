package cn.xgz.recon.ingest.table;

import cn.xgz.recon.ingest.value.TextCleaner;
import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.exceptions.CsvException;
import com.opencsv.exceptions.CsvMalformedLineException;
import com.opencsv.exceptions.CsvMultilineLimitBrokenException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Reads a .csv with OpenCSV's RFC 4180 parser: a doubled quote is a quote and a backslash is just a character (the
 * default parser would treat {@code \"} as an escape and corrupt names and addresses). Row numbers are the physical
 * line where a record starts, so a quoted line break or a leading blank line shifts them as an editor would.
 */
final class CsvTableReader implements TableReader {

    private final String name;
    private final ReadLimits limits;
    private final CSVReader csv;
    private final List<String> header;
    private final int headerRow;
    private long rows;

    private CsvTableReader(String name, ReadLimits limits, CSVReader csv) {
        this.name = name;
        this.limits = limits;
        this.csv = csv;
        RawRow first = readRow();
        if (first == null) {
            this.header = List.of();
            this.headerRow = 0;
        } else {
            this.header = Collections.unmodifiableList(Arrays.asList(first.values()));
            this.headerRow = first.rowNumber();
        }
    }

    static CsvTableReader open(Path file, String name, ReadLimits limits) {
        CsvEncoding encoding = CsvEncoding.detect(file, name, limits.maxLineBytes());
        InputStream in = null;
        try {
            in = Files.newInputStream(file);
            in.skipNBytes(encoding.bomLength());
            BufferedReader text = new BufferedReader(new InputStreamReader(in, encoding.charset()), 1 << 16);
            CSVReader csv = new CSVReaderBuilder(text)
                    .withCSVParser(new QuoteFreeFastPathParser())
                    .withMultilineLimit(limits.maxLinesPerRecord())
                    .build();
            CsvTableReader reader = new CsvTableReader(name, limits, csv);
            if (reader.header.isEmpty()) {
                reader.close();
                throw new InputFileException(name, "文件为空，没有表头行");
            }
            return reader;
        } catch (IOException e) {
            closeQuietly(in);
            throw new InputFileException(name, "读取文件出错", e);
        } catch (RuntimeException e) {
            closeQuietly(in);
            throw e;
        }
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
        RawRow row = readRow();
        if (row != null && ++rows > limits.maxRows()) {
            throw new InputFileException(name, "数据行数超过上限 " + limits.maxRows() + " 行");
        }
        return row;
    }

    @Override
    public long rowsRead() {
        return rows;
    }

    /** The next record with a non-blank cell, cleaned. */
    private RawRow readRow() {
        while (true) {
            long before = csv.getLinesRead();
            String[] fields;
            try {
                fields = csv.readNext();
            } catch (CsvMultilineLimitBrokenException e) {
                // The exception's message quotes the row's text; it may hold personal data, so it is not chained.
                throw new InputFileException(name, "第" + (before + 1) + "行起的记录跨越超过 "
                        + limits.maxLinesPerRecord() + " 行，可能有未闭合的引号");
            } catch (CsvMalformedLineException | CsvException e) {
                throw new InputFileException(name, "第" + (before + 1) + "行起的记录格式错误（引号未闭合）");
            } catch (IOException e) {
                throw new InputFileException(name, "读取文件出错", e);
            }
            if (fields == null) {
                return null;
            }
            int row = (int) before + 1;
            if (fields.length > limits.maxColumns()) {
                throw new InputFileException(name, "第" + row + "行有 " + fields.length + " 列，超过上限 "
                        + limits.maxColumns() + " 列");
            }
            boolean blank = true;
            for (int i = 0; i < fields.length; i++) {
                String f = fields[i];
                if (f.length() > limits.maxCellChars()) {
                    throw new InputFileException(name, "第" + row + "行第" + (i + 1) + "列超过 "
                            + limits.maxCellChars() + " 个字符的上限");
                }
                String v = TextCleaner.clean(f);
                fields[i] = v;
                blank &= v == null;
            }
            if (!blank) {
                return new RawRow(row, fields, new boolean[fields.length]);
            }
        }
    }

    @Override
    public void close() {
        try {
            csv.close();
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
