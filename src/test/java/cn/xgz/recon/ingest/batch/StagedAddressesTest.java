package cn.xgz.recon.ingest.batch;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xgz.recon.common.binary.BinaryOutTest;
import cn.xgz.recon.source.EntityScale;
import cn.xgz.recon.source.EntityType;
import cn.xgz.recon.source.Registration;
import cn.xgz.recon.source.RegistrationStatus;
import cn.xgz.recon.source.Source;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The partial read of staged registrations gives what the full decode gives, and the counted buffer counts right. */
class StagedAddressesTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void partialReadGivesTheFullDecodesUsccAndAddress(long seed) throws IOException {
        Random rnd = new Random(seed);
        Staged staged = stage(rnd, 3_000);
        List<Registration> full = fullDecode(staged);
        List<SourceCodecs.UsccAddress> partial = new ArrayList<>();
        StagingFile.forEach(staged.path, SourceCodecs.registrationAddress(u -> true), staged.committed, partial::add);

        assertThat(full).hasSize(staged.rows.size());
        assertThat(partial).hasSize(full.size());
        for (int i = 0; i < full.size(); i++) {
            assertThat(partial.get(i).uscc()).as("row %d", i).isEqualTo(full.get(i).uscc());
            assertThat(partial.get(i).address()).as("row %d", i).isEqualTo(full.get(i).address());
        }
        assertThat(full).extracting(Registration::uscc).containsExactlyElementsOf(
                staged.rows.stream().map(Registration::uscc).toList());
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {11, 12, 13})
    void unwantedAddressesArePassedOverWithoutLosingTheRecordBoundaries(long seed) throws IOException {
        Random rnd = new Random(seed);
        Staged staged = stage(rnd, 2_000);
        List<Registration> full = fullDecode(staged);
        List<SourceCodecs.UsccAddress> partial = new ArrayList<>();
        StagingFile.forEach(staged.path, SourceCodecs.registrationAddress(u -> u.hashCode() % 3 == 0), staged.committed,
                partial::add);

        assertThat(partial).hasSize(full.size());
        for (int i = 0; i < partial.size(); i++) {
            Registration r = full.get(i);
            assertThat(partial.get(i).uscc()).isEqualTo(r.uscc());
            assertThat(partial.get(i).address()).isEqualTo(r.uscc().hashCode() % 3 == 0 ? r.address() : null);
        }
    }

    @Test
    void addressesFillsTheWantedKeysAsTheFullDecodeWould() throws IOException {
        Random rnd = new Random(42);
        Staged staged = stage(rnd, 2_500);
        Map<String, String> wanted = new HashMap<>();
        for (int i = 0; i < staged.rows.size(); i += 3) {
            wanted.put(staged.rows.get(i).uscc(), "");
        }
        wanted.put("91350100MA00000000", "");
        Map<String, String> expected = new HashMap<>(wanted);
        for (Registration r : fullDecode(staged)) {
            if (r.address() != null && expected.containsKey(r.uscc())) {
                expected.put(r.uscc(), r.address());
            }
        }
        assertThat(expected.values()).anyMatch(a -> a.contains("\"")).anyMatch(a -> a.chars().anyMatch(c -> c > 0x4E00));

        StagedRows.addresses(dir, staged.committed, wanted);

        assertThat(wanted).isEqualTo(expected);
    }

    @Test
    void countsEveryByteConsumedByReadAndSkip() throws IOException {
        Random rnd = new Random(7);
        byte[] data = new byte[10_000];
        rnd.nextBytes(data);
        StagingFile.CountingInputStream in = new StagingFile.CountingInputStream(new ByteArrayInputStream(data), 13);
        int at = 0;
        while (at < data.length) {
            switch (rnd.nextInt(3)) {
                case 0 -> {
                    assertThat(in.read()).isEqualTo(data[at] & 0xff);
                    at++;
                }
                case 1 -> {
                    byte[] b = new byte[1 + rnd.nextInt(40)];
                    int n = in.read(b, 0, b.length);
                    assertThat(n).isPositive();
                    for (int k = 0; k < n; k++) {
                        assertThat(b[k]).isEqualTo(data[at + k]);
                    }
                    at += n;
                }
                default -> at += (int) in.skip(1 + rnd.nextInt(30));
            }
            assertThat(in.count).isEqualTo(at);
        }
        assertThat(in.read()).isEqualTo(-1);
        assertThat(in.count).isEqualTo(data.length);
    }

    /** The reference: every field decoded (text with unpaired surrogates reads back with replacements). */
    private static List<Registration> fullDecode(Staged staged) throws IOException {
        List<Registration> full = new ArrayList<>();
        StagingFile.forEach(staged.path, SourceCodecs.REGISTRATION, staged.committed, full::add);
        return full;
    }

    private record Staged(Path path, long committed, List<Registration> rows) {}

    /** {@code n} random registrations staged and committed, then some more written past the committed length. */
    private Staged stage(Random rnd, int n) throws IOException {
        Path path = StagedRows.loadedFile(dir, Source.REGISTRATIONS);
        List<Registration> rows = new ArrayList<>();
        long committed;
        try (StagingFile<Registration> file = new StagingFile<>(path, SourceCodecs.REGISTRATION)) {
            file.openAt(0);
            for (int i = 0; i < n; i++) {
                Registration r = registration(rnd, i);
                rows.add(r);
                file.append(r);
            }
            committed = file.flush();
            for (int i = 0; i < 50; i++) {
                file.append(registration(rnd, n + i)); // written but not committed: never read
            }
            file.flush();
        }
        return new Staged(path, committed, rows);
    }

    private static Registration registration(Random rnd, int i) {
        // Some USCCs repeat, so a later row's 住所 may replace an earlier one's.
        String uscc = String.format("91350%03dMA%08d", rnd.nextInt(1000), rnd.nextInt(5) == 0 ? i / 2 : i);
        return new Registration(uscc, text(rnd), pick(rnd, EntityType.values()), pick(rnd, EntityScale.values()),
                text(rnd), text(rnd), text(rnd), text(rnd), rnd.nextInt(6) == 0 ? null : LocalDate.ofEpochDay(rnd.nextInt(20_000)),
                pick(rnd, RegistrationStatus.values()), text(rnd), text(rnd), text(rnd),
                rnd.nextBoolean() ? null : rnd.nextInt(), address(rnd), text(rnd), rnd.nextInt());
    }

    private static String address(Random rnd) {
        return switch (rnd.nextInt(5)) {
            case 0 -> null;
            case 1 -> "";
            case 2 -> "福建省福州市鼓楼区\"五一\"路" + rnd.nextInt(999) + "号";
            case 3 -> BinaryOutTest.randomText(rnd);
            default -> shortText(rnd);
        };
    }

    /** Null, short mixed text, or now and then text longer than the read buffer, so records straddle refills. */
    private static String text(Random rnd) {
        int k = rnd.nextInt(200);
        return k == 0 ? "" : k < 40 ? null : k == 199 ? BinaryOutTest.randomText(new Random(rnd.nextLong())) : shortText(rnd);
    }

    private static String shortText(Random rnd) {
        StringBuilder sb = new StringBuilder();
        for (int n = rnd.nextInt(24); n > 0; n--) {
            switch (rnd.nextInt(5)) {
                case 0 -> sb.append((char) ('A' + rnd.nextInt(26)));
                case 1 -> sb.append('"');
                case 2 -> sb.appendCodePoint(0x1F600 + rnd.nextInt(50));
                default -> sb.append((char) (0x4E00 + rnd.nextInt(0x5000)));
            }
        }
        return sb.toString();
    }

    private static <E> E pick(Random rnd, E[] values) {
        return rnd.nextInt(6) == 0 ? null : values[rnd.nextInt(values.length)];
    }
}
