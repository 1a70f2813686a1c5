package cn.xgz.recon.match;

import java.util.Arrays;

/** Many short strings in one char array with start offsets: two objects instead of millions. */
final class CharPool {

    private char[] chars;
    private int[] starts;
    private int count;

    CharPool(int expectedStrings, int expectedChars) {
        chars = new char[Math.max(16, expectedChars)];
        starts = new int[Math.max(16, expectedStrings + 1)];
    }

    int count() {
        return count;
    }

    void add(String s) {
        ensure(s.length());
        int end = starts[count];
        s.getChars(0, s.length(), chars, end);
        starts[++count] = end + s.length();
    }

    void addAll(CharPool other) {
        ensure(other.starts[other.count]);
        for (int i = 0; i < other.count; i++) {
            int len = other.length(i);
            int end = starts[count];
            System.arraycopy(other.chars, other.starts[i], chars, end, len);
            starts[++count] = end + len;
        }
    }

    int start(int i) {
        return starts[i];
    }

    int length(int i) {
        return starts[i + 1] - starts[i];
    }

    char[] chars() {
        return chars;
    }

    String get(int i) {
        return new String(chars, starts[i], length(i));
    }

    /** Drops the spare capacity once nothing more will be added. */
    void trim() {
        chars = Arrays.copyOf(chars, starts[count]);
        starts = Arrays.copyOf(starts, count + 1);
    }

    private void ensure(int moreChars) {
        if (count + 2 > starts.length) {
            starts = Arrays.copyOf(starts, Math.max(starts.length * 3 / 2, count + 2));
        }
        long need = (long) starts[count] + moreChars;
        if (need > chars.length) {
            long grown = Math.max(need, (long) chars.length * 3 / 2);
            if (grown > Integer.MAX_VALUE - 16) {
                throw new IllegalStateException("名称总长度超出单个字符池容量");
            }
            chars = Arrays.copyOf(chars, (int) grown);
        }
    }
}
