package cn.xgz.recon.match;

import java.util.ArrayList;
import java.util.List;

/**
 * The distinct normalised names of a batch of queries, numbered in order of first appearance, looked up from a
 * slice of a character pool so that streaming millions of registered names allocates nothing.
 */
final class CoreTable {

    private final List<String> keys = new ArrayList<>();
    private int[] ids;
    private int mask;

    CoreTable(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
        ids = filled(capacity);
        mask = capacity - 1;
    }

    int size() {
        return keys.size();
    }

    String key(int id) {
        return keys.get(id);
    }

    /** The id of the text, a new one when it is not there yet. */
    int add(String text) {
        for (int i = slot(text.hashCode()); ; i = (i + 1) & mask) {
            int id = ids[i];
            if (id < 0) {
                if (keys.size() + 1 > ids.length / 2) {
                    grow();
                    return add(text);
                }
                ids[i] = keys.size();
                keys.add(text);
                return ids[i];
            }
            if (keys.get(id).equals(text)) {
                return id;
            }
        }
    }

    /** The id of the text {@code pool[off, off+len)}, or -1. */
    int find(char[] pool, int off, int len) {
        int h = 0;
        for (int i = 0; i < len; i++) {
            h = 31 * h + pool[off + i];
        }
        for (int i = slot(h); ; i = (i + 1) & mask) {
            int id = ids[i];
            if (id < 0) {
                return -1;
            }
            if (equal(keys.get(id), pool, off, len)) {
                return id;
            }
        }
    }

    private static boolean equal(String s, char[] pool, int off, int len) {
        if (s.length() != len) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            if (s.charAt(i) != pool[off + i]) {
                return false;
            }
        }
        return true;
    }

    private int slot(int hash) {
        int h = hash * 0x9E3779B9;
        return (h ^ (h >>> 16)) & mask;
    }

    private void grow() {
        ids = filled(ids.length * 2);
        mask = ids.length - 1;
        for (int id = 0; id < keys.size(); id++) {
            int i = slot(keys.get(id).hashCode());
            while (ids[i] >= 0) {
                i = (i + 1) & mask;
            }
            ids[i] = id;
        }
    }

    private static int[] filled(int capacity) {
        int[] a = new int[capacity];
        java.util.Arrays.fill(a, -1);
        return a;
    }
}
