package cn.xgz.recon.common;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The last line of defence for free text (log lines, exception messages): masks what is an ID number (GB 11643:
 * a real birth date and, for 18 characters, the check character) or a mobile phone number (a prefix in use). Code
 * should never put such values in messages; this makes a slip harmless. A digit run that only looks like one is left
 * alone, and so is one inside a path or a hash: an error naming {@code /tmp/junit-955206394431442004} must name a
 * folder that exists.
 */
public final class PiiScrubber {

    private static final Pattern ID_OR_PHONE =
            Pattern.compile("(?<![0-9A-Za-z])(\\d{17}[\\dXx]|\\d{15}|1\\d{10})(?![0-9A-Za-z])");

    /** Mobile prefixes in use (MIIT numbering plan): 13x, 145–149, 15x but 154, 162/5/6/7, 170–178, 18x, 19x but 194. */
    private static final Pattern MOBILE = Pattern.compile("1(3\\d|4[5-9]|5[0-35-9]|6[2567]|7[0-8]|8\\d|9[0-35-9])\\d{8}");

    private PiiScrubber() {}

    public static String scrub(String text) {
        if (text == null || text.length() < 11) {
            return text;
        }
        Matcher m = ID_OR_PHONE.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        do {
            String v = m.group(1);
            String masked = inPath(text, m.start(1), m.end(1)) ? v
                    : v.length() == 11 ? (MOBILE.matcher(v).matches() ? Masking.phone(v) : v)
                    : IdNumber.parse(v).valid() ? Masking.idNumber(v) : v;
            m.appendReplacement(sb, Matcher.quoteReplacement(masked));
        } while (m.find());
        m.appendTail(sb);
        return sb.toString();
    }

    /** Whether the run {@code [start, end)} is part of a file path: its word (up to blanks or quotes) has a slash. */
    static boolean inPath(String text, int start, int end) {
        int from = start;
        while (from > 0 && !wordEnd(text.charAt(from - 1))) {
            from--;
        }
        int to = end;
        while (to < text.length() && !wordEnd(text.charAt(to))) {
            to++;
        }
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '/' || c == '\\') {
                return true;
            }
        }
        return false;
    }

    private static boolean wordEnd(char c) {
        return Character.isWhitespace(c) || c == '"' || c == '\'' || c == '“' || c == '”' || c == '：' || c == '，'
                || c == '（' || c == '）' || c == '、' || c == '；' || c == '。' || c == ',' || c == '=' || c == '(' || c == ')'
                || c == '[' || c == ']' || c == '<' || c == '>' || c == '「' || c == '」';
    }
}
