package cn.xgz.recon.ingest;

import static cn.xgz.recon.ingest.SchemaColumn.Def.mandatory;
import static cn.xgz.recon.ingest.SchemaColumn.Def.optional;

import cn.xgz.recon.source.Formation;
import cn.xgz.recon.source.OrgStatus;
import cn.xgz.recon.source.OrgType;
import cn.xgz.recon.source.PartyOrg;
import cn.xgz.recon.source.Source;
import java.time.LocalDate;
import java.util.List;

/** 党组织信息 (party-orgs). */
public final class PartyOrgSchema implements SourceSchema<PartyOrg> {

    /** The columns of inputs.md, in its order. */
    public enum Column implements SchemaColumn {
        ORG_CODE(mandatory("党组织代码", "org_code")),
        ORG_NAME(mandatory("党组织名称", "org_name")),
        ORG_TYPE(mandatory("党组织类别", "org_type")),
        FORMATION(optional("组建方式", "formation")),
        PARENT_ORG_CODE(optional("上级党组织代码", "parent_org_code")),
        REGION_CODE(mandatory("行政区划代码", "region_code")),
        ESTABLISHED_DATE(optional("成立日期", "established_date")),
        COVERED_USCC(optional("覆盖单位统一社会信用代码", "covered_uscc")),
        COVERED_NAMES(optional("覆盖单位名称", "covered_names")),
        IS_FLOW_BRANCH(optional("是否流动党员党支部", "is_flow_branch")),
        STATUS(optional("状态", "status"));

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
        return Source.PARTY_ORGS;
    }

    @Override
    public List<Column> columns() {
        return List.of(Column.values());
    }

    @Override
    public RowMapper<PartyOrg> mapper(String file, HeaderBinding binding, IngestContext context, boolean strictWidth) {
        Cells c = new Cells(source(), file, binding, context, strictWidth);
        return row -> c.map(row, () -> {
            String code = c.code(Column.ORG_CODE);
            String name = c.text(Column.ORG_NAME);
            OrgType type = c.label(Column.ORG_TYPE, OrgType.class);
            Formation formation = c.label(Column.FORMATION, Formation.class);
            String parent = c.code(Column.PARENT_ORG_CODE);
            String region = c.regionCode(Column.REGION_CODE);
            LocalDate established = c.date(Column.ESTABLISHED_DATE);
            // Covered codes are kept valid or not: R11 counts them all, and an invalid one resolves to nothing.
            List<String> coveredUsccs = c.list(Column.COVERED_USCC, true);
            List<String> coveredNames = c.list(Column.COVERED_NAMES, false);
            Boolean flowBranch = c.bool(Column.IS_FLOW_BRANCH);
            OrgStatus status = c.label(Column.STATUS, OrgStatus.class);
            return new PartyOrg(code, name, type, formation, parent, region, established, coveredUsccs, coveredNames,
                    flowBranch, status == null ? OrgStatus.NORMAL : status, c.file(), c.rowNumber());
        });
    }

    @Override
    public String key(PartyOrg r) {
        return r.orgCode();
    }

    @Override
    public SchemaColumn keyColumn() {
        return Column.ORG_CODE;
    }

    @Override
    public Class<PartyOrg> type() {
        return PartyOrg.class;
    }
}
