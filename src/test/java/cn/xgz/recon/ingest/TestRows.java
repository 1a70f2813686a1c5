package cn.xgz.recon.ingest;

import cn.xgz.recon.ingest.table.RawRow;
import cn.xgz.recon.ingest.value.TextCleaner;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds single rows for mapping tests, cleaned as the table readers clean them. */
final class TestRows {

    static final LocalDate RUN_DATE = LocalDate.of(2025, 7, 1);
    static final IngestContext CONTEXT = IngestContext.standard(RUN_DATE);

    private TestRows() {}

    /** {@code base} with {@code header} set to {@code value} (added at the end when absent; null removes it). */
    static Map<String, String> with(Map<String, String> base, String header, String value) {
        Map<String, String> row = new LinkedHashMap<>(base);
        if (value == null) {
            row.remove(header);
        } else {
            row.put(header, value);
        }
        return row;
    }

    static <T> RowOutcome<T> map(SourceSchema<T> schema, Map<String, String> cells) {
        return map(schema, cells, Set.of());
    }

    /** Maps one row given as header → value in file order; headers in {@code numeric} were .xlsx number cells. */
    static <T> RowOutcome<T> map(SourceSchema<T> schema, Map<String, String> cells, Set<String> numeric) {
        List<String> header = new ArrayList<>(cells.keySet());
        HeaderBinding binding = HeaderBinding.bind("test.csv", schema.columns(), header);
        String[] values = new String[header.size()];
        boolean[] numbers = new boolean[header.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = TextCleaner.clean(cells.get(header.get(i)));
            numbers[i] = numeric.contains(header.get(i));
        }
        return schema.mapper("test.csv", binding, CONTEXT, true).map(new RawRow(7, values, numbers));
    }

    static <T> T loaded(SourceSchema<T> schema, Map<String, String> cells) {
        return loaded(schema, cells, Set.of());
    }

    static <T> T loaded(SourceSchema<T> schema, Map<String, String> cells, Set<String> numeric) {
        RowOutcome<T> o = map(schema, cells, numeric);
        if (o instanceof RowOutcome.Loaded<T> l) {
            return l.value();
        }
        throw new AssertionError("expected the row to load, got " + ((RowOutcome.Rejected<T>) o).reject());
    }

    /** The reject of a row that must be rejected. */
    static Reject rejected(SourceSchema<?> schema, Map<String, String> cells, Set<String> numeric) {
        RowOutcome<?> o = map(schema, cells, numeric);
        if (o instanceof RowOutcome.Rejected<?> r) {
            return r.reject();
        }
        throw new AssertionError("expected a reject, the row loaded as " + ((RowOutcome.Loaded<?>) o).value());
    }

    static Map<String, String> row(String... headerValuePairs) {
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < headerValuePairs.length; i += 2) {
            row.put(headerValuePairs[i], headerValuePairs[i + 1]);
        }
        return row;
    }
}
