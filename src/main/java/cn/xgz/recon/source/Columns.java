package cn.xgz.recon.source;

import java.util.Arrays;

/** Growth and sentinels shared by the column tables. */
final class Columns {

    /** An int column's null (an epoch day, a count): no real value comes near it. */
    static final int NULL_INT = Integer.MIN_VALUE;

    private Columns() {}

    /** The next capacity of a column of {@code size}: half as much again, at least 16. */
    static int grown(int size) {
        long next = Math.max(16L, size + (size >> 1));
        if (next > Integer.MAX_VALUE - 16) {
            if (size >= Integer.MAX_VALUE - 16) {
                throw new IllegalStateException("表格行数超过上限");
            }
            next = Integer.MAX_VALUE - 16;
        }
        return (int) next;
    }

    /** {@code a} copied to length {@code cap}; null is an empty column. */
    static int[] resized(int[] a, int cap) {
        return Arrays.copyOf(a == null ? new int[0] : a, cap);
    }

    static byte[] resized(byte[] a, int cap) {
        return Arrays.copyOf(a == null ? new byte[0] : a, cap);
    }

    static long[] resized(long[] a, int cap) {
        return Arrays.copyOf(a == null ? new long[0] : a, cap);
    }

    /** Enum ordinal + 1, 0 for null: a byte column of a closed vocabulary. */
    static byte ordinal(Enum<?> e) {
        return e == null ? 0 : (byte) (e.ordinal() + 1);
    }

    static <E> E constant(E[] values, byte code) {
        return code == 0 ? null : values[code - 1];
    }
}
