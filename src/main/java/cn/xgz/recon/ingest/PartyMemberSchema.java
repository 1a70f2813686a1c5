package cn.xgz.recon.ingest;

import static cn.xgz.recon.ingest.SchemaColumn.Def.mandatory;
import static cn.xgz.recon.ingest.SchemaColumn.Def.optional;

import cn.xgz.recon.ingest.value.Integers;
import cn.xgz.recon.source.MemberType;
import cn.xgz.recon.source.PartyMember;
import cn.xgz.recon.source.Source;
import java.time.LocalDate;
import java.util.List;

/** 党员信息 (party-members): the roster. */
public final class PartyMemberSchema implements SourceSchema<PartyMember> {

    /** The columns of inputs.md, in its order. */
    public enum Column implements SchemaColumn {
        ID_NUMBER(mandatory("身份证号", "id_number").masked(Masked.ID_NUMBER)),
        NAME(mandatory("姓名", "name").masked(Masked.NAME)),
        ORG_CODE(mandatory("所在党组织代码", "org_code")),
        MEMBER_TYPE(mandatory("人员类别", "member_type")),
        WORKPLACE_NAME(optional("工作单位", "workplace_name")),
        WORKPLACE_USCC(optional("工作单位统一社会信用代码", "workplace_uscc")),
        IS_FLOWING(optional("是否流动党员", "is_flowing")),
        FLOW_REGION_CODE(optional("流入地行政区划代码", "flow_region_code")),
        JOINED_DATE(optional("入党日期", "joined_date"));

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
        return Source.PARTY_MEMBERS;
    }

    @Override
    public List<Column> columns() {
        return List.of(Column.values());
    }

    @Override
    public RowMapper<PartyMember> mapper(String file, HeaderBinding binding, IngestContext context, boolean strictWidth) {
        Cells c = new Cells(source(), file, binding, context, strictWidth);
        return row -> c.map(row, () -> {
            String id = c.idNumber(Column.ID_NUMBER);
            String name = c.text(Column.NAME);
            String orgCode = c.code(Column.ORG_CODE);
            MemberType type = c.label(Column.MEMBER_TYPE, MemberType.class);
            String workplace = c.text(Column.WORKPLACE_NAME);
            // Kept as given, valid or not: only a valid, registered code resolves (rules.md, name resolution).
            String workplaceUscc = c.code(Column.WORKPLACE_USCC);
            Boolean flowing = c.bool(Column.IS_FLOWING);
            // The member may flow in from another province, so the code is not checked against the region table.
            String flowRegion = flowRegion(c.text(Column.FLOW_REGION_CODE));
            LocalDate joined = c.date(Column.JOINED_DATE);
            return new PartyMember(id, name, orgCode, type, workplace, workplaceUscc, flowing, flowRegion, joined,
                    c.file(), c.rowNumber());
        });
    }

    @Override
    public String key(PartyMember r) {
        return r.idNumber();
    }

    @Override
    public SchemaColumn keyColumn() {
        return Column.ID_NUMBER;
    }

    @Override
    public Class<PartyMember> type() {
        return PartyMember.class;
    }

    private static String flowRegion(String text) {
        return text == null ? null : Integers.withoutZeroFraction(text).intern();
    }
}
