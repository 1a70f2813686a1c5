package cn.xgz.recon.match;

import java.util.Arrays;

/** Character bigrams, their Dice similarity and a bounded Levenshtein distance, over slices of char arrays. */
final class Similarity {

    private Similarity() {}

    /** The bigram of two UTF-16 units: the first in the high half, never 0 for normalised names. */
    static int bigram(char a, char b) {
        return (a << 16) | b;
    }

    /** The bigrams of {@code text[off, off+len)} in position order; {@code len - 1} of them (0 when len < 2). */
    static int fill(char[] text, int off, int len, int[] out) {
        int n = Math.max(0, len - 1);
        for (int i = 0; i < n; i++) {
            out[i] = bigram(text[off + i], text[off + i + 1]);
        }
        return n;
    }

    static int[] sortedBigrams(String text) {
        char[] c = text.toCharArray();
        int[] b = new int[Math.max(0, c.length - 1)];
        fill(c, 0, c.length, b);
        Arrays.sort(b);
        return b;
    }

    /**
     * Dice over bigram multisets (2·common / (|a| + |b|)), both arrays sorted; counting repeats keeps one edit
     * in an n-character name at a similarity of at least (n−3)/(n−1).
     */
    static double dice(int[] a, int aLen, int[] b, int bLen) {
        return aLen + bLen == 0 ? 0 : 2.0 * common(a, aLen, b, bLen) / (aLen + bLen);
    }

    /**
     * How many bigrams two sorted multisets share. k edits destroy at most 2k of a name's bigram occurrences, so a
     * name within k edits of one with n bigrams shares at least n − 2k: a cheap test before the edit distance.
     */
    static int common(int[] a, int aLen, int[] b, int bLen) {
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < aLen && j < bLen) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return common;
    }

    /**
     * The Levenshtein distance of two slices when it is at most {@code bound}, else {@code bound + 1}. {@code
     * row} is scratch of at least {@code 2 * (bLen + 1)} ints.
     */
    static int boundedDistance(char[] a, int aOff, int aLen, char[] b, int bOff, int bLen, int bound, int[] row) {
        if (Math.abs(aLen - bLen) > bound) {
            return bound + 1;
        }
        int w = bLen + 1;
        for (int j = 0; j <= bLen; j++) {
            row[j] = j;
        }
        int prev = 0;
        int cur = w;
        for (int i = 1; i <= aLen; i++) {
            row[cur] = i;
            int rowMin = i;
            char ca = a[aOff + i - 1];
            for (int j = 1; j <= bLen; j++) {
                int cost = ca == b[bOff + j - 1] ? 0 : 1;
                int v = Math.min(Math.min(row[prev + j] + 1, row[cur + j - 1] + 1), row[prev + j - 1] + cost);
                row[cur + j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > bound) {
                return bound + 1;
            }
            int t = prev;
            prev = cur;
            cur = t;
        }
        return Math.min(row[prev + bLen], bound + 1);
    }
}
