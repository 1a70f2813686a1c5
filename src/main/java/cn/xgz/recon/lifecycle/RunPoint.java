package cn.xgz.recon.lifecycle;

import java.time.LocalDate;
import java.util.Map;

/**
 * One earlier run's figures per county, as the history holds them: what 汇总's change column and the 趋势 sheet read.
 *
 * @param runDate the run's date
 * @param halfYear {@code 2025H1} when the point stands for a half-year period (the run a submission of that period
 *     takes its figures from), null for a nightly point
 * @param counties per county code: the figures of that county
 */
public record RunPoint(LocalDate runDate, String halfYear, Map<String, CountyPoint> counties) {

    public RunPoint {
        counties = Map.copyOf(counties);
    }

    /**
     * @param inScope 纳入统计的经营主体数
     * @param covered 已建党组织经营主体数
     * @param open findings not resolved (NEW + OPEN)
     * @param newFindings NEW findings
     * @param resolved RESOLVED findings
     */
    public record CountyPoint(int inScope, int covered, int open, int newFindings, int resolved) {

        public CountyPoint plus(CountyPoint o) {
            return new CountyPoint(inScope + o.inScope, covered + o.covered, open + o.open, newFindings + o.newFindings,
                    resolved + o.resolved);
        }

        public static final CountyPoint ZERO = new CountyPoint(0, 0, 0, 0, 0);
    }

    public boolean nightly() {
        return halfYear == null;
    }
}
