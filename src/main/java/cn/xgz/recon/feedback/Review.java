package cn.xgz.recon.feedback;

import java.time.LocalDate;
import java.util.Comparator;

/**
 * One imported review of a finding.
 *
 * @param findingId {@code rule_code:subject_key}
 * @param reviewDate 核查日期
 * @param unit 核查单位, free text as typed, null when blank
 * @param note 核查说明, free text as typed, null when blank
 * @param importId the import that brought it (later imports win on the same 核查日期)
 * @param seq the row's position in its file (later rows win within one import)
 * @param metricAtReview the finding's metric in the latest run on or before the 核查日期 (an exclusion lapses when
 *     it changes), null when no such run held the finding
 * @param basisAtReview its basis then
 */
public record Review(
        String findingId,
        Outcome outcome,
        LocalDate reviewDate,
        String unit,
        String note,
        long importId,
        int seq,
        Long metricAtReview,
        String basisAtReview) {

    /** feedback.md: the later 核查日期 wins; on the same date the later import, then the later row. */
    public static final Comparator<Review> PRECEDENCE = Comparator.comparing(Review::reviewDate)
            .thenComparingLong(Review::importId)
            .thenComparingInt(Review::seq);

    /** Whether a returned row says exactly what this review says (a workbook returned twice changes nothing). */
    public boolean sameAs(String otherFindingId, Outcome otherOutcome, LocalDate otherDate, String otherUnit,
            String otherNote) {
        return findingId.equals(otherFindingId) && outcome == otherOutcome && reviewDate.equals(otherDate)
                && java.util.Objects.equals(unit, otherUnit) && java.util.Objects.equals(note, otherNote);
    }
}
