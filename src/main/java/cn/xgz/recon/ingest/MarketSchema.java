package cn.xgz.recon.ingest;

import static cn.xgz.recon.ingest.SchemaColumn.Def.mandatory;
import static cn.xgz.recon.ingest.SchemaColumn.Def.optional;

import cn.xgz.recon.source.Market;
import cn.xgz.recon.source.Source;
import java.util.List;

/** 专业市场台账 (markets), the bureau's own ledger. */
public final class MarketSchema implements SourceSchema<Market> {

    /** The columns of inputs.md, in its order. */
    public enum Column implements SchemaColumn {
        MARKET_ID(mandatory("市场编号", "market_id")),
        MARKET_NAME(mandatory("市场名称", "market_name")),
        OPERATOR_USCC(mandatory("开办者统一社会信用代码", "operator_uscc")),
        CATEGORY(optional("市场类别", "category")),
        REGION_CODE(mandatory("行政区划代码", "region_code")),
        OFFICE_CODE(optional("市场监管所代码", "office_code")),
        STALL_COUNT(optional("经营户数量", "stall_count"));

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
        return Source.MARKETS;
    }

    @Override
    public List<Column> columns() {
        return List.of(Column.values());
    }

    @Override
    public RowMapper<Market> mapper(String file, HeaderBinding binding, IngestContext context, boolean strictWidth) {
        Cells c = new Cells(source(), file, binding, context, strictWidth);
        return row -> c.map(row, () -> {
            String id = c.code(Column.MARKET_ID);
            String name = c.text(Column.MARKET_NAME);
            String operator = c.uscc(Column.OPERATOR_USCC);
            String category = c.shared(Column.CATEGORY);
            String region = c.regionCode(Column.REGION_CODE);
            String office = c.code(Column.OFFICE_CODE);
            Integer stalls = c.count(Column.STALL_COUNT);
            return new Market(id, name, operator, category, region, office, stalls, c.file(), c.rowNumber());
        });
    }

    @Override
    public String key(Market r) {
        return r.marketId();
    }

    @Override
    public SchemaColumn keyColumn() {
        return Column.MARKET_ID;
    }

    @Override
    public Class<Market> type() {
        return Market.class;
    }
}
