package cn.xgz.recon.match;

import java.util.Arrays;

/** The distinct packed USCCs of a batch of queries, numbered in order of first appearance. */
final class LongPairTable {

    private long[] his = new long[16];
    private long[] los = new long[16];
    private int count;
    private int[] ids;
    private int mask;

    LongPairTable(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
        ids = new int[capacity];
        Arrays.fill(ids, -1);
        mask = capacity - 1;
    }

    int size() {
        return count;
    }

    int add(long hi, long lo) {
        for (int i = slot(hi, lo); ; i = (i + 1) & mask) {
            int id = ids[i];
            if (id < 0) {
                if (count + 1 > ids.length / 2) {
                    grow();
                    return add(hi, lo);
                }
                if (count == his.length) {
                    his = Arrays.copyOf(his, count * 2);
                    los = Arrays.copyOf(los, count * 2);
                }
                his[count] = hi;
                los[count] = lo;
                ids[i] = count;
                return count++;
            }
            if (his[id] == hi && los[id] == lo) {
                return id;
            }
        }
    }

    int find(long hi, long lo) {
        for (int i = slot(hi, lo); ; i = (i + 1) & mask) {
            int id = ids[i];
            if (id < 0 || (his[id] == hi && los[id] == lo)) {
                return id;
            }
        }
    }

    private int slot(long hi, long lo) {
        long h = (hi * 0x9E3779B97F4A7C15L) ^ lo;
        h *= 0xC2B2AE3D27D4EB4FL;
        return (int) (h ^ (h >>> 32)) & mask;
    }

    private void grow() {
        ids = new int[ids.length * 2];
        Arrays.fill(ids, -1);
        mask = ids.length - 1;
        for (int id = 0; id < count; id++) {
            int i = slot(his[id], los[id]);
            while (ids[i] >= 0) {
                i = (i + 1) & mask;
            }
            ids[i] = id;
        }
    }
}
