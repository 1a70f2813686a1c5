package cn.xgz.recon.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xgz.recon.cli.Main;
import cn.xgz.recon.ingest.table.ReadLimits;
import cn.xgz.recon.source.Source;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A source file whose rows are read ahead on the table's thread gives the same outcomes, duplicates, counts
 * and checkpoints as one read in the caller's thread, read through and after a restart's skip.
 */
class SourceFileReaderReadAheadTest {

    @TempDir
    static Path dir;

    private static final IngestContext CONTEXT = IngestContext.standard(LocalDate.of(2025, 9, 30));

    @BeforeAll
    static void generate() throws IOException {
        assertThat(Main.execute("generate", "--entities", "3000", "--seed", "7", "--out", dir.toString())).isZero();
        // Damage the reader and the mapper each handle, and duplicates of rows loaded earlier, through the file.
        Random rnd = new Random(7);
        for (String f : List.of("registrations.csv", "annual-reports.csv", "party-members.csv")) {
            Path file = dir.resolve(f);
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            List<String> out = new ArrayList<>(lines);
            for (int i = 0; i < 60; i++) {
                int at = 1 + rnd.nextInt(out.size() - 1);
                String line = switch (i % 4) {
                    case 0 -> lines.get(1 + rnd.nextInt(lines.size() - 1)); // a duplicate
                    case 1 -> out.get(at).replaceFirst(",", ",\u0000"); // a NUL byte
                    case 2 -> out.get(at) + ",x,y,z"; // too wide
                    default -> out.get(at).replaceAll("[0-9]{4}-", "20XX-"); // bad values
                };
                out.add(at, line);
            }
            Files.write(file, out, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Source.class, names = {"REGISTRATIONS", "ANNUAL_REPORTS", "PARTY_MEMBERS"})
    void readAheadGivesWhatReadingInTheCallersThreadGives(Source source) {
        Path file = dir.resolve(source.prefix() + ".csv");
        SourceSchema<?> schema = SourceSchemas.of(source);
        List<String> here = trace(schema, file, Long.MAX_VALUE, 0);
        List<String> ahead = trace(schema, file, 0, 0);
        assertThat(ahead).isEqualTo(here);
        assertThat(here).anyMatch(l -> l.contains("重复记录")).hasSizeGreaterThan(200);

        int checkpoint = here.size() / 3 + new Random(source.ordinal()).nextInt(here.size() / 3);
        assertThat(trace(schema, file, 0, checkpoint)).as("after a restart's skip").isEqualTo(trace(schema, file,
                Long.MAX_VALUE, checkpoint));
    }

    /** Each outcome with the reader's checkpoint after it, then the counts; {@code skipThrough} > 0 skips first. */
    private static <T> List<String> trace(SourceSchema<T> schema, Path file, long readAheadFrom, int skipThrough) {
        List<String> lines = new ArrayList<>();
        try (SourceFileReader<T> r = SourceFileReader.open(file, schema, CONTEXT, ReadLimits.defaults(),
                new DuplicateKeys(), readAheadFrom)) {
            if (skipThrough > 0) {
                r.skipThrough(skipThrough);
                lines.add("skipped to " + r.lastRowNumber() + " " + r.counts());
            }
            for (RowOutcome<T> o = r.next(); o != null; o = r.next()) {
                lines.add(o + " @" + r.lastRowNumber());
            }
            lines.add(r.counts() + " damaged " + r.damagedRows() + " stopped " + r.stoppedPartWay());
        }
        return lines;
    }
}
