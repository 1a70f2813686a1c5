package cn.xgz.recon.ingest;

import static cn.xgz.recon.ingest.SchemaColumn.Def.mandatory;
import static cn.xgz.recon.ingest.SchemaColumn.Def.optional;

import cn.xgz.recon.source.PoliticalStatus;
import cn.xgz.recon.source.Rider;
import cn.xgz.recon.source.Source;
import java.util.List;

/** 网约配送员登记 (riders): the platform's whole rider register for the jurisdiction. */
public final class RiderSchema implements SourceSchema<Rider> {

    /** The columns of inputs.md, in its order. */
    public enum Column implements SchemaColumn {
        PLATFORM(mandatory("平台", "platform")),
        RIDER_ID(mandatory("骑手编号", "rider_id")),
        NAME(mandatory("姓名", "name")),
        ID_NUMBER(mandatory("身份证号", "id_number").masked(Masked.ID_NUMBER)),
        PHONE(optional("手机号", "phone").masked(Masked.PHONE)),
        STATION_ID(mandatory("配送站点编号", "station_id")),
        STATION_NAME(optional("配送站点", "station_name")),
        STATION_REGION_CODE(mandatory("站点行政区划代码", "station_region_code")),
        STATION_OPERATOR_USCC(optional("站点运营企业统一社会信用代码", "station_operator_uscc")),
        POLITICAL_STATUS(mandatory("政治面貌", "political_status")),
        ACTIVE(optional("在岗状态", "active"));

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
        return Source.RIDERS;
    }

    @Override
    public List<Column> columns() {
        return List.of(Column.values());
    }

    @Override
    public RowMapper<Rider> mapper(String file, HeaderBinding binding, IngestContext context, boolean strictWidth) {
        Cells c = new Cells(source(), file, binding, context, strictWidth);
        return row -> c.map(row, () -> {
            String platform = c.shared(Column.PLATFORM);
            String riderId = c.text(Column.RIDER_ID);
            String name = c.text(Column.NAME);
            String id = c.idNumber(Column.ID_NUMBER);
            String phone = c.phone(Column.PHONE);
            String stationId = c.code(Column.STATION_ID);
            String stationName = c.shared(Column.STATION_NAME);
            String stationRegion = c.regionCode(Column.STATION_REGION_CODE);
            // Kept as given, valid or not: an invalid code simply resolves to no entity.
            String operator = c.code(Column.STATION_OPERATOR_USCC);
            String political = politicalStatus(c.shared(Column.POLITICAL_STATUS));
            boolean active = active(c.text(Column.ACTIVE));
            return new Rider(platform, riderId, name, id, phone, stationId, stationName, stationRegion, operator,
                    political, active, c.file(), c.rowNumber());
        });
    }

    @Override
    public String key(Rider r) {
        return Cells.upper(r.platform()) + "|" + Cells.upper(r.riderId());
    }

    @Override
    public SchemaColumn keyColumn() {
        return Column.RIDER_ID;
    }

    @Override
    public Class<Rider> type() {
        return Rider.class;
    }

    /** 在岗 or blank is active, 离职 is not. */
    private static boolean active(String text) {
        if (text == null || text.equals("在岗")) {
            return true;
        }
        if (text.equals("离职")) {
            return false;
        }
        throw new RowRejected(Column.ACTIVE, Cells.invalidChoice(Column.ACTIVE.subject(), "在岗、离职或留空"), text);
    }

    /**
     * The GB/T 4762 full names of the party and league statuses fold to the short labels inputs.md lists, so that
     * 中国共产党党员 counts as a declared member; any other status is kept as given.
     */
    static String politicalStatus(String text) {
        if (text == null) {
            return null;
        }
        return switch (text) {
            case "中国共产党党员", "共产党员" -> PoliticalStatus.FULL_MEMBER;
            case "中国共产党预备党员" -> PoliticalStatus.PROBATIONARY_MEMBER;
            case "中国共产主义青年团团员", "共青团团员" -> "共青团员";
            default -> text;
        };
    }
}
