package cn.xgz.recon.feedback;

import java.time.LocalDate;
import java.util.Comparator;

/**
 * One imported match decision, keyed by the name's source and its normalised form.
 *
 * @param normalizedName the name as name resolution normalises it (so spelling variants share a decision)
 * @param nameText the name as the analyst's row gave it
 * @param uscc for 确认匹配 / 否定匹配 the registration the name was (or must not be) matched to; for 指定主体 the
 *     assigned one
 * @param decidedOn 核查日期
 * @param unit 核查单位, free text, null when blank
 */
public record ManualMatch(
        NameSource source,
        String normalizedName,
        String nameText,
        MatchVerdict verdict,
        String uscc,
        LocalDate decidedOn,
        String unit,
        long importId,
        int seq) {

    /** As for reviews: the later 核查日期 wins, then the later import, then the later row. */
    public static final Comparator<ManualMatch> PRECEDENCE = Comparator.comparing(ManualMatch::decidedOn)
            .thenComparingLong(ManualMatch::importId)
            .thenComparingInt(ManualMatch::seq);

    /** The decision's key: source and normalised name, with a separator. */
    public String key() {
        return source.name() + "|" + normalizedName;
    }
}
