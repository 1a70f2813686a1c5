package cn.xgz.recon.ingest;

import static cn.xgz.recon.ingest.SchemaColumn.Def.mandatory;
import static cn.xgz.recon.ingest.SchemaColumn.Def.optional;

import cn.xgz.recon.source.EntityScale;
import cn.xgz.recon.source.EntityType;
import cn.xgz.recon.source.Registration;
import cn.xgz.recon.source.RegistrationStatus;
import cn.xgz.recon.source.Source;
import java.time.LocalDate;
import java.util.List;

/** 经营主体登记信息 (registrations). */
public final class RegistrationSchema implements SourceSchema<Registration> {

    /** The columns of inputs.md, in its order. */
    public enum Column implements SchemaColumn {
        USCC(mandatory("统一社会信用代码", "uscc")),
        NAME(mandatory("主体名称", "name")),
        ENTITY_TYPE(mandatory("主体类型", "entity_type")),
        SCALE(optional("企业规模", "scale")),
        REGION_CODE(mandatory("行政区划代码", "region_code")),
        OFFICE_CODE(optional("市场监管所代码", "office_code")),
        OFFICE_NAME(optional("市场监管所", "office_name")),
        INDUSTRY_CODE(optional("行业代码", "industry_code")),
        ESTABLISHED_DATE(mandatory("成立日期", "established_date")),
        STATUS(mandatory("登记状态", "status")),
        LEGAL_REP_NAME(optional("法定代表人（经营者）", "legal_rep_name")),
        LEGAL_REP_ID(optional("法定代表人证件号码", "legal_rep_id").masked(Masked.ID_NUMBER)),
        MARKET_ID(optional("所在市场编号", "market_id")),
        EMPLOYEES(optional("从业人数", "employees")),
        ADDRESS(optional("住所", "address"));

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
        return Source.REGISTRATIONS;
    }

    @Override
    public List<Column> columns() {
        return List.of(Column.values());
    }

    @Override
    public RowMapper<Registration> mapper(String file, HeaderBinding binding, IngestContext context,
            boolean strictWidth) {
        Cells c = new Cells(source(), file, binding, context, strictWidth);
        return row -> c.map(row, () -> {
            String uscc = c.uscc(Column.USCC);
            String name = c.text(Column.NAME);
            EntityType type = c.label(Column.ENTITY_TYPE, EntityType.class);
            EntityScale scale = c.label(Column.SCALE, EntityScale.class);
            String region = c.regionCode(Column.REGION_CODE);
            // Office and market go into RegistrationTable's dictionary, which shares their values itself.
            String officeCode = c.codeUnshared(Column.OFFICE_CODE);
            String officeName = c.text(Column.OFFICE_NAME);
            String industry = c.industryCode(Column.INDUSTRY_CODE);
            LocalDate established = c.date(Column.ESTABLISHED_DATE);
            RegistrationStatus status = c.label(Column.STATUS, RegistrationStatus.class);
            String legalRepName = c.text(Column.LEGAL_REP_NAME);
            String legalRepId = c.idNumber(Column.LEGAL_REP_ID);
            String marketId = c.codeUnshared(Column.MARKET_ID);
            Integer employees = c.count(Column.EMPLOYEES);
            String address = c.text(Column.ADDRESS);
            return new Registration(uscc, name, type, scale, region, officeCode, officeName, industry, established,
                    status, legalRepName, legalRepId, marketId, employees, address, c.file(), c.rowNumber());
        });
    }

    @Override
    public String key(Registration r) {
        return r.uscc();
    }

    @Override
    public SchemaColumn keyColumn() {
        return Column.USCC;
    }

    @Override
    public Class<Registration> type() {
        return Registration.class;
    }
}
