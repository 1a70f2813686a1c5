package cn.xgz.recon.ingest.batch;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xgz.recon.source.Source;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The row count the ingest tables are sized for: the last run's, else the CSV files' sizes. */
class ExpectedRowsTest {

    @TempDir
    Path dir;

    @Test
    void aSmallCsvIsCountedLineByLineWithoutItsHeader() throws IOException {
        assertThat(ExpectedRows.inFiles(List.of(csv("registrations.csv", 100, 50)))).isEqualTo(100);
    }

    @Test
    void aLargeCsvIsEstimatedFromItsFirstMegabyte() throws IOException {
        Path big = csv("registrations.csv", 40_000, 80); // ~3.3 MB
        assertThat(ExpectedRows.inFiles(List.of(big))).isBetween(39_600L, 40_400L);
    }

    @Test
    void filesAddUpAndOnlyCsvFilesAreEstimated() throws IOException {
        Path a = csv("registrations-1.csv", 10, 40);
        Path b = csv("registrations-2.csv", 20, 40);
        Path xlsx = Files.write(dir.resolve("registrations-3.xlsx"), new byte[4096]);
        assertThat(ExpectedRows.inFiles(List.of(a, b, xlsx, dir.resolve("missing.csv")))).isEqualTo(30);
    }

    @Test
    void theLastRunsCountComesFirstAndBothGetHeadroom() throws IOException {
        csv("registrations.csv", 160, 40);
        assertThat(StagedRows.expectedRows(Source.REGISTRATIONS, dir, 1600)).isEqualTo(1700);
        assertThat(StagedRows.expectedRows(Source.REGISTRATIONS, dir, 0)).isEqualTo(170);
        assertThat(StagedRows.expectedRows(Source.MARKETS, dir, 0)).isZero();
        assertThat(ExpectedRows.withHeadroom(3_000_000_000L)).isEqualTo(Integer.MAX_VALUE - 16);
    }

    private Path csv(String name, int rows, int width) throws IOException {
        StringBuilder sb = new StringBuilder("统一社会信用代码,企业名称\n");
        for (int i = 0; i < rows; i++) {
            String row = String.format("%018d,", i);
            sb.append(row).append("甲".repeat(Math.max(1, (width - row.length()) / 3))).append('\n');
        }
        return Files.writeString(dir.resolve(name), sb, StandardCharsets.UTF_8);
    }
}
