package cn.xgz.recon.common;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Function;

/** The CSV conventions of outputs.md: UTF-8 with a BOM, RFC 4180 quoting, and inert text fields. */
public final class CsvText {

    private static final char BOM = '\uFEFF';

    private CsvText() {}

    /**
     * A writer on {@code out} that has already written the BOM. Fields are quoted only when they need it, and
     * lines end with {@code \n}.
     */
    public static ICSVWriter open(OutputStream out) throws java.io.IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        w.write(BOM);
        return new CSVWriter(w, ',', '"', '"', "\n") {
            @Override
            protected boolean stringContainsSpecialCharacters(String line) {
                return line.indexOf('"') >= 0 || line.indexOf(',') >= 0 || line.indexOf('\n') >= 0
                        || line.indexOf('\r') >= 0;
            }
        };
    }

    /** The BOM in UTF-8, for a file written as bytes rather than through {@link #open}. */
    public static void writeBom(OutputStream out) throws java.io.IOException {
        out.write(0xEF);
        out.write(0xBB);
        out.write(0xBF);
    }

    /** Writes {@code file} whole or not at all (AtomicFiles): the header, then one line per row. */
    public static <T> void write(Path file, String[] header, Iterable<T> rows, Function<T, String[]> line)
            throws IOException {
        AtomicFiles.write(file, out -> {
            ICSVWriter csv = open(out);
            csv.writeNext(header, false);
            for (T row : rows) {
                csv.writeNext(line.apply(row), false);
            }
            csv.flush();
        });
    }

    /** Appends a field with RFC 4180 quoting: in quotes (quotes doubled) when it needs them, or always. */
    public static void appendField(StringBuilder line, String field, boolean alwaysQuote) {
        if (!alwaysQuote && !needsQuotes(field)) {
            line.append(field);
            return;
        }
        line.append('"');
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '"') {
                line.append('"');
            }
            line.append(c);
        }
        line.append('"');
    }

    private static boolean needsQuotes(String field) {
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }

    /**
     * Text from the input files that a spreadsheet would evaluate ({@code = + - @}, tab, carriage return first)
     * gets a leading apostrophe, as OWASP advises against CSV formula injection. Only for text columns: numeric
     * columns are written as they are.
     */
    public static String inert(String text) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        char c = text.charAt(0);
        if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') {
            return "'" + text;
        }
        return text;
    }
}
