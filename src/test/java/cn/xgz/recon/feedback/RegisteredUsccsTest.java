package cn.xgz.recon.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xgz.recon.common.UsccCode;
import cn.xgz.recon.store.StoreMigrations;
import cn.xgz.recon.store.TestStores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/** The kept registrations answer exactly for every code, at the edges of their parts too. */
class RegisteredUsccsTest {

    static String uscc(int n) {
        String first17 = String.format("91350102%09d", n);
        return first17 + UsccCode.checkChar(first17);
    }

    @Test
    void everyStoredCodeIsFoundAndNoOtherAcrossPartEdges() {
        // Every third number registered, handed over unsorted and with a repeat.
        List<String> codes = new ArrayList<>(IntStream.range(0, 1_000).filter(i -> i % 3 == 0).mapToObj(RegisteredUsccsTest::uscc).toList());
        java.util.Collections.shuffle(codes, new java.util.Random(7));
        codes.add(codes.get(0));
        String[] parts = RegisteredUsccs.partsOf(codes.stream(), 7);
        assertThat(parts).hasSize((334 + 6) / 7);
        KnownRegistrations known = new RegisteredUsccs.Parts(LocalDate.of(2025, 9, 30), parts);
        for (int i = 0; i <= 1_001; i++) {
            String code = uscc(i);
            assertThat(known.registered(code)).as(code).isEqualTo(i < 1_000 && i % 3 == 0);
        }
        assertThat(known.registered("91350102000000000")).isFalse(); // 17 characters
        assertThat(known.registered("00000000000000000X")).isFalse(); // before the first
        assertThat(known.registered("ZZZZZZZZZZZZZZZZZZ")).isFalse(); // after the last
    }

    @Test
    void aRunWithoutRegistrationsIsKnownAndHasNone() {
        String[] parts = RegisteredUsccs.partsOf(Stream.empty(), 7);
        assertThat(parts).containsExactly("");
        KnownRegistrations known = new RegisteredUsccs.Parts(LocalDate.of(2025, 9, 30), parts);
        assertThat(known.runDate()).isNotNull();
        assertThat(known.registered(uscc(3))).isFalse();
    }

    @Test
    void anImportReadsTheLatestCompletedRunsListAndOlderListsGo(@TempDir Path dataDir) throws Exception {
        DataSource ds = TestStores.fresh();
        StoreMigrations.migrate(StoreMigrations.flyway(ds));
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        RegisteredUsccs kept = new RegisteredUsccs(jdbc, dataDir);
        assertThat(kept.latest().runDate()).as("no completed run yet").isNull();

        kept.store(1, Stream.of(uscc(3), uscc(1), uscc(2), "not-a-code"));
        completed(jdbc, 1, "2025-09-30");
        KnownRegistrations night1 = kept.latest();
        assertThat(night1.runDate()).isEqualTo(LocalDate.of(2025, 9, 30));
        assertThat(night1.registered(uscc(2))).isTrue();
        assertThat(night1.registered(uscc(4))).isFalse();

        kept.store(2, Stream.of(uscc(4), uscc(2)));
        assertThat(kept.latest().registered(uscc(1))).as("night 2 is not complete yet").isTrue();
        completed(jdbc, 2, "2025-10-01");
        KnownRegistrations night2 = kept.latest();
        assertThat(night2.registered(uscc(4))).isTrue();
        assertThat(night2.registered(uscc(1))).isFalse();

        kept.store(3, Stream.of(uscc(5)));
        try (Stream<Path> files = Files.list(dataDir.resolve("registered"))) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted()).containsExactly("2.usccs", "3.usccs");
        }
    }

    private static void completed(JdbcTemplate jdbc, long instance, String date) {
        jdbc.update("INSERT INTO RECON_RUN (RUN_DATE, JOB_INSTANCE_ID, JOB_EXECUTION_ID, INPUT_DIR, OUT_DIR, FINDING_COUNT,"
                + " REVEAL_PII, STARTED_AT, FINISHED_AT) VALUES (?,?,?,?,?,?,?,?,?)", java.sql.Date.valueOf(date), instance,
                instance, "/in", "/out", 0, false, java.sql.Timestamp.valueOf(date + " 02:00:00"),
                java.sql.Timestamp.valueOf(date + " 03:00:00"));
    }
}
