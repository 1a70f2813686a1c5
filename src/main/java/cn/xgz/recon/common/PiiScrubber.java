package cn.xgz.recon.common;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The last line of defence for free text (log lines, exception messages): masks anything shaped like an ID
 * number (15 or 18 characters) or a mobile phone number. Code should never put such values in messages;
 * this makes a slip harmless.
 */
public final class PiiScrubber {

    private static final Pattern ID_OR_PHONE =
            Pattern.compile("(?<![0-9A-Za-z])(\\d{17}[\\dXx]|\\d{15}|1\\d{10})(?![0-9A-Za-z])");

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
            m.appendReplacement(sb, Matcher.quoteReplacement(v.length() == 11 ? Masking.phone(v) : Masking.idNumber(v)));
        } while (m.find());
        m.appendTail(sb);
        return sb.toString();
    }
}
