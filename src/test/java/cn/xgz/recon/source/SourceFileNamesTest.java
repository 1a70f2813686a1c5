package cn.xgz.recon.source;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xgz.recon.ingest.SourceFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** inputs.md: a file belongs to a source when its name starts with the prefix followed by anything but a letter. */
class SourceFileNamesTest {

    @TempDir
    Path dir;

    @Test
    void aPrefixFollowedByAnythingButALetterNamesTheSource() {
        assertThat(Source.ofFileName("riders 朴朴 2025 (副本).csv")).contains(Source.RIDERS);
        assertThat(Source.ofFileName("riders（美团）.xlsx")).contains(Source.RIDERS);
        assertThat(Source.ofFileName("Registrations2025.CSV")).contains(Source.REGISTRATIONS);
        assertThat(Source.ofFileName("registrations.csv")).contains(Source.REGISTRATIONS);
        assertThat(Source.ofFileName("party-orgs_0930.xlsx")).contains(Source.PARTY_ORGS);
        assertThat(Source.ofFileName("markets.2025.csv")).contains(Source.MARKETS);
    }

    @Test
    void aPrefixFollowedByALetterOrAnotherKindOfFileIsNoSource() {
        assertThat(Source.ofFileName("ridersx.csv")).isEmpty();
        assertThat(Source.ofFileName("annual-reports.csv")).contains(Source.ANNUAL_REPORTS);
        assertThat(Source.ofFileName("registrations.txt")).isEmpty();
        assertThat(Source.ofFileName("名单.csv")).isEqualTo(Optional.empty());
    }

    @Test
    void unmatchedCsvAndXlsxFilesAreListedOtherFilesAreNot() throws Exception {
        for (String name : List.of("riders 朴朴 2025 (副本).csv", "名单.csv", "ridersx.xlsx", "说明.txt", "markets.csv")) {
            Files.writeString(dir.resolve(name), "x");
        }
        assertThat(SourceFiles.unmatchedTables(dir)).containsExactly("ridersx.xlsx", "名单.csv");
        assertThat(SourceFiles.inFolder(dir).get(Source.RIDERS)).extracting(p -> p.getFileName().toString())
                .containsExactly("riders 朴朴 2025 (副本).csv");
    }
}
