package cn.xgz.recon.rules;

import cn.xgz.recon.source.UsccColumn;
import java.util.function.IntPredicate;

/**
 * A read-only hash index from a USCC to its position in a column, stored in one {@code int[]} (open addressing, the
 * keys stay in the column; each slot also holds its key's hash so that probing rarely touches a key). A province's 7M
 * registrations cost 128 MB here instead of the half gigabyte of a {@code HashMap<String, Integer>}, and neither
 * building nor probing makes a String: hashes and comparisons read the column's bytes.
 */
final class PositionIndex {

    /**
     * Per slot two ints side by side, so that a probe reads one cache line: at {@code 2s} the position + 1 (0 =
     * empty), at {@code 2s + 1} the key's mixed hash (a probe that misses costs no key comparison).
     */
    private final int[] slots;
    private final int mask;
    private final UsccColumn keys;

    private PositionIndex(int capacity, UsccColumn keys) {
        this.slots = new int[capacity * 2];
        this.mask = capacity - 1;
        this.keys = keys;
    }

    /** Indexes positions {@code 0..size-1} of {@code keys}; a null key is skipped, a repeated key keeps its first position. */
    static PositionIndex of(UsccColumn keys, int size) {
        int cap = Integer.highestOneBit(Math.max(4, size * 2 - 1)) << 1;
        PositionIndex index = new PositionIndex(cap, keys);
        int[] slots = index.slots;
        for (int pos = 0; pos < size; pos++) {
            if (keys.isNull(pos)) {
                continue;
            }
            int p = pos;
            int h = mix(keys.hash(pos));
            int s = index.slotOf(h, v -> keys.matches(v, keys, p));
            if (slots[2 * s] == 0) {
                slots[2 * s] = pos + 1;
                slots[2 * s + 1] = h;
            }
        }
        return index;
    }

    /** The position of {@code key}, or -1. */
    int get(String key) {
        if (key == null) {
            return -1;
        }
        return slots[2 * slotOf(mix(key.hashCode()), v -> keys.matches(v, key))] - 1;
    }

    /** The position of the key in row {@code row} of {@code other}, or -1: a lookup that makes no String. */
    int get(UsccColumn other, int row) {
        if (other.isNull(row)) {
            return -1;
        }
        return slots[2 * slotOf(mix(other.hash(row)), v -> keys.matches(v, other, row))] - 1;
    }

    boolean contains(String key) {
        return get(key) >= 0;
    }

    private static int mix(int hashCode) {
        int h = hashCode * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    /** The slot holding a position whose key {@code matches}, else the empty slot where it would go. */
    private int slotOf(int h, IntPredicate matches) {
        int s = h & mask;
        while (true) {
            int v = slots[2 * s];
            if (v == 0 || slots[2 * s + 1] == h && matches.test(v - 1)) {
                return s;
            }
            s = (s + 1) & mask;
        }
    }
}
