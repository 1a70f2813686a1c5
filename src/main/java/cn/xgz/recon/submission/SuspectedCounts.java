package cn.xgz.recon.submission;

import cn.xgz.recon.rules.Finding;
import cn.xgz.recon.rules.RuleCode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * 疑似口袋党员数 (R04) and 疑似隐形党员数 (R05) without the findings reviewed as 不属实 (outputs.md, 半年报送).
 */
public final class SuspectedCounts {

    private SuspectedCounts() {}

    /** The outcome: the county figures to submit and how many findings were left out. */
    public record Adjusted(Map<String, Figures> counties, int leftOut) {}

    /**
     * Lowers each county's R04/R05 counts by its findings reviewed as 不属实. The run's findings are read only when
     * some review exists.
     */
    public static Adjusted withoutUntrue(Map<String, Figures> counties, Supplier<List<Finding>> runFindings,
            UntrueReviews reviews) {
        if (!reviews.any()) {
            return new Adjusted(counties, 0);
        }
        Map<String, int[]> untrue = new HashMap<>();
        int leftOut = 0;
        for (Finding f : runFindings.get()) {
            if ((f.rule() == RuleCode.R04 || f.rule() == RuleCode.R05) && f.regionCode() != null
                    && counties.containsKey(f.regionCode()) && reviews.isUntrue(f)) {
                untrue.computeIfAbsent(f.regionCode(), k -> new int[2])[f.rule() == RuleCode.R04 ? 0 : 1]++;
                leftOut++;
            }
        }
        Map<String, Figures> out = new LinkedHashMap<>(counties);
        untrue.forEach((county, n) -> out.put(county, out.get(county).minus(Figure.POCKET, n[0]).minus(Figure.HIDDEN, n[1])));
        return new Adjusted(out, leftOut);
    }
}
