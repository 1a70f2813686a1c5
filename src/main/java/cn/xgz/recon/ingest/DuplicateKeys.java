package cn.xgz.recon.ingest;

/**
 * The keys already loaded for one source, across all its files, so that a later row with the same key is rejected
 * "重复记录" (inputs.md: the first row is kept). Holds a 128-bit hash per key in an open-addressing table (16 bytes a
 * slot, at most 2/3 full) rather than the strings: 7M registrations take a 256 MB table instead of about 700 MB for a
 * {@code HashSet<String>}. Two distinct keys are confused only if both 64-bit halves collide, which is negligible at
 * that size.
 */
public final class DuplicateKeys {

    private static final long M1 = 0x9E3779B97F4A7C15L;
    private static final long M2 = 0xC2B2AE3D27D4EB4FL;

    private long[] slots;
    private int size;

    public DuplicateKeys() {
        this(0);
    }

    /** Sized to take {@code expectedKeys} without rehashing (7M keys: a 256 MB table); it grows past them. */
    public DuplicateKeys(int expectedKeys) {
        int slotsNeeded = (int) Math.min(1 << 29, Math.max(1024, expectedKeys * 3L / 2 + 1));
        slots = new long[2 * Integer.highestOneBit(slotsNeeded - 1) * 2];
    }

    /** Records {@code key}; true when it was not seen before (the row is kept). Keys are compared as given. */
    public boolean add(String key) {
        long[] h = hash(key);
        if ((size + 1) * 3L > (slots.length / 2) * 2L) {
            grow();
        }
        return insert(slots, h[0], h[1]);
    }

    /** Whether {@code key} was recorded. */
    public boolean contains(String key) {
        long[] h = hash(key);
        int mask = slots.length / 2 - 1;
        int i = (int) (h[0] ^ h[0] >>> 32) & mask;
        while (true) {
            long a = slots[2 * i];
            long b = slots[2 * i + 1];
            if (a == 0 && b == 0) {
                return false;
            }
            if (a == h[0] && b == h[1]) {
                return true;
            }
            i = (i + 1) & mask;
        }
    }

    private static long[] hash(String key) {
        long h1 = 0x243F6A8885A308D3L;
        long h2 = 0x13198A2E03707344L ^ key.length();
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            h1 = (h1 ^ c) * 0x100000001B3L;
            h2 = Long.rotateLeft(h2 + c * M1, 29) * M2;
        }
        h1 = mix(h1 ^ key.length());
        h2 = mix(h2 ^ h1 >>> 17);
        if (h1 == 0 && h2 == 0) {
            h1 = 1;
        }
        return new long[] {h1, h2};
    }

    /** Keys the table takes before it grows, for tests. */
    int capacity() {
        return slots.length / 2 * 2 / 3;
    }

    /** Keys recorded. */
    public int size() {
        return size;
    }

    private boolean insert(long[] table, long h1, long h2) {
        int mask = table.length / 2 - 1;
        int i = (int) (h1 ^ h1 >>> 32) & mask;
        while (true) {
            long a = table[2 * i];
            long b = table[2 * i + 1];
            if (a == 0 && b == 0) {
                table[2 * i] = h1;
                table[2 * i + 1] = h2;
                if (table == slots) {
                    size++;
                }
                return true;
            }
            if (a == h1 && b == h2) {
                return false;
            }
            i = (i + 1) & mask;
        }
    }

    private void grow() {
        long[] old = slots;
        long[] bigger = new long[old.length * 2];
        for (int i = 0; i < old.length; i += 2) {
            if (old[i] != 0 || old[i + 1] != 0) {
                insert(bigger, old[i], old[i + 1]);
            }
        }
        slots = bigger;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
        z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
        return z ^ (z >>> 33);
    }
}
