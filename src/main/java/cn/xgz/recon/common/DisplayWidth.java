package cn.xgz.recon.common;

/**
 * How wide text looks in a terminal or a spreadsheet column: CJK and full-width characters take two character widths.
 * The workbooks size their columns with it, {@code status} aligns its columns with it.
 */
public final class DisplayWidth {

    private DisplayWidth() {}

    public static int of(String s) {
        if (s == null) {
            return 0;
        }
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += wide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return w;
    }

    public static boolean wide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F)
                || (cp >= 0x2E80 && cp <= 0xA4CF)
                || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6)
                || (cp >= 0x20000 && cp <= 0x3FFFD);
    }

    /** POI column width (1/256 of a character) for a display width, with padding and the given cap. */
    public static int poiWidth(int displayWidth, int cap) {
        int w = Math.min(Math.max(displayWidth, 4), cap) + 2;
        return Math.min(w * 256, 255 * 256);
    }

    /** {@code s} padded with spaces to the display width {@code width} (left-aligned); longer text is left as is. */
    public static String pad(String s, int width) {
        String t = s == null ? "" : s;
        int w = of(t);
        return w >= width ? t : t + " ".repeat(width - w);
    }
}
