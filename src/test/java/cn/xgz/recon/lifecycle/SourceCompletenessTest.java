package cn.xgz.recon.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xgz.recon.ingest.batch.FileStats;
import cn.xgz.recon.source.Source;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SourceCompletenessTest {

    static final LocalDate BEFORE = LocalDate.of(2025, 9, 30);

    static FileStats file(String name, long loaded, boolean whole, boolean partWay) {
        return new FileStats("registrations", name, "", 0, loaded, loaded, 0, whole, whole || partWay ? "坏了" : null,
                List.of(), partWay, 0);
    }

    @Test
    void aFileRejectedWholeOrStoppedPartWayMakesItsSourceIncomplete() {
        Map<Source, String> out = SourceCompleteness.incomplete(Map.of(
                Source.REGISTRATIONS, List.of(file("registrations-a.csv", 10, false, true)),
                Source.MARKETS, List.of(file("markets.xlsx", 0, true, false)),
                Source.RIDERS, List.of(file("riders.csv", 100, false, false))), Map.of(), null, 20);
        assertThat(out).containsOnlyKeys(Source.REGISTRATIONS, Source.MARKETS);
        assertThat(out.get(Source.REGISTRATIONS)).contains("registrations-a.csv 未能读完：坏了");
        assertThat(out.get(Source.MARKETS)).contains("markets.xlsx 被整体拒绝：坏了");
    }

    @Test
    void loadedRowsFallingByMoreThanTheSettingMakeASourceIncomplete() {
        Map<Source, List<FileStats>> now = Map.of(Source.REGISTRATIONS, List.of(file("registrations.csv", 790, false, false)),
                Source.MARKETS, List.of(file("markets.csv", 80, false, false)));
        Map<Source, String> out = SourceCompleteness.incomplete(now,
                Map.of(Source.REGISTRATIONS, 1000L, Source.MARKETS, 100L), BEFORE, 20);
        assertThat(out).containsOnlyKeys(Source.REGISTRATIONS);
        assertThat(out.get(Source.REGISTRATIONS)).contains("导入 790 行", "2025-09-30", "1,000 行", "减少 21%");
        assertThat(SourceCompleteness.incomplete(now, Map.of(Source.REGISTRATIONS, 1000L), BEFORE, 25)).isEmpty();
    }
}
