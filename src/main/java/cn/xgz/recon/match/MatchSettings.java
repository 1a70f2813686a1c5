package cn.xgz.recon.match;

/**
 * The tuning of fuzzy name resolution. The defaults make rules.md's promise exact: one wrong, missing or extra
 * character in a name of at least 8 normalised characters resolves when no other registered name is as close.
 *
 * @param threshold the least bigram similarity (Dice over character bigrams, 0–1) a fuzzy match needs; one edit
 *     in an 8-character name leaves at least 5/7 ≈ 0.714, hence 0.7
 * @param margin how far the best candidate's similarity must lead a runner-up that is also within {@code
 *     maxEdits} but farther in edits; with {@code maxEdits} 1 there is no such runner-up (a 0-edit one is an exact
 *     match), so it only matters when more edits are allowed
 * @param maxEdits the most edits (Levenshtein) between a name and a fuzzy match, 1 or 2 (the search cost grows
 *     with the square of the name length at 2)
 * @param minFuzzyLength the normalised length that the longer of the two names must reach for a fuzzy match;
 *     shorter names differ in one character far too often to guess
 * @param maxCandidates how many candidates an unresolved decision lists, best first
 */
public record MatchSettings(double threshold, double margin, int maxEdits, int minFuzzyLength, int maxCandidates) {

    public static final double DEFAULT_THRESHOLD = 0.7;
    public static final double DEFAULT_MARGIN = 0.05;
    public static final int DEFAULT_MAX_EDITS = 1;
    public static final int DEFAULT_MIN_FUZZY_LENGTH = 8;
    public static final int DEFAULT_MAX_CANDIDATES = 5;

    public MatchSettings {
        if (!(threshold > 0 && threshold <= 1) || !(margin >= 0 && margin < 1)) {
            throw new IllegalArgumentException("相似度阈值应在 (0,1] 内，领先幅度应在 [0,1) 内");
        }
        if (maxEdits < 1 || maxEdits > 2 || minFuzzyLength < 2 || maxCandidates < 2) {
            throw new IllegalArgumentException("名称匹配参数超出范围");
        }
    }

    public static MatchSettings defaults() {
        return new MatchSettings(
                DEFAULT_THRESHOLD,
                DEFAULT_MARGIN,
                DEFAULT_MAX_EDITS,
                DEFAULT_MIN_FUZZY_LENGTH,
                DEFAULT_MAX_CANDIDATES);
    }
}
