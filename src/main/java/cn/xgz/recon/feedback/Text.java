package cn.xgz.recon.feedback;

/** Cell text as analysts type it: stray blanks (also full-width and non-breaking) around and inside a keyword. */
final class Text {

    private Text() {}

    /** The text without any white space, for keywords (outcomes, decisions, codes, headers). */
    static String squeeze(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\uFEFF') {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Free text trimmed (full-width blanks too), null when nothing is left. */
    static String trimToNull(String text) {
        if (text == null) {
            return null;
        }
        int a = 0;
        int z = text.length();
        while (a < z && isBlank(text.charAt(a))) {
            a++;
        }
        while (z > a && isBlank(text.charAt(z - 1))) {
            z--;
        }
        return a == z ? null : text.substring(a, z);
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }
}
