package cn.xgz.recon.generate;

import cn.xgz.recon.common.AtomicFiles;
import cn.xgz.recon.common.CsvText;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** One CSV file: RFC 4180 quoting where needed, any charset, with or without a BOM. */
final class CsvSink implements TableSink {

    private final Path target;
    private final Path tmp;
    private final String name;
    private final Writer out;
    private final int[] order;
    private final DateStyle dates;
    private final String newline;
    private final StringBuilder line = new StringBuilder(512);
    private int row;
    private long dataRows;

    /**
     * @param order for each file column, the index of its value in the canonical cells
     * @param leadingBlankLine start the file with an empty line (the header is then on line 2)
     */
    CsvSink(Path dir, String name, Charset charset, boolean bom, boolean leadingBlankLine, boolean crlf,
            List<String> headers, int[] order, DateStyle dates) throws IOException {
        this.name = name;
        this.target = dir.resolve(name);
        this.tmp = dir.resolve("." + name + ".tmp");
        this.out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(tmp), charset), 1 << 20);
        this.order = order;
        this.dates = dates;
        this.newline = crlf ? "\r\n" : "\n";
        if (bom) {
            out.write('\uFEFF');
        }
        if (leadingBlankLine) {
            out.write(newline);
            row++;
        }
        for (int j = 0; j < headers.size(); j++) {
            if (j > 0) {
                line.append(',');
            }
            append(headers.get(j));
        }
        flushLine();
    }

    @Override
    public int write(Object[] cells) throws IOException {
        for (int j = 0; j < order.length; j++) {
            if (j > 0) {
                line.append(',');
            }
            Object v = cells[order[j]];
            if (v == null) {
                continue;
            }
            if (v instanceof String s) {
                append(s);
            } else if (v instanceof LocalDate d) {
                append(dates.format(d));
            } else if (v instanceof Num n) {
                append(n.text());
            } else {
                line.append(v);
            }
        }
        dataRows++;
        return flushLine();
    }

    @Override
    public void blank() throws IOException {
        for (int j = 1; j < order.length && (row % 2 == 0); j++) {
            line.append(',');
        }
        flushLine();
    }

    private int flushLine() throws IOException {
        line.append(newline);
        out.append(line);
        line.setLength(0);
        return ++row;
    }

    private void append(String s) {
        CsvText.appendField(line, s, false);
    }

    @Override
    public String file() {
        return name;
    }

    @Override
    public List<FileRows> files() {
        return List.of(new FileRows(name, dataRows));
    }

    @Override
    public void close() throws IOException {
        out.close();
        AtomicFiles.move(tmp, target);
    }
}
