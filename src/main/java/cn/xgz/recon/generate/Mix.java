package cn.xgz.recon.generate;

import java.util.SplittableRandom;

/**
 * Seeded hashing and bijections. Every attribute of every row is a pure function of (seed, position), so that
 * each output file can be written by its own pass without holding the others in memory.
 */
final class Mix {

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private Mix() {}

    /** The SplitMix64 finaliser: a cheap, well-mixed 64-bit hash. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    static long mix(long a, long b) {
        return mix(a * GOLDEN + mix(b));
    }

    static long mix(long a, long b, long c) {
        return mix(mix(a, b), c);
    }

    /** A generator for one purpose (salt) at one position: independent of every other position and purpose. */
    static SplittableRandom rng(long seed, long salt, long position) {
        return new SplittableRandom(mix(seed, salt, position));
    }

    /** A uniform double in [0, 1) from a hash. */
    static double unit(long hash) {
        return (hash >>> 11) * 0x1.0p-53;
    }

    /**
     * Writes the mixed-radix digits of a bijective scramble of {@code value} into {@code out}. Each round adds to
     * one digit a hash of the others, which is invertible, so distinct values always give distinct digit strings:
     * that is what keeps generated USCCs, ID numbers and trade names unique without a lookup table.
     */
    static void scramble(long value, int[] radix, long key, int[] out) {
        int n = radix.length;
        long v = value;
        for (int k = 0; k < n; k++) {
            out[k] = (int) (v % radix[k]);
            v /= radix[k];
        }
        if (v != 0) {
            throw new IllegalArgumentException("value outside the scramble space: " + value);
        }
        for (int round = 0; round < 3; round++) {
            for (int k = 0; k < n; k++) {
                long others = 0;
                for (int j = 0; j < n; j++) {
                    others = others * 0x10001L + (j == k ? 0xFFFF : out[j]);
                }
                long h = mix(others ^ (key + round * 0x632BE59BD9B4E019L + k * 0x8CB92BA72F3D8DD7L));
                int sum = out[k] + (int) (((h >>> 32) * radix[k]) >>> 32);
                out[k] = sum >= radix[k] ? sum - radix[k] : sum;
            }
        }
    }

    /** The product of the radices (the size of the scramble space), saturating at Long.MAX_VALUE. */
    static long capacity(int[] radix) {
        long c = 1;
        for (int r : radix) {
            if (c > Long.MAX_VALUE / r) {
                return Long.MAX_VALUE;
            }
            c *= r;
        }
        return c;
    }
}
