package cn.xgz.recon.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunFolderTest {

    static final LocalDate DATE = LocalDate.of(2025, 9, 30);

    @TempDir
    Path dir;

    @Test
    void theNewFolderIsBuiltBesideTheOldOneAndSwappedIn() throws Exception {
        Path out = dir.resolve("out");
        Path data = dir.resolve("data");
        Files.createDirectories(out.resolve("2025-09-30"));
        Files.writeString(out.resolve("2025-09-30/findings.csv"), "old");
        Path building = RunFolder.prepare(out, DATE, data, true);
        Files.writeString(building.resolve("findings.csv"), "new");
        assertThat(Files.readString(out.resolve("2025-09-30/findings.csv"))).isEqualTo("old");
        RunFolder.publish(out, DATE, data);
        assertThat(Files.readString(out.resolve("2025-09-30/findings.csv"))).isEqualTo("new");
        assertThat(names(out)).containsExactly("2025-09-30");
        RunFolder.publish(out, DATE, data); // a restarted finish: nothing left to do
        assertThat(Files.readString(out.resolve("2025-09-30/findings.csv"))).isEqualTo("new");
    }

    @Test
    void aSwapCutBetweenItsTwoRenamesIsUndoneAtTheNextStart() throws Exception {
        Path out = dir.resolve("out");
        Path data = dir.resolve("data");
        Files.createDirectories(out.resolve("2025-09-30"));
        Files.writeString(out.resolve("2025-09-30/findings.csv"), "old");
        Path building = RunFolder.prepare(out, DATE, data, true);
        // A crash after the first rename: the published folder is gone, the previous one beside it.
        String id = building.getFileName().toString().substring(".2025-09-30.building-".length());
        Files.move(out.resolve("2025-09-30"), out.resolve(".2025-09-30.previous-" + id));
        RunFolder.recover(out, DATE, data);
        assertThat(Files.readString(out.resolve("2025-09-30/findings.csv"))).isEqualTo("old");
        assertThat(names(out)).containsExactly(".2025-09-30.building-" + id, "2025-09-30");
    }

    @Test
    void anotherInstallationsFolderIsNotOverwritten() throws Exception {
        Path out = dir.resolve("out");
        Path a = dir.resolve("data-a");
        Path b = dir.resolve("data-b");
        RunFolder.prepare(out, DATE, a, true);
        RunFolder.publish(out, DATE, a);
        assertThat(RunFolder.ownerConflict(out, DATE, a)).isEmpty();
        assertThat(RunFolder.ownerConflict(out, DATE, b)).get().asString().contains("另一个安装", a.toString());
        RunFolder.prepare(out, DATE, b, true);
        assertThatThrownBy(() -> RunFolder.publish(out, DATE, b)).isInstanceOf(IOException.class)
                .hasMessageContaining("拒绝覆盖");
        assertThat(RunFolder.ownerConflict(out, DATE.plusDays(1), b)).as("another date is free").isEmpty();
    }

    private static java.util.List<String> names(Path out) throws IOException {
        try (Stream<Path> s = Files.list(out)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
