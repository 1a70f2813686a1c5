package cn.xgz.recon.rules;

import java.util.function.IntFunction;

/**
 * A read-only hash index from a key to its position in a list, stored as two {@code int[]} (open addressing, the
 * keys stay in the list; the second holds each slot's hash so that probing rarely touches a key). A province's 7M
 * registrations cost 128 MB here instead of the half gigabyte of a
 * {@code HashMap<String, Integer>}.
 */
final class PositionIndex {

    private final int[] slots; // position + 1, 0 = empty
    private final int[] hashes; // the key's mixed hash per slot: a probe that misses costs no key lookup
    private final int mask;
    private final IntFunction<String> keyAt;

    private PositionIndex(int[] slots, IntFunction<String> keyAt) {
        this.slots = slots;
        this.hashes = new int[slots.length];
        this.mask = slots.length - 1;
        this.keyAt = keyAt;
    }

    /** Indexes positions {@code 0..size-1}; a null key is skipped, a repeated key keeps its first position. */
    static PositionIndex of(int size, IntFunction<String> keyAt) {
        int cap = Integer.highestOneBit(Math.max(4, size * 2 - 1)) << 1;
        int[] slots = new int[cap];
        PositionIndex index = new PositionIndex(slots, keyAt);
        for (int pos = 0; pos < size; pos++) {
            String key = keyAt.apply(pos);
            if (key == null) {
                continue;
            }
            int h = hash(key);
            int s = index.slotOf(key, h);
            if (slots[s] == 0) {
                slots[s] = pos + 1;
                index.hashes[s] = h;
            }
        }
        return index;
    }

    /** The position of {@code key}, or -1. */
    int get(String key) {
        if (key == null) {
            return -1;
        }
        int v = slots[slotOf(key, hash(key))];
        return v - 1;
    }

    boolean contains(String key) {
        return get(key) >= 0;
    }

    private static int hash(String key) {
        int h = key.hashCode() * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    private int slotOf(String key, int h) {
        int s = h & mask;
        while (true) {
            int v = slots[s];
            if (v == 0 || hashes[s] == h && key.equals(keyAt.apply(v - 1))) {
                return s;
            }
            s = (s + 1) & mask;
        }
    }
}
