package cn.xgz.recon.match;

/**
 * An open-addressing map from non-zero int keys to int values: bigram counts for millions of names without an
 * object per entry.
 */
final class IntIntMap {

    private int[] keys;
    private int[] values;
    private int size;
    private int mask;

    IntIntMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, (int) (expected / 0.6)) - 1) << 1;
        keys = new int[capacity];
        values = new int[capacity];
        mask = capacity - 1;
    }

    int size() {
        return size;
    }

    int get(int key, int missing) {
        for (int i = slot(key); ; i = (i + 1) & mask) {
            int k = keys[i];
            if (k == key) {
                return values[i];
            }
            if (k == 0) {
                return missing;
            }
        }
    }

    void put(int key, int value) {
        int i = find(key);
        values[i] = value;
    }

    void add(int key, int delta) {
        int i = find(key);
        values[i] += delta;
    }

    /** Adds every count of another map to this one. */
    void addAll(IntIntMap other) {
        for (int i = 0; i < other.keys.length; i++) {
            if (other.keys[i] != 0) {
                add(other.keys[i], other.values[i]);
            }
        }
    }

    /** The slot holding the key, inserted with value 0 when absent. */
    private int find(int key) {
        if (key == 0) {
            throw new IllegalArgumentException("key 0 is reserved");
        }
        for (int i = slot(key); ; i = (i + 1) & mask) {
            int k = keys[i];
            if (k == key) {
                return i;
            }
            if (k == 0) {
                if (size + 1 > keys.length * 0.6) {
                    grow();
                    return find(key);
                }
                keys[i] = key;
                size++;
                return i;
            }
        }
    }

    private int slot(int key) {
        int h = key * 0x9E3779B9;
        return (h ^ (h >>> 16)) & mask;
    }

    private void grow() {
        int[] oldKeys = keys;
        int[] oldValues = values;
        keys = new int[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        mask = keys.length - 1;
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                values[find(oldKeys[i])] = oldValues[i];
            }
        }
    }
}
