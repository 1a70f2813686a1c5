package cn.xgz.recon.ingest.value;

import java.util.HashMap;
import java.util.Map;

/**
 * Shares one String instance per distinct value of a low-cardinality column (region codes, offices, platforms),
 * so that millions of loaded rows do not each hold their own copy. Stops growing at a cap, after which values
 * pass through unshared: a column that turns out to be high-cardinality costs a bounded map, not a leak.
 */
public final class Interner {

    private final Map<String, String> pool = new HashMap<>();
    private final int cap;

    public Interner(int cap) {
        this.cap = cap;
    }

    public Interner() {
        this(50_000);
    }

    public String intern(String value) {
        if (value == null) {
            return null;
        }
        String shared = pool.get(value);
        if (shared != null) {
            return shared;
        }
        if (pool.size() < cap) {
            pool.put(value, value);
        }
        return value;
    }
}
