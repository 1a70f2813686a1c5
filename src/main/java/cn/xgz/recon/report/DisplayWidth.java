package cn.xgz.recon.report;

/** How wide text looks in a spreadsheet column: CJK and full-width characters take about two character widths. */
final class DisplayWidth {

    private DisplayWidth() {}

    static int of(String s) {
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

    static boolean wide(int cp) {
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
    static int poiWidth(int displayWidth, int cap) {
        int w = Math.min(Math.max(displayWidth, 4), cap) + 2;
        return Math.min(w * 256, 255 * 256);
    }
}
