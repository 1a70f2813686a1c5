package cn.xgz.recon.report;

import static cn.xgz.recon.report.Fixtures.GULOU;
import static cn.xgz.recon.report.Fixtures.REGIONS;
import static cn.xgz.recon.report.Fixtures.RUN;
import static cn.xgz.recon.report.Fixtures.SIMING;
import static org.assertj.core.api.Assertions.assertThat;

import cn.xgz.recon.reference.IndustryTable;
import cn.xgz.recon.rules.Finding;
import cn.xgz.recon.rules.FindingStatus;
import cn.xgz.recon.rules.RuleCode;
import cn.xgz.recon.rules.SubjectType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportContextTest {

    private static final String TAIJIANG = "350103"; // 福州市台江区, the same city as 鼓楼区

    @Test
    void aCityOrCountyScopeListsExactlyItsFindingsInInputOrder() {
        // Two counties of one city interleaved with another city's, a finding without a region and one whose county
        // the region table does not know: the index must keep input order within each city and rule.
        String[] counties = {GULOU, SIMING, TAIJIANG, null, "359999"};
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            RuleCode rule = i % 3 == 0 ? RuleCode.R03 : RuleCode.R13;
            String county = counties[i % counties.length];
            String key = Fixtures.uscc(county == null ? GULOU : county.substring(0, 6), 500 + i);
            findings.add(Fixtures.finding(rule, SubjectType.ENTITY, key, "示例个体户" + i, county, null, 2024, null,
                    FindingStatus.NEW, RUN));
        }
        ReportContext ctx = new ReportContext(Fixtures.withFindings(Fixtures.sample(false), findings), IndustryTable.standard());

        List<Scope> scopes = List.of(Scope.city(REGIONS.find("350100").orElseThrow()), Scope.city(REGIONS.find("350200").orElseThrow()),
                Scope.county(REGIONS.find(GULOU).orElseThrow()), Scope.county(REGIONS.find(TAIJIANG).orElseThrow()),
                Scope.county(REGIONS.find(SIMING).orElseThrow()), Scope.city(REGIONS.find("350300").orElseThrow()));
        for (Scope scope : scopes) {
            for (RuleCode rule : RuleCode.values()) {
                List<Finding> expected = findings.stream().filter(f -> f.rule() == rule && scope.includes(f)).toList();
                assertThat(ctx.findings(rule, scope)).as("%s %s", scope.code(), rule).containsExactlyElementsOf(expected);
            }
        }
        List<Finding> fuzhouR13 = ctx.findings(RuleCode.R13, scopes.get(0));
        assertThat(fuzhouR13).extracting(Finding::regionCode).containsOnly(GULOU, TAIJIANG).contains(GULOU, TAIJIANG);
        assertThat(fuzhouR13).isSortedAccordingTo((a, b) -> Integer.compare(findings.indexOf(a), findings.indexOf(b)));
        assertThat(ctx.findings(RuleCode.R13, scopes.get(5))).isEmpty();
    }
}
