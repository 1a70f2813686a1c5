package cn.xgz.recon.rules;

import cn.xgz.recon.source.Source;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** R13: an in-scope entity established by the end of the required year that has not filed that year's report. */
final class MissingAnnualReportRule implements Rule {

    @Override
    public RuleCode code() {
        return RuleCode.R13;
    }

    @Override
    public Set<Source> requires() {
        return EnumSet.of(Source.REGISTRATIONS, Source.ANNUAL_REPORTS);
    }

    @Override
    public List<Finding> apply(RunFacts f) {
        List<Finding> out = new ArrayList<>();
        int year = f.requiredReportYear;
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        for (int pos = f.inScope.nextSetBit(0); pos >= 0; pos = f.inScope.nextSetBit(pos + 1)) {
            if (f.regs.establishedAfter(pos, yearEnd) || f.reportedRequiredYear.get(pos)) {
                continue;
            }
            String detail = RuleTexts.r13(f.regs.name(pos), f.regs.established(pos), year);
            out.add(Findings.entity(f, code(), pos, year, null, detail));
        }
        return out;
    }
}
