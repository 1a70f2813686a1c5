package cn.xgz.recon.source;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Ids for the repeated strings of a table's low-cardinality columns (county, office, industry, market, file): each
 * distinct value is held once and a row holds its id. Id 0 is null.
 */
final class Dictionary {

    private final Map<String, Integer> ids = new HashMap<>();
    private String[] values = new String[16];
    private int size = 1;

    int id(String value) {
        if (value == null) {
            return 0;
        }
        Integer id = ids.get(value);
        if (id != null) {
            return id;
        }
        if (size == values.length) {
            values = Arrays.copyOf(values, Columns.grown(size));
        }
        values[size] = value;
        ids.put(value, size);
        return size++;
    }

    String value(int id) {
        return values[id];
    }

    /** Roughly: each value's String and its map entry. */
    long heapBytes() {
        long b = 8L * values.length;
        for (int i = 1; i < size; i++) {
            b += 24 + 16 + values[i].length() * 2L + 48;
        }
        return b;
    }

    /** Distinct non-null values held. */
    int size() {
        return size - 1;
    }
}
