package cn.xgz.recon.match;

import java.util.List;

/**
 * The resolution of one name to a registration. Every decision records how it was reached, so an analyst can
 * audit a fuzzy match and see the candidates of an ambiguous one; nothing is guessed.
 *
 * @param method USCC, EXACT, FUZZY or UNRESOLVED
 * @param uscc the resolved entity's USCC, null when unresolved
 * @param score the similarity of the chosen (or best) candidate, 1.0 for USCC and EXACT, 0 when none
 * @param runnerUpUscc the second-best candidate, null when there was none
 * @param runnerUpScore its similarity, 0 when none
 * @param reason why it is unresolved (null when resolved)
 * @param candidates for an unresolved name, the closest registered candidates (USCC and name), best first
 */
public record MatchDecision(
        MatchMethod method,
        String uscc,
        double score,
        String runnerUpUscc,
        double runnerUpScore,
        Unresolved reason,
        List<Candidate> candidates) {

    public boolean resolved() {
        return method != MatchMethod.UNRESOLVED;
    }

    /** A registered entity considered for a name. */
    public record Candidate(String uscc, String name, double score, int editDistance) {}

    /** Why a name did not resolve. */
    public enum Unresolved {
        /** Two or more registered names are equally close (never guessed between). */
        AMBIGUOUS("多个登记主体名称同样接近，无法确定"),
        /** The closest name is in a region that conflicts with the region the text names. */
        REGION_CONFLICT("名称所含地区与候选主体所在地区不符"),
        /** No registered name is close enough. */
        NO_CANDIDATE("未找到足够相近的登记主体名称");

        private final String label;

        Unresolved(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
