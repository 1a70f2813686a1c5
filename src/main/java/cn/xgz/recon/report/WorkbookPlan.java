package cn.xgz.recon.report;

import cn.xgz.recon.rules.Finding;
import cn.xgz.recon.rules.FindingStatus;
import cn.xgz.recon.rules.RuleCode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which rules one workbook lists in full and which only as counts per county, so that the workbook stays within what
 * an office PC opens (about {@code maxDataRows} data rows). A rule listed in full costs its rule sheet's rows, its
 * open actionable findings on 任务清单 and its resolved findings on 已销号; the largest rules are turned into counts
 * first until the workbook fits (at province scale that is R13, the mass of unfiled annual reports).
 *
 * @param findings the scope's findings per rule (every status), in findings.csv order
 * @param counted the rules shown as counts per county only
 */
record WorkbookPlan(Map<RuleCode, List<Finding>> findings, Set<RuleCode> counted) {

    static WorkbookPlan of(ReportContext ctx, Scope scope, long maxDataRows) {
        Map<RuleCode, List<Finding>> rules = new EnumMap<>(RuleCode.class);
        Map<RuleCode, Long> cost = new EnumMap<>(RuleCode.class);
        long total = fixedRows(ctx, scope);
        for (RuleCode rule : RuleCode.values()) {
            List<Finding> fs = ctx.findings(rule, scope);
            if (!ctx.reviews().isEmpty()) {
                fs = fs.stream().filter(f -> !ctx.reviews().excluded(f)).toList();
            }
            if (fs.isEmpty()) {
                continue;
            }
            rules.put(rule, fs);
            long rows = fs.size();
            for (Finding f : fs) {
                if (TaskSheet.actionable(f) || f.status() == FindingStatus.RESOLVED) {
                    rows++;
                }
            }
            cost.put(rule, rows);
            total += rows;
        }
        Set<RuleCode> counted = EnumSet.noneOf(RuleCode.class);
        List<RuleCode> bySize = new ArrayList<>(cost.keySet());
        bySize.sort((a, b) -> Long.compare(cost.get(b), cost.get(a)));
        for (RuleCode rule : bySize) {
            if (total <= maxDataRows) {
                break;
            }
            counted.add(rule);
            total -= cost.get(rule);
        }
        return new WorkbookPlan(Collections.unmodifiableMap(rules), Collections.unmodifiableSet(counted));
    }

    /** The rows of the sheets that do not depend on the rules: 联建建议, 专业市场台账, 数据质量 (an estimate from above). */
    private static long fixedRows(ReportContext ctx, Scope scope) {
        long rows = 0;
        for (var p : ctx.input().result().proposals()) {
            if (scope.includesCounty(OtherSheets.proposalCounty(ctx, p))) {
                rows += p.unitUsccs().size();
            }
        }
        for (var m : ctx.input().result().markets()) {
            rows += scope.includesCounty(m.regionCode()) ? 1 : 0;
        }
        rows += ctx.nameLines(scope);
        if (scope.whole()) {
            rows += ctx.input().rejects().size() + ctx.input().result().notes().size();
        }
        return rows;
    }

    boolean listed(RuleCode rule) {
        return findings.containsKey(rule) && !counted.contains(rule);
    }
}
