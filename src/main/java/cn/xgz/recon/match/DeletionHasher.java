package cn.xgz.recon.match;

import java.util.Arrays;

/**
 * Hashes of a name and of every string left by deleting up to two of its characters. Two names are within k
 * edits (Levenshtein) only if deleting at most k characters from each leaves the same string, so names that share
 * no such hash need never be compared. A hash match is only a candidate: the edit distance is checked after.
 * Not thread-safe: one per thread (it keeps scratch arrays).
 */
final class DeletionHasher {

    private static final long BASE = 0x100000001B3L * 31 + 2; // odd, so powers never vanish mod 2^64

    private long[] prefix = new long[64];
    private long[] pow = new long[64];
    private int powLength;
    private long[] out = new long[64];

    DeletionHasher() {
        pow[0] = 1;
        powLength = 1;
    }

    /** How many variants {@link #variants} returns for a name of {@code len} characters. */
    static int count(int len, int maxDeletions) {
        int n = 1 + len;
        return maxDeletions >= 2 ? n + len * (len - 1) / 2 : n;
    }

    /**
     * The keys of {@code s[off, off+len)} and of its variants with one (and, when {@code maxDeletions} is 2, two)
     * characters deleted; the returned array is scratch, valid until the next call, holding {@link #count} keys.
     */
    long[] variants(char[] s, int off, int len, int maxDeletions) {
        ensure(len);
        prefix[0] = 0;
        for (int i = 0; i < len; i++) {
            prefix[i + 1] = prefix[i] * BASE + s[off + i];
        }
        int n = 0;
        out[n++] = key(prefix[len], len);
        for (int i = 0; i < len; i++) {
            out[n++] = key(part(0, i) * pow[len - 1 - i] + part(i + 1, len), len - 1);
        }
        if (maxDeletions >= 2) {
            for (int i = 0; i < len; i++) {
                for (int j = i + 1; j < len; j++) {
                    long h = part(0, i) * pow[len - 2 - i] + part(i + 1, j) * pow[len - 1 - j] + part(j + 1, len);
                    out[n++] = key(h, len - 2);
                }
            }
        }
        return out;
    }

    /** The hash of {@code s[a, b)} from the prefix hashes. */
    private long part(int a, int b) {
        return prefix[b] - prefix[a] * pow[b - a];
    }

    /** Mixes in the length and spreads the bits (MurmurHash3's finaliser); never 0, the empty-slot marker. */
    private static long key(long hash, int length) {
        long h = hash ^ (length * 0xD6E8FEB86659FD93L);
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }

    private void ensure(int len) {
        if (prefix.length < len + 1) {
            prefix = new long[len * 2 + 1];
        }
        if (pow.length < len + 1) {
            pow = Arrays.copyOf(pow, len * 2 + 1);
        }
        while (powLength < len + 1) {
            pow[powLength] = pow[powLength - 1] * BASE;
            powLength++;
        }
        int need = count(len, 2);
        if (out.length < need) {
            out = new long[need];
        }
    }
}
