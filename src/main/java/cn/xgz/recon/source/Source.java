package cn.xgz.recon.source;

import java.util.Arrays;
import java.util.Optional;

/** The six input sources, by the file-name prefix that identifies their files (inputs.md). */
public enum Source {
    REGISTRATIONS("registrations", "经营主体登记信息"),
    ANNUAL_REPORTS("annual-reports", "年度报告党建信息"),
    RIDERS("riders", "网约配送员登记"),
    PARTY_ORGS("party-orgs", "党组织信息"),
    PARTY_MEMBERS("party-members", "党员信息"),
    MARKETS("markets", "专业市场台账");

    private final String prefix;
    private final String label;

    Source(String prefix, String label) {
        this.prefix = prefix;
        this.label = label;
    }

    /** The file-name prefix, also the {@code source} column of rejects.csv. */
    public String prefix() {
        return prefix;
    }

    /** The Chinese name of the source. */
    public String label() {
        return label;
    }

    /**
     * The source a file belongs to (inputs.md): a .csv or .xlsx whose name starts with the prefix followed by anything
     * but a letter ({@code riders 朴朴 2025 (副本).csv}, {@code registrations-old.xlsx}, {@code markets2025.csv}).
     * "Letter" means a Latin letter, as the prefixes are: {@code ridersx.csv} belongs to no source, and
     * {@code annual-reports.csv} is not a {@code riders} file.
     */
    public static Optional<Source> ofFileName(String fileName) {
        String lower = fileName.toLowerCase(java.util.Locale.ROOT);
        if (!lower.endsWith(".csv") && !lower.endsWith(".xlsx")) {
            return Optional.empty();
        }
        String stem = lower.substring(0, lower.lastIndexOf('.'));
        return Arrays.stream(values())
                .filter(s -> stem.startsWith(s.prefix)
                        && (stem.length() == s.prefix.length() || !isLatinLetter(stem.charAt(s.prefix.length()))))
                .findFirst();
    }

    /** A .csv or .xlsx file name (the kinds of file a source can have). */
    public static boolean isTableFile(String fileName) {
        String lower = fileName.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith(".csv") || lower.endsWith(".xlsx");
    }

    private static boolean isLatinLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
