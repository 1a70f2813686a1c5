package cn.xgz.recon.ingest.value;

/**
 * Cleans a cell as inputs.md asks before any validation: zero-width characters removed anywhere, full-width
 * ASCII folded to half-width, white space (including NBSP and the ideographic space) trimmed, blank as null.
 */
public final class TextCleaner {

    private TextCleaner() {}

    /** The cleaned text, or {@code null} when nothing is left. */
    public static String clean(String raw) {
        if (raw == null) {
            return null;
        }
        int n = raw.length();
        if (n == 0) {
            return null;
        }
        // Most cells are plain ASCII or CJK with nothing to do: return them without copying.
        if (!isSpace(raw.charAt(0)) && !isSpace(raw.charAt(n - 1))) {
            boolean dirty = false;
            for (int i = 0; i < n; i++) {
                if (needsWork(raw.charAt(i))) {
                    dirty = true;
                    break;
                }
            }
            if (!dirty) {
                return raw;
            }
        }
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            char c = raw.charAt(i);
            if (isZeroWidth(c)) {
                continue;
            }
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            } else if (c == '\u3000' || c == '\u00A0') {
                c = ' ';
            }
            sb.append(c);
        }
        int start = 0;
        int end = sb.length();
        while (start < end && isSpace(sb.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(sb.charAt(end - 1))) {
            end--;
        }
        return start == end ? null : sb.substring(start, end);
    }

    /** True when the text is blank after cleaning. */
    public static boolean isBlank(String raw) {
        return clean(raw) == null;
    }

    private static boolean needsWork(char c) {
        if (c < '\u00A0') {
            return false;
        }
        return c == '\u00A0' || c == '\u3000' || isZeroWidth(c) || (c >= '\uFF01' && c <= '\uFF5E');
    }

    static boolean isZeroWidth(char c) {
        return (c >= '\u200B' && c <= '\u200D') || c == '\u2060' || c == '\uFEFF';
    }

    /** White space per Unicode (what {@link Character#isWhitespace} and {@code isSpaceChar} cover) plus zero-width. */
    private static boolean isSpace(char c) {
        if (c <= ' ') {
            return true;
        }
        if (c < '\u0085') {
            return false;
        }
        // Explicit comparisons: CharacterData lookups for every CJK first and last character were measurable.
        return c == '\u0085' || c == '\u00A0' || c == '\u1680' || (c >= '\u2000' && c <= '\u200D') || c == '\u2028'
                || c == '\u2029' || c == '\u202F' || c == '\u205F' || c == '\u2060' || c == '\u3000' || c == '\uFEFF';
    }
}
