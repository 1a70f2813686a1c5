package cn.xgz.recon.ingest;

import static cn.xgz.recon.ingest.TestRows.loaded;
import static cn.xgz.recon.ingest.TestRows.rejected;
import static cn.xgz.recon.ingest.TestRows.row;
import static cn.xgz.recon.ingest.TestRows.with;
import static org.assertj.core.api.Assertions.assertThat;

import cn.xgz.recon.source.AnnualReport;
import cn.xgz.recon.source.ReportedOrgForm;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnnualReportSchemaTest {

    static final Map<String, String> VALID = row(
            "统一社会信用代码", "92350111MA9HL00037",
            "年报年度", "2024",
            "中共党员（包括预备党员）人数", "2",
            "党组织建制", "党支部",
            "法定代表人是否为中共党员", "是",
            "法定代表人是否为党组织书记", "否",
            "报送日期", "2025-02-03");

    @Test
    void loadsAValidRow() {
        assertThat(loaded(SourceSchemas.ANNUAL_REPORTS, VALID)).isEqualTo(new AnnualReport("92350111MA9HL00037", 2024,
                2, ReportedOrgForm.BRANCH, true, false, LocalDate.of(2025, 2, 3), "test.csv", 7));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(textBlock = """
            未成立党组织, NONE
            未成立,      NONE
            无,          NONE
            党委,        COMMITTEE
            党总支,      GENERAL_BRANCH
            """)
    void acceptsOrgFormLabelsAndAliases(String text, ReportedOrgForm form) {
        assertThat(loaded(SourceSchemas.ANNUAL_REPORTS, with(VALID, "党组织建制", text)).orgForm()).isEqualTo(form);
    }

    @Test
    void readsNumberCellsAndBlankOptionalColumns() {
        Map<String, String> cells = row("uscc", "92350111ma9hl00037", "report_year", "2025",
                "party_member_count", "0", "party_org_form", "未成立党组织", "legal_rep_is_member", "n",
                "legal_rep_is_secretary", "", "filed_date", "");
        AnnualReport r = loaded(SourceSchemas.ANNUAL_REPORTS, cells, Set.of("report_year", "party_member_count"));
        assertThat(r.uscc()).isEqualTo("92350111MA9HL00037");
        assertThat(r.reportYear()).isEqualTo(2025);
        assertThat(r.legalRepIsMember()).isFalse();
        assertThat(r.legalRepIsSecretary()).isNull();
        assertThat(r.filedDate()).isNull();
    }

    @ParameterizedTest(name = "[{index}] {0}={1} -> {2}")
    @CsvSource(textBlock = """
            统一社会信用代码,          91350102MAR7RQU87R, 统一社会信用代码校验位错误
            年报年度,                 2026,               年报年度晚于运行年度
            年报年度,                 24,                 年报年度应为4位年份
            年报年度,                 2024年,              年报年度应为4位年份
            年报年度,                 '',                 必填项为空
            中共党员（包括预备党员）人数, -1,                 党员人数不能为负数
            中共党员（包括预备党员）人数, 两人,                党员人数应为整数
            中共党员（包括预备党员）人数, '',                 必填项为空
            党组织建制,                已建立,              党组织建制取值无效，应为党委、党总支、党支部、未成立党组织（或未成立、无）
            法定代表人是否为中共党员,     是的,               法定代表人是否为中共党员取值无效，应为是、否（或Y/N、1/0、true/false）
            法定代表人是否为党组织书记,   不详,               法定代表人是否为党组织书记取值无效，应为是、否（或Y/N、1/0、true/false）
            报送日期,                  2025-13-01,         报送日期无效
            """)
    void rejectsWithTheReferenceReasons(String header, String value, String reason) {
        Reject r = rejected(SourceSchemas.ANNUAL_REPORTS, with(VALID, header, value), Set.of());
        assertThat(r.column()).isEqualTo(header);
        assertThat(r.reason()).isEqualTo(reason);
    }

    @Test
    void keysByUsccAndYear() {
        AnnualReport r = loaded(SourceSchemas.ANNUAL_REPORTS, VALID);
        assertThat(SourceSchemas.ANNUAL_REPORTS.key(r)).isEqualTo("92350111MA9HL00037|2024");
    }
}
