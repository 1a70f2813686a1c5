package cn.xgz.recon.ingest;

import static cn.xgz.recon.ingest.TestRows.loaded;
import static cn.xgz.recon.ingest.TestRows.rejected;
import static cn.xgz.recon.ingest.TestRows.row;
import static cn.xgz.recon.ingest.TestRows.with;
import static org.assertj.core.api.Assertions.assertThat;

import cn.xgz.recon.source.Market;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarketSchemaTest {

    static final Map<String, String> VALID = row(
            "市场编号", "SC350583001",
            "市场名称", "南安昌月家具市场",
            "开办者统一社会信用代码", "91350583MAXAUH620X",
            "市场类别", "家具市场",
            "行政区划代码", "350583",
            "市场监管所代码", "35058301",
            "经营户数量", "39");

    @Test
    void loadsAValidRowIncludingNumberCells() {
        assertThat(loaded(SourceSchemas.MARKETS, VALID, Set.of("行政区划代码", "经营户数量"))).isEqualTo(new Market(
                "SC350583001", "南安昌月家具市场", "91350583MAXAUH620X", "家具市场", "350583", "35058301", 39,
                "test.csv", 7));
    }

    @ParameterizedTest(name = "[{index}] {0}={1} -> {2}")
    @CsvSource(textBlock = """
            市场编号,            '',                 必填项为空
            市场名称,            '',                 必填项为空
            开办者统一社会信用代码, '',                 必填项为空
            开办者统一社会信用代码, 91350102MAF6JNBH5W, 统一社会信用代码校验位错误
            行政区划代码,         350100,             行政区划代码不是县级区划
            经营户数量,           -3,                 经营户数量不能为负数
            经营户数量,           约40,               经营户数量应为整数
            """)
    void rejectsWithTheReferenceReasons(String header, String value, String reason) {
        Reject r = rejected(SourceSchemas.MARKETS, with(VALID, header, value), Set.of());
        assertThat(r.column()).isEqualTo(header);
        assertThat(r.reason()).isEqualTo(reason);
    }
}
