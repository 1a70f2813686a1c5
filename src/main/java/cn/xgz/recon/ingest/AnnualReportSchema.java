package cn.xgz.recon.ingest;

import static cn.xgz.recon.ingest.SchemaColumn.Def.mandatory;
import static cn.xgz.recon.ingest.SchemaColumn.Def.optional;

import cn.xgz.recon.source.AnnualReport;
import cn.xgz.recon.source.ReportedOrgForm;
import cn.xgz.recon.source.Source;
import java.time.LocalDate;
import java.util.List;

/** 年度报告党建信息 (annual-reports); an entity has one row per report year. */
public final class AnnualReportSchema implements SourceSchema<AnnualReport> {

    /** The columns of inputs.md, in its order. */
    public enum Column implements SchemaColumn {
        USCC(mandatory("统一社会信用代码", "uscc")),
        REPORT_YEAR(mandatory("年报年度", "report_year")),
        PARTY_MEMBER_COUNT(mandatory("中共党员（包括预备党员）人数", "party_member_count").subject("党员人数")),
        PARTY_ORG_FORM(mandatory("党组织建制", "party_org_form")),
        LEGAL_REP_IS_MEMBER(optional("法定代表人是否为中共党员", "legal_rep_is_member")),
        LEGAL_REP_IS_SECRETARY(optional("法定代表人是否为党组织书记", "legal_rep_is_secretary")),
        FILED_DATE(optional("报送日期", "filed_date"));

        private final Def def;

        Column(Def def) {
            this.def = def;
        }

        @Override
        public Def def() {
            return def;
        }
    }

    @Override
    public Source source() {
        return Source.ANNUAL_REPORTS;
    }

    @Override
    public List<Column> columns() {
        return List.of(Column.values());
    }

    @Override
    public RowMapper<AnnualReport> mapper(String file, HeaderBinding binding, IngestContext context, boolean strictWidth) {
        Cells c = new Cells(source(), file, binding, context, strictWidth);
        return row -> c.map(row, () -> {
            String uscc = c.uscc(Column.USCC);
            int year = c.year(Column.REPORT_YEAR);
            int members = c.count(Column.PARTY_MEMBER_COUNT);
            ReportedOrgForm form = c.label(Column.PARTY_ORG_FORM, ReportedOrgForm.class);
            Boolean repIsMember = c.bool(Column.LEGAL_REP_IS_MEMBER);
            Boolean repIsSecretary = c.bool(Column.LEGAL_REP_IS_SECRETARY);
            LocalDate filed = c.date(Column.FILED_DATE);
            return new AnnualReport(uscc, year, members, form, repIsMember, repIsSecretary, filed, c.file(),
                    c.rowNumber());
        });
    }

    @Override
    public String key(AnnualReport r) {
        return r.uscc() + "|" + r.reportYear();
    }

    @Override
    public SchemaColumn keyColumn() {
        return Column.USCC;
    }

    @Override
    public Class<AnnualReport> type() {
        return AnnualReport.class;
    }
}
