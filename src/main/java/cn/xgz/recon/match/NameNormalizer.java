package cn.xgz.recon.match;

import cn.xgz.recon.reference.Region;
import cn.xgz.recon.reference.RegionTable;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reduces a company name to the form names are compared in (rules.md, name resolution): NFKC, no white space or
 * punctuation, 有限责任公司 folded to 有限公司, and the leading province / city / county names of the jurisdiction
 * stripped and reported. Thread-safe; one instance serves a whole run.
 */
public final class NameNormalizer {

    /** Brackets that NFKC leaves alone; like all punctuation they go and their content stays. */
    static final String EXTRA_BRACKETS = "【】〔〕「」『』〈〉《》〖〗〘〙〚〛｟｠⦅⦆［］｛｝";

    private static final String LLC_LONG = "有限责任公司";
    private static final String LLC_SHORT = "有限公司";

    /** Administrative suffixes a region name may be written without (福建省 → 福建, 武夷山市 → 武夷山). */
    private static final List<String> REGION_SUFFIXES =
            List.of("特别行政区", "自治区", "自治州", "自治县", "地区", "省", "市", "区", "县", "盟", "旗");

    /** The core that stripping must leave, so that 福州市 alone is not reduced to nothing. */
    private static final int MIN_CORE = 2;

    private final PrefixNode root = new PrefixNode();
    private final int maxPrefixLength;

    public NameNormalizer(RegionTable regions) {
        Map<String, String> codeByPrefix = new HashMap<>();
        for (Region r : regions.all()) {
            addPrefix(codeByPrefix, r.name(), r.code());
            String shortName = withoutSuffix(r.name());
            if (shortName != null) {
                addPrefix(codeByPrefix, shortName, r.code());
            }
        }
        int longest = 0;
        for (Map.Entry<String, String> e : codeByPrefix.entrySet()) {
            root.insert(e.getKey(), e.getValue());
            longest = Math.max(longest, e.getKey().length());
        }
        this.maxPrefixLength = longest;
    }

    /** The normalised core of a name and the region its leading prefix named. A null text is an empty name. */
    public NormalizedName normalize(String text) {
        String clean = clean(text);
        int pos = 0;
        String named = null;
        int namedLevel = 0;
        while (true) {
            PrefixNode node = root;
            int end = -1;
            String code = null;
            int limit = Math.min(clean.length(), pos + maxPrefixLength);
            for (int i = pos; i < limit; i++) {
                node = node.child(clean.charAt(i));
                if (node == null) {
                    break;
                }
                if (node.code != null) {
                    end = i + 1;
                    code = node.code;
                }
            }
            // The longest region name only: 思明区店 is not 思明 + 区店. It must leave a core of two characters.
            if (end < 0 || clean.length() - end < MIN_CORE) {
                break;
            }
            int level = level(code);
            if (level > namedLevel) {
                named = code;
                namedLevel = level;
            }
            pos = end;
        }
        return new NormalizedName(clean.substring(pos), named, clean.substring(0, pos));
    }

    /**
     * NFKC, then only letters and digits kept (Latin upper-cased), then 有限责任公司 folded to 有限公司: the two are
     * the same legal form under 公司法 and members write either.
     */
    public static String clean(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return cleanNormalized(CharTables.needsNfkc(text) ? Normalizer.normalize(text, Normalizer.Form.NFKC) : text);
    }

    /** {@link #clean} of a text already in NFKC (or one NFKC would not change). */
    static String cleanNormalized(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (CharTables.keep(cp)) {
                b.appendCodePoint(cp >= 'a' && cp <= 'z' ? cp - ('a' - 'A') : cp);
            }
        }
        String out = b.toString();
        return out.contains(LLC_LONG) ? out.replace(LLC_LONG, LLC_SHORT) : out;
    }

    private static String withoutSuffix(String name) {
        for (String suffix : REGION_SUFFIXES) {
            if (name.endsWith(suffix) && name.length() - suffix.length() >= 2) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return null;
    }

    /** Two regions with one name (鼓楼区 in two cities) make the name mean only what they share. */
    private static void addPrefix(Map<String, String> codeByPrefix, String prefix, String code) {
        codeByPrefix.merge(prefix, code, NameNormalizer::commonAncestor);
    }

    static String commonAncestor(String a, String b) {
        if (a.equals(b)) {
            return a;
        }
        if (a.regionMatches(0, b, 0, 4)) {
            return a.substring(0, 4) + "00";
        }
        return a.substring(0, 2) + "0000";
    }

    /** 1 province, 2 city, 3 county, by the GB/T 2260 code shape. */
    static int level(String code) {
        if (code.endsWith("0000")) {
            return 1;
        }
        return code.endsWith("00") ? 2 : 3;
    }

    /** A character trie of region names; a node with a code ends a name. */
    private static final class PrefixNode {
        private final Map<Character, PrefixNode> children = new HashMap<>(4);
        private String code;

        PrefixNode child(char c) {
            return children.get(c);
        }

        void insert(String name, String regionCode) {
            PrefixNode n = this;
            for (int i = 0; i < name.length(); i++) {
                n = n.children.computeIfAbsent(name.charAt(i), k -> new PrefixNode());
            }
            n.code = regionCode;
        }
    }

    /** Per-character tables for the BMP, computed once, so that most names never reach the JDK normaliser. */
    static final class CharTables {
        private static final boolean[] NEEDS_NFKC = new boolean[0x10000];
        private static final boolean[] KEEP = new boolean[0x10000];

        static {
            for (int c = 0; c < 0x10000; c++) {
                KEEP[c] = keptType(Character.getType(c));
                NEEDS_NFKC[c] = Character.isSurrogate((char) c)
                        || combines(c)
                        || !Normalizer.isNormalized(String.valueOf((char) c), Normalizer.Form.NFKC);
            }
            for (int i = 0; i < EXTRA_BRACKETS.length(); i++) {
                KEEP[EXTRA_BRACKETS.charAt(i)] = false;
            }
        }

        private CharTables() {}

        static boolean needsNfkc(String s) {
            for (int i = 0; i < s.length(); i++) {
                if (NEEDS_NFKC[s.charAt(i)]) {
                    return true;
                }
            }
            return false;
        }

        static boolean keep(int cp) {
            return cp < 0x10000 ? KEEP[cp] : keptType(Character.getType(cp));
        }

        private static boolean keptType(int type) {
            return switch (type) {
                case Character.UPPERCASE_LETTER,
                        Character.LOWERCASE_LETTER,
                        Character.TITLECASE_LETTER,
                        Character.MODIFIER_LETTER,
                        Character.OTHER_LETTER,
                        Character.DECIMAL_DIGIT_NUMBER,
                        Character.LETTER_NUMBER,
                        Character.OTHER_NUMBER -> true;
                default -> false;
            };
        }

        /** Marks and conjoining jamo can compose with what precedes them, which a per-character test misses. */
        private static boolean combines(int c) {
            int t = Character.getType(c);
            return t == Character.NON_SPACING_MARK
                    || t == Character.COMBINING_SPACING_MARK
                    || t == Character.ENCLOSING_MARK
                    || (c >= 0x1100 && c <= 0x11FF)
                    || (c >= 0xA960 && c <= 0xA97F)
                    || (c >= 0xD7B0 && c <= 0xD7FF);
        }
    }
}
