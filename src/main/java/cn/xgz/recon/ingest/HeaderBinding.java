package cn.xgz.recon.ingest;

import cn.xgz.recon.ingest.table.InputFileException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where each schema column sits in one file's header. Headers match by Chinese name or English alias in any order,
 * compared after NFKC, dropping white space and ignoring ASCII case, so {@code 法定代表人(经营者)} finds
 * {@code 法定代表人（经营者）}. Unknown columns are kept for the run log.
 */
public final class HeaderBinding {

    private final int[] positions;
    private final String[] fileHeaders;
    private final List<String> unknown;
    private final int width;

    private HeaderBinding(int[] positions, String[] fileHeaders, List<String> unknown, int width) {
        this.positions = positions;
        this.fileHeaders = fileHeaders;
        this.unknown = List.copyOf(unknown);
        this.width = width;
    }

    /**
     * Binds {@code header} to {@code columns}.
     *
     * @throws MissingColumnException when a required column is absent
     * @throws InputFileException when a schema column appears twice
     */
    public static HeaderBinding bind(String file, List<? extends SchemaColumn> columns, List<String> header) {
        Map<String, SchemaColumn> byName = new HashMap<>();
        for (SchemaColumn c : columns) {
            byName.put(key(c.header()), c);
            byName.put(key(c.alias()), c);
        }
        int size = columns.stream().mapToInt(SchemaColumn::ordinal).max().orElse(-1) + 1;
        int[] positions = new int[size];
        Arrays.fill(positions, -1);
        String[] fileHeaders = new String[size];
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i);
            if (h == null) {
                continue;
            }
            SchemaColumn c = byName.get(key(h));
            if (c == null) {
                unknown.add(h);
            } else if (positions[c.ordinal()] >= 0) {
                throw new InputFileException(file, "表头中“" + c.header() + "”列出现了不止一次");
            } else {
                positions[c.ordinal()] = i;
                fileHeaders[c.ordinal()] = h;
            }
        }
        List<String> missing = new ArrayList<>();
        for (SchemaColumn c : columns) {
            if (c.required() && positions[c.ordinal()] < 0) {
                missing.add(c.header() + "（" + c.alias() + "）");
            }
        }
        if (!missing.isEmpty()) {
            throw new MissingColumnException(file, missing);
        }
        return new HeaderBinding(positions, fileHeaders, unknown, header.size());
    }

    /** The column's index in the file, or -1 when the file does not have it. */
    public int position(SchemaColumn c) {
        return c.ordinal() < positions.length ? positions[c.ordinal()] : -1;
    }

    public boolean has(SchemaColumn c) {
        return position(c) >= 0;
    }

    /** The header as it appears in the file (cleaned), or the canonical header when the file lacks the column. */
    public String fileHeader(SchemaColumn c) {
        String h = c.ordinal() < fileHeaders.length ? fileHeaders[c.ordinal()] : null;
        return h != null ? h : c.header();
    }

    /** Header cells that match no column, in file order. */
    public List<String> unknownColumns() {
        return unknown;
    }

    /** Number of header cells. */
    public int width() {
        return width;
    }

    static String key(String header) {
        String n = Normalizer.normalize(header, Normalizer.Form.NFKC);
        StringBuilder sb = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                sb.append(c);
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }
}
